package org.culturetargets.portal.reporting.domain;

import java.util.Map;

/**
 * What a district enters: the version of the report it edits (0 for a report not saved yet), the narrative
 * (进展情况), and per indicator the value as typed (checked here, so that "abc" gets a message naming its field)
 * and a note.
 */
public record SaveReportCmd(int version, String narrative, Map<String, ValueInput> values) {

	public record ValueInput(String value, String note) {
	}

}
