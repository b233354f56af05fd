package org.culturetargets.portal.tasks;

import java.util.Locale;

/** Chinese unless the page is English and there is English to show. */
final class Bilingual {

	private Bilingual() {
	}

	static String pick(Locale locale, String zh, String en) {
		return english(locale) && en != null && !en.isBlank() ? en : zh;
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
