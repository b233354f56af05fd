package org.culturetargets.portal.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** An account as the user administration lists it; {@code lockedUntil} is set while failed logins lock it out. */
public record AccountView(String username, Role role, String areaCode, boolean enabled, boolean demo,
		Instant createdAt, Instant lockedUntil) {

	/** When the lock-out ends, in the portal's time zone; null when not locked. */
	public LocalDateTime lockedUntilLocal() {
		return lockedUntil == null ? null : LocalDateTime.ofInstant(lockedUntil, ZoneId.systemDefault());
	}

	/** How the audit log shows the account: never its password. */
	String describe() {
		return "role=" + role + (areaCode == null ? "" : ", area=" + areaCode) + ", enabled=" + enabled;
	}

}
