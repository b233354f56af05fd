package org.culturetargets.portal.plans;

import java.util.Locale;

/** Reference data carries Chinese and English names; Chinese is the default. */
final class Languages {

	private Languages() {
	}

	static String pick(Locale locale, String zh, String en) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english && en != null && !en.isBlank() ? en : zh;
	}

}
