package org.culturetargets.portal.audit.domain;

import java.time.Instant;

/** One recorded change: who, when, what, the old and new value and the reason. */
public record AuditEntry(long id, String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) {
}
