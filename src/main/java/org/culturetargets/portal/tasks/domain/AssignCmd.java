package org.culturetargets.portal.tasks.domain;

import java.util.List;

/** The lead unit (blank for none) and the responsible units of a task, for the version of it the form showed. */
public record AssignCmd(String lead, List<String> responsible, Integer version, String reason) {

	public AssignCmd {
		responsible = responsible == null ? List.of() : List.copyOf(responsible);
	}

}
