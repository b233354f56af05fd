package org.culturetargets.portal.security;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/**
 * An administrator created, disabled or enabled an account, or reset its password. The values describe the
 * account (role, area, enabled), never a password or its hash.
 */
public record AccountChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {

	static AccountChanged of(String actor, String username, String action, String oldValue, String newValue,
			String reason) {
		return new AccountChanged(actor, Instant.now(), "account " + username, action, oldValue, newValue, reason);
	}

}
