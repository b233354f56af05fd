package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;
import org.culturetargets.portal.shared.Period;

/**
 * A reviewer returned a report to its district; the reason is the reviewer's comment. {@code areaCode} and
 * {@code period} name the report for those who react.
 */
public record ReportReturned(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason, String areaCode, Period period, boolean demo) implements AuditedChange {

	@Override
	public String action() {
		return "returned";
	}

}
