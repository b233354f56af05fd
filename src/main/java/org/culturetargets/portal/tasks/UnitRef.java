package org.culturetargets.portal.tasks;

import java.util.Locale;

/** A unit a task is assigned to: an area (by its division code) or a department (by its code), with its names. */
public record UnitRef(UnitRole role, boolean area, String code, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return Bilingual.pick(locale, nameZh, nameEn);
	}

	/** How a form or an import names it: {@code area:330106} or {@code department:hz-cci-association}. */
	public String key() {
		return (area ? "area:" : "department:") + code;
	}

}
