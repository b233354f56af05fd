package org.culturetargets.portal.security;

import java.time.Instant;

import org.culturetargets.portal.shared.AuditedChange;

/**
 * An administrator created, disabled, enabled or unlocked an account, or reset its password; or failed logins
 * locked it ({@code system}). The values describe the account (role, area, enabled) or its lock, never a password
 * or its hash.
 */
public record AccountChanged(String actor, Instant occurredAt, String subject, String action, String oldValue,
		String newValue, String reason) implements AuditedChange {

	static AccountChanged of(String actor, String username, String action, String oldValue, String newValue,
			String reason) {
		return new AccountChanged(actor, Instant.now(), "account " + username, action, oldValue, newValue, reason);
	}

	static AccountChanged locked(String username, String address, int failures, Instant lockedUntil) {
		return of("system", username, "locked", null,
				"locked until " + lockedUntil + " for logins from " + address + " after " + failures + " failed logins",
				null);
	}

}
