package org.culturetargets.portal.assessment;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** An administrator set or reset a plan's assessment rules for a year: published in the write's transaction. */
public record ScoringRulesChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {
}
