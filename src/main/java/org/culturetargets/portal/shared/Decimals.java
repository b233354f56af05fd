package org.culturetargets.portal.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers typed by people or sent by clients, read once where they come in. A figure of this portal has at most
 * {@value #MAX_DIGITS} significant digits and a magnitude within 10^±{@value #MAX_EXPONENT}; anything beyond is
 * refused before it is a {@link BigDecimal}, because {@code 1e5000000} is a few bytes of text but millions of digits
 * once added to or divided by another number.
 */
public final class Decimals {

	public static final int MAX_DIGITS = 30;

	public static final int MAX_EXPONENT = 30;

	/** Longer text cannot hold an acceptable number: refused before the pattern reads it. */
	private static final int MAX_LENGTH = 80;

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private Decimals() {
	}

	/** A number not written as one ({@code abc}, {@code NaN}, {@code 0x10}). */
	public static class NotANumber extends NumberFormatException {

		NotANumber(String text) {
			super("not a number: " + text);
		}

	}

	/** A number, but with more digits or a larger or smaller magnitude than any figure has. */
	public static class OutOfBounds extends NumberFormatException {

		OutOfBounds(String text) {
			super("beyond " + MAX_DIGITS + " digits or 10^" + MAX_EXPONENT + ": " + text);
		}

	}

	/** The number written in {@code text} (trimmed); null for blank text. */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = halfWidth(text.strip());
		if (trimmed.length() > MAX_LENGTH) {
			throw NUMBER.matcher(trimmed.substring(0, MAX_LENGTH)).lookingAt() ? new OutOfBounds(abbreviated(trimmed))
					: new NotANumber(abbreviated(trimmed));
		}
		if (!NUMBER.matcher(trimmed).matches()) {
			throw new NotANumber(trimmed);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(trimmed);
		}
		catch (NumberFormatException e) {
			// written as a number, but its exponent is beyond even BigDecimal's
			throw new OutOfBounds(trimmed);
		}
		if (value.signum() == 0) {
			return value.scale() < 0 || value.scale() > MAX_DIGITS ? BigDecimal.ZERO : value;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		// the power of ten of the leading digit: 1234.5 → 3, 0.01 → -2
		long exponent = (long) stripped.precision() - stripped.scale() - 1;
		if (stripped.precision() > MAX_DIGITS || Math.abs(exponent) > MAX_EXPONENT) {
			throw new OutOfBounds(trimmed);
		}
		return value;
	}

	/**
	 * Whether {@code value} fits a PostgreSQL {@code numeric(precision, scale)} column as it is, without rounding:
	 * at most {@code precision - scale} digits before the point and {@code scale} after it.
	 */
	public static boolean fits(BigDecimal value, int precision, int scale) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() <= scale && stripped.precision() - stripped.scale() <= precision - scale;
	}

	/** Full-width digits and signs (１２．５, as Chinese input methods type them) as their ASCII forms. */
	private static String halfWidth(String text) {
		StringBuilder ascii = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			ascii.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
		}
		return ascii.toString();
	}

	private static String abbreviated(String text) {
		return text.substring(0, 20) + "…";
	}

}
