package org.culturetargets.portal.registry;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet (digits
 * and capitals without I, O, S, V, Z) — registration authority, organisation kind, the six-digit division code of
 * the registering area, the nine-character organisation code, and a check character computed from the other 17
 * with weights 3^i mod 31. A code whose check character is wrong is refused, never stored.
 */
public record CreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		String problem = problem(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** Accepts the code as people type it: surrounding spaces and lower-case letters are tolerated. */
	public static CreditCode of(String text) {
		return new CreditCode(normalised(text));
	}

	/** The code as stored: without surrounding spaces, in capitals; empty for none. */
	public static String normalised(String text) {
		return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	/** Why {@code value} is not a valid code, in words for the person who entered it; null when it is valid. */
	public static String problem(String value) {
		if (value == null || value.isEmpty()) {
			return "统一社会信用代码不能为空 / the credit code is empty";
		}
		if (value.length() != 18) {
			return "统一社会信用代码应为18位，实为" + value.length() + "位 / the credit code must have 18 characters, not "
					+ value.length();
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return "统一社会信用代码第" + (i + 1) + "位“" + value.charAt(i) + "”不是允许的字符 / character " + (i + 1)
						+ " '" + value.charAt(i) + "' is not allowed (digits and capitals except I, O, S, V, Z)";
			}
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(value.charAt(i))) {
				return "统一社会信用代码第3-8位应为行政区划代码 / characters 3-8 must be the division code of the registering area";
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return "统一社会信用代码校验位应为“" + expected + "”，实为“" + value.charAt(17) + "” / the check character should be '"
					+ expected + "', not '" + value.charAt(17) + "'";
		}
		return null;
	}

	/** The check character of the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

	/** The division code of the area where the organisation was registered (characters 3-8). */
	public String registeringArea() {
		return value.substring(2, 8);
	}

	@Override
	public String toString() {
		return value;
	}

}
