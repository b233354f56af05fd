package org.culturetargets.portal.plans;

import java.util.Locale;

/** An area (by its GB/T 2260 code) or a group of areas or platforms (belt, corridor, cluster, region). */
public record ScopeView(String code, ScopeKind kind, String parentCode, String nameZh, String nameEn, int sortOrder) {

	public String name(Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	public boolean isArea() {
		return kind.isArea();
	}

}
