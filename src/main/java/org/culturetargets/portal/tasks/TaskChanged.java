package org.culturetargets.portal.tasks;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** A task was created, assigned, closed or reopened: published in the write's transaction, so the audit log keeps it. */
public record TaskChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {
}
