package org.culturetargets.portal.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.culturetargets.portal.shared.AuditedChange;
import org.culturetargets.portal.shared.Period;

/**
 * A reviewer or administrator urged a late district to hand in its report (催报, from the completeness board):
 * audited, and its staff are told.
 */
public record DistrictChased(String actor, Instant occurredAt, String areaCode, Period period, LocalDate dueDate)
		implements AuditedChange {

	@Override
	public String subject() {
		return "report " + areaCode + "/" + period;
	}

	@Override
	public String action() {
		return "reminded";
	}

	@Override
	public String oldValue() {
		return null;
	}

	@Override
	public String newValue() {
		return "due " + dueDate;
	}

	@Override
	public String reason() {
		return null;
	}

}
