package org.culturetargets.portal.shared;

/**
 * Text people may enter: no control characters (PostgreSQL refuses NUL in text; the others are invisible garbage in
 * a name or a code), tab and line breaks only in multi-line text, and no half of a surrogate pair, which no
 * character is made of and which the database would store as "?".
 */
public final class Texts {

	/** The message key (generic bundle) of text refused here; its argument is the field. */
	public static final String REFUSED = "input.text.refused";

	private Texts() {
	}

	public static boolean acceptable(String text, boolean multiLine) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c)) {
				if (!multiLine || (c != '\t' && c != '\r' && c != '\n')) {
					return false;
				}
			}
			else if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** The text with each character refused here as U+FFFD, for a message that names it. */
	public static String shown(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints()
			.map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c)
			.forEach(shown::appendCodePoint);
		return shown.toString();
	}

}
