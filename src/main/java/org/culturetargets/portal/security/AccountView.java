package org.culturetargets.portal.security;

import java.time.Instant;

/** An account as the user administration lists it; {@code lockedUntil} is set while failed logins lock it out. */
public record AccountView(String username, Role role, String areaCode, String departmentCode, boolean enabled,
		boolean demo, Instant createdAt, Instant lockedUntil) {

	/** How the audit log shows the account: never its password. */
	String describe() {
		return "role=" + role + (areaCode == null ? "" : ", area=" + areaCode)
				+ (departmentCode == null ? "" : ", department=" + departmentCode) + ", enabled=" + enabled;
	}

}
