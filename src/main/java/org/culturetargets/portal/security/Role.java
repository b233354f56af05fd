package org.culturetargets.portal.security;

/** The four roles of SPEC §1. */
public enum Role {

	OFFICIAL, DISTRICT_STAFF, REVIEWER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
