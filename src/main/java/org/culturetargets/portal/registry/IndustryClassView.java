package org.culturetargets.portal.registry;

import java.util.Locale;

/** A class (小类) of the 2018 culture classification, with its division and the digital-culture flag it implies. */
public record IndustryClassView(String code, String divisionCode, String nameZh, String nameEn, boolean digital) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
