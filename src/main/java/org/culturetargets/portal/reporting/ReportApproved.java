package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** A reviewer approved a report: its values are now the district's final figures. */
public record ReportApproved(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason, boolean demo) implements AuditedChange {

	@Override
	public String action() {
		return "approved";
	}

}
