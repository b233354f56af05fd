package org.culturetargets.portal.plans;

import java.util.Locale;

/** A city department or other body that a plan makes responsible for tasks, and the document that names it. */
public record DepartmentView(String code, DepartmentKind kind, String scopeCode, String nameZh, String nameEn,
		int sortOrder, String source) {

	public String name(Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

}
