package org.culturetargets.portal.reporting;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/** An administrator changed a validation rule's threshold or switched it on or off. */
public record RuleChanged(String actor, Instant occurredAt, String subject, String oldValue, String newValue,
		String reason) implements AuditedChange {

	@Override
	public String action() {
		return "updated";
	}

}
