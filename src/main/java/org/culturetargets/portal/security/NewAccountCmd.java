package org.culturetargets.portal.security;

/**
 * An administrator's new account, as typed: the role's name, the district for district staff (and only for
 * them), an initial password, and the reason recorded in the audit log.
 */
public record NewAccountCmd(String username, String role, String areaCode, String password, String reason) {
}
