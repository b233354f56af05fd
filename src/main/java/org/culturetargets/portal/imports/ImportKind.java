package org.culturetargets.portal.imports;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file the import centre takes (SPEC §5, §9), by the name used in URLs, templates and the API. */
public enum ImportKind {

	VALUES("values"), AREAS("areas"), PLANS("plans"), PARKS("parks"), ENTERPRISES("enterprises"),
	ENTERPRISE_FIGURES("enterprise-figures"), PROJECTS("projects"), TASKS("tasks");

	private final String slug;

	ImportKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<ImportKind> of(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}

}
