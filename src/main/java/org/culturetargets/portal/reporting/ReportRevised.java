package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** A correction of an approved report was opened as a new revision. */
public record ReportRevised(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason, boolean demo) implements AuditedChange {

	@Override
	public String action() {
		return "revised";
	}

}
