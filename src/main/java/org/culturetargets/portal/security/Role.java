package org.culturetargets.portal.security;

/**
 * The roles of SPEC §1, and the city departments' staff of issue 15 (bound to one department as district staff are
 * to one area; they report on their department's key tasks and enter no area figures).
 */
public enum Role {

	OFFICIAL, DISTRICT_STAFF, DEPARTMENT_STAFF, REVIEWER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
