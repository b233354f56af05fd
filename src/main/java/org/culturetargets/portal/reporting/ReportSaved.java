package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** A district saved its report (a draft, or a returned report it edits again). */
public record ReportSaved(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason, boolean demo) implements AuditedChange {

	@Override
	public String action() {
		return "saved";
	}

}
