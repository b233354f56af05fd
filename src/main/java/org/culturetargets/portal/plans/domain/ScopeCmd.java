package org.culturetargets.portal.plans.domain;

import java.util.List;

/**
 * An area (by its division code) or a group as typed. Only groups have members: the areas or groups they
 * contain.
 */
public record ScopeCmd(String code, String kind, String parentCode, String nameZh, String nameEn, String sortOrder,
		String source, List<String> members) {

	public ScopeCmd {
		members = members == null ? List.of() : List.copyOf(members);
	}

}
