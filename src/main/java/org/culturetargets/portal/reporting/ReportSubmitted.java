package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;
import org.culturetargets.portal.shared.DataChanged;

/** A report was handed in for review. */
public record ReportSubmitted(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason) implements AuditedChange, DataChanged {

	@Override
	public String action() {
		return "submitted";
	}

}
