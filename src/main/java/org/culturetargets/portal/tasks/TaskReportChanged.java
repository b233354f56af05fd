package org.culturetargets.portal.tasks;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/**
 * A unit's progress report on a task was saved, submitted, approved, returned or given evidence: published in the
 * write's transaction, so the audit log keeps it.
 */
public record TaskReportChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {
}
