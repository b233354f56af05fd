package org.culturetargets.portal.tasks.domain;

import java.util.List;

/**
 * A new task as an administrator enters it. Dates are text as typed, checked by {@link TaskAdministration}; units are
 * keys ({@code area:330106}, {@code department:hz-cci-association}).
 */
public record TaskCmd(String planCode, String code, String sourceSection, String titleZh, String titleEn,
		String descriptionZh, String descriptionEn, String kind, String deadline, boolean annualCycle, String lead,
		List<String> responsible, String reason) {

	public TaskCmd {
		responsible = responsible == null ? List.of() : List.copyOf(responsible);
	}

}
