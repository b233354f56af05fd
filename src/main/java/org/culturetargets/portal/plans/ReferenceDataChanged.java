package org.culturetargets.portal.plans;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/**
 * An administrator created or changed a plan, an indicator, a target, an area or a group. The subject names it
 * ({@code plan HZ-14FYP}, {@code target 12}); the values are its fields as text before and after.
 */
public record ReferenceDataChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {
}
