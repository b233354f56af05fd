package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** A report was handed in for review. */
public record ReportSubmitted(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason) implements AuditedChange {

	@Override
	public String action() {
		return "submitted";
	}

}
