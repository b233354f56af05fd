package org.culturetargets.portal.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.culturetargets.portal.shared.Decimals;
import org.culturetargets.portal.shared.InvalidInput;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the typed text of reference data (a form's fields, an import's cells) into values, noting every problem
 * with the field's name as the first argument of its message, so that each message names its field in the
 * reader's language ({@code admin.field.<field>}).
 */
final class Fields {

	/** {@code numeric(20, 6)}: at most 14 digits before the point and 6 after it. */
	private static final int PRECISION = 20;

	private static final int MAX_SCALE = 6;

	final InvalidInput.Check check = new InvalidInput.Check();

	void reject(String field, String code, Object... args) {
		Object[] withLabel = new Object[args.length + 1];
		withLabel[0] = new DefaultMessageSourceResolvable(new String[] { "admin.field." + field }, field);
		for (int i = 0; i < args.length; i++) {
			// as typed: a message format would print the year 2025 as "2,025"
			withLabel[i + 1] = args[i] instanceof Number number ? number.toString() : args[i];
		}
		check.reject(field, code, withLabel);
	}

	boolean hasProblem(String field) {
		return check.hasProblem(field);
	}

	void done() {
		check.done();
	}

	/** Trimmed text; null when blank (a problem when required) or too long. */
	String text(String field, String value, boolean required, int maxLength) {
		String text = value == null ? "" : value.trim();
		if (text.isEmpty()) {
			if (required) {
				reject(field, "admin.error.required");
			}
			return null;
		}
		if (text.length() > maxLength) {
			reject(field, "admin.error.tooLong", maxLength);
			return null;
		}
		return text;
	}

	String code(String field, String value, Pattern pattern, String example) {
		String code = text(field, value, true, 60);
		if (code != null && !pattern.matcher(code).matches()) {
			reject(field, "admin.error.code", code, example);
			return null;
		}
		return code;
	}

	Integer year(String field, String value, boolean required) {
		String text = text(field, value, required, 4);
		if (text == null) {
			return null;
		}
		if (!text.matches("(19|20|21)[0-9]{2}")) {
			reject(field, "admin.error.year", text);
			return null;
		}
		return Integer.valueOf(text);
	}

	Integer integer(String field, String value, int min, int max, int absent) {
		String text = text(field, value, false, 9);
		if (text == null) {
			return hasProblem(field) ? null : absent;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		reject(field, "admin.error.range", text, min, max);
		return null;
	}

	/** An exact decimal (never a binary floating point), with at most six decimal places. */
	BigDecimal decimal(String field, String value, boolean required) {
		String text = text(field, value, required, 40);
		if (text == null) {
			return null;
		}
		BigDecimal number;
		try {
			number = Decimals.parse(text.replace(",", ""));
		}
		catch (Decimals.OutOfBounds e) {
			number = null;
		}
		catch (NumberFormatException e) {
			reject(field, "admin.error.number", text);
			return null;
		}
		if (number == null || !Decimals.fits(number, PRECISION, MAX_SCALE)) {
			reject(field, "admin.error.digits", text, PRECISION - MAX_SCALE, MAX_SCALE);
			return null;
		}
		return number;
	}

	LocalDate date(String field, String value) {
		String text = text(field, value, false, 10);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			reject(field, "admin.error.date", text);
			return null;
		}
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type) {
		String name = oneOf(field, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		return name == null ? null : Enum.valueOf(type, name);
	}

	/** One of the allowed values, required. */
	String oneOf(String field, String value, List<String> allowed) {
		String text = text(field, value, true, 20);
		if (text == null) {
			return null;
		}
		if (!allowed.contains(text)) {
			reject(field, "admin.error.choice", text, String.join(", ", allowed));
			return null;
		}
		return text;
	}

}
