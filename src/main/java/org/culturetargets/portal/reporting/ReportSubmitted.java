package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;
import org.culturetargets.portal.shared.Period;

/** A report was handed in for review; {@code areaCode} and {@code period} name it for those who react. */
public record ReportSubmitted(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason, String areaCode, Period period, boolean demo) implements AuditedChange {

	@Override
	public String action() {
		return "submitted";
	}

}
