package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** A reviewer returned a report to its district; the reason is the reviewer's comment. */
public record ReportReturned(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason) implements AuditedChange {

	@Override
	public String action() {
		return "returned";
	}

}
