package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.shared.Decimals;
import org.culturetargets.portal.shared.Period;

/**
 * The types of cell an import template has, and how messy spreadsheet text is read into each: full-width digits
 * and letters (１２３，ＡＢＣ), thousands separators (1,234.5 and 1，234.5), stray spaces, 是/否 for flags, dates as
 * Excel and people write them.
 */
final class Cells {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*(?:Q|年第?|-Q|年Q)\\s*([1-4一二三四])\\s*(?:季度)?");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final String LIST_SEPARATORS = "[;；、,，]";

	private static final Map<String, String> FLAGS = Map.of("y", "t", "yes", "t", "true", "t", "是", "t", "1", "t",
			"n", "f", "no", "f", "false", "f", "否", "f", "0", "f");

	private Cells() {
	}

	/**
	 * Full-width forms to their ASCII equivalents (NFKC), and every kind of space (ideographic, no-break) to a
	 * plain one, collapsed and trimmed. Only for codes, numbers and dates: names keep their full-width brackets.
	 */
	static String plain(String text) {
		if (isPlainAscii(text)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
	}

	/**
	 * Most cells of a large file are already plain: printable ASCII without spaces. Checking that is much cheaper
	 * than normalising, and a million-row import reads millions of cells.
	 */
	private static boolean isPlainAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c <= ' ' || c > '~') {
				return false;
			}
		}
		return true;
	}

	/** Names and free text: trimmed, runs of spaces collapsed, but otherwise as written. */
	static String tidy(String text) {
		return text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
	}

	static BigDecimal number(String text) {
		String plain = plain(text).replace(" ", "").replace('，', ',');
		if (plain.indexOf(',') >= 0 && GROUPED.matcher(plain).matches()) {
			plain = plain.replace(",", "");
		}
		if (!DECIMAL.matcher(plain).matches()) {
			throw new CellProblem("imports.problem.notANumber");
		}
		try {
			return Decimals.parse(plain);
		}
		catch (Decimals.OutOfBounds e) {
			throw new CellProblem("imports.problem.tooManyDigits", Decimals.MAX_DIGITS);
		}
	}

	static CellType text(int maxLength) {
		return (text, names) -> {
			String tidy = tidy(text);
			if (tidy.length() > maxLength) {
				throw new CellProblem("imports.problem.tooLong", maxLength);
			}
			return tidy;
		};
	}

	/** A code: full-width folded, spaces removed, in the case given. */
	static CellType code(int maxLength, boolean upperCase) {
		return (text, names) -> {
			String code = plain(text).replace(" ", "");
			code = upperCase ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT);
			if (code.length() > maxLength) {
				throw new CellProblem("imports.problem.tooLong", maxLength);
			}
			return code;
		};
	}

	static CellType decimal(int scale, boolean nonNegative, BigDecimal max) {
		return (text, names) -> {
			BigDecimal value = number(text);
			if (nonNegative && value.signum() < 0) {
				throw new CellProblem("imports.problem.negative");
			}
			if (max != null && value.compareTo(max) > 0) {
				throw new CellProblem("imports.problem.tooBig", max.toPlainString());
			}
			if (value.stripTrailingZeros().scale() > scale) {
				throw new CellProblem("imports.problem.tooManyDecimals", scale);
			}
			return value.toPlainString();
		};
	}

	static CellType wholeNumber(long min, long max) {
		return (text, names) -> {
			BigDecimal value = number(text);
			if (value.stripTrailingZeros().scale() > 0) {
				throw new CellProblem("imports.problem.notAWholeNumber");
			}
			if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
				throw new CellProblem("imports.problem.outOfRange", min, max);
			}
			return value.toBigInteger().toString();
		};
	}

	static CellType flag() {
		return (text, names) -> {
			String flag = FLAGS.get(plain(text).toLowerCase(Locale.ROOT));
			if (flag == null) {
				throw new CellProblem("imports.problem.notAFlag");
			}
			return flag;
		};
	}

	/** {@code 2024Q3}, also as written in Chinese statistics: {@code 2024年第3季度}, {@code 2024年三季度}. */
	static CellType quarter() {
		return (text, names) -> {
			Matcher m = QUARTER.matcher(plain(text).toUpperCase(Locale.ROOT));
			if (!m.matches()) {
				throw new CellProblem("imports.problem.notAQuarter");
			}
			int chinese = "一二三四".indexOf(m.group(2));
			return m.group(1) + "Q" + (chinese >= 0 ? chinese + 1 : Integer.parseInt(m.group(2)));
		};
	}

	/** A year ({@code 2024}, {@code 2024年}) or a quarter. */
	static CellType period() {
		CellType quarter = quarter();
		return (text, names) -> {
			Matcher year = YEAR.matcher(plain(text));
			if (year.matches()) {
				return validYear(year.group(1));
			}
			try {
				return quarter.read(text, names);
			}
			catch (CellProblem e) {
				throw new CellProblem("imports.problem.notAPeriod");
			}
		};
	}

	static CellType year() {
		return (text, names) -> {
			Matcher year = YEAR.matcher(plain(text));
			if (!year.matches()) {
				throw new CellProblem("imports.problem.notAYear");
			}
			return validYear(year.group(1));
		};
	}

	private static String validYear(String text) {
		try {
			return Period.ofYear(Integer.parseInt(text)).toString();
		}
		catch (IllegalArgumentException e) {
			throw new CellProblem("imports.problem.notAYear");
		}
	}

	static CellType date() {
		return (text, names) -> {
			Matcher m = DATE.matcher(plain(text).replace(" ", ""));
			if (!m.matches()) {
				throw new CellProblem("imports.problem.notADate");
			}
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))).toString();
			}
			catch (RuntimeException e) {
				throw new CellProblem("imports.problem.notADate");
			}
		};
	}

	static CellType creditCode() {
		return (text, names) -> {
			String code = plain(text).replace(" ", "").toUpperCase(Locale.ROOT);
			String problem = CreditCode.problem(code);
			if (problem != null) {
				throw new CellProblem("imports.problem.creditCode", problem);
			}
			return code;
		};
	}

	/** An area of the administrative tree, by its code or its Chinese or English name. */
	static CellType area() {
		return (text, names) -> names.area(plain(text));
	}

	/** An area or a group, by code or name. */
	static CellType scope() {
		return (text, names) -> names.scope(plain(text));
	}

	/** Several groups, separated by ; 、 or , — staged as a PostgreSQL array of their codes. */
	static CellType groups() {
		return (text, names) -> {
			List<String> codes = Arrays.stream(plain(text).split(LIST_SEPARATORS)).map(String::strip)
				.filter(part -> !part.isEmpty()).map(names::group).distinct().toList();
			return "{" + String.join(",", codes) + "}";
		};
	}

	/** A code kept in the case written (a task's number, {@code 4.1-film-events}): full-width folded, no spaces. */
	static CellType identifier(int maxLength) {
		return (text, names) -> {
			String code = plain(text).replace(" ", "");
			if (code.length() > maxLength) {
				throw new CellProblem("imports.problem.tooLong", maxLength);
			}
			if (!IDENTIFIER.matcher(code).matches()) {
				throw new CellProblem("imports.problem.identifier");
			}
			return code;
		};
	}

	/**
	 * Several names or codes, separated as groups are ({@code ;} {@code 、} or {@code ,}), each as written and at most
	 * {@code maxLength} long, once each, for the owner to resolve: staged as a PostgreSQL array.
	 */
	static CellType list(int maxLength) {
		return (text, names) -> {
			List<String> items = Arrays.stream(plain(text).split(LIST_SEPARATORS)).map(String::strip)
				.filter(part -> !part.isEmpty()).distinct().toList();
			for (String item : items) {
				if (item.length() > maxLength) {
					throw new CellProblem("imports.problem.itemTooLong", item, maxLength);
				}
			}
			return items.stream().map(Cells::arrayElement).collect(Collectors.joining(",", "{", "}"));
		};
	}

	/** An element of a PostgreSQL array literal, quoted: names may hold commas, braces, quotes or spaces. */
	private static String arrayElement(String item) {
		return '"' + item.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/**
	 * {@link #choice(Map)} from {@code "CODE:name,name"} texts, in the order given, so that a problem lists the
	 * choices as the template does.
	 */
	static CellType choice(String... codesAndNames) {
		Map<String, List<String>> choices = new LinkedHashMap<>();
		for (String choice : codesAndNames) {
			String[] parts = choice.split(":");
			choices.put(parts[0], Arrays.asList(parts[1].split(",")));
		}
		return choice(choices);
	}

	/**
	 * One of an owner's enum, in its order: {@code code} is what is staged, {@code names} what files write besides
	 * the code. A switch over the enum in {@code names} makes a new constant a compile error here until it is named.
	 */
	static <E extends Enum<E>> CellType choice(E[] values, Function<E, String> code, Function<E, List<String>> names) {
		Map<String, List<String>> namesByCode = new LinkedHashMap<>();
		for (E value : values) {
			namesByCode.put(code.apply(value), names.apply(value));
		}
		return choice(namesByCode);
	}

	/**
	 * One of a fixed set of values, each accepted as its code or as any of its names (e.g. {@code NATIONAL},
	 * {@code 国家级}, {@code national}).
	 */
	static CellType choice(Map<String, List<String>> namesByCode) {
		Map<String, String> codes = new LinkedHashMap<>();
		namesByCode.forEach((code, aliases) -> {
			codes.put(code.toLowerCase(Locale.ROOT), code);
			aliases.forEach(alias -> codes.put(alias.toLowerCase(Locale.ROOT), code));
		});
		return (text, names) -> {
			String code = codes.get(plain(text).toLowerCase(Locale.ROOT));
			if (code == null) {
				throw new CellProblem("imports.problem.notAChoice", String.join(" / ", namesByCode.keySet()));
			}
			return code;
		};
	}

}
