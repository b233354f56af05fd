package org.culturetargets.portal.registry;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/**
 * A registry row was created or changed: published inside the write's transaction, so the audit log records it
 * with the write or not at all, and derived figures computed afterwards include it.
 */
public record RegistryChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {
}
