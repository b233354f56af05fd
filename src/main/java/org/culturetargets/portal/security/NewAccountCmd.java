package org.culturetargets.portal.security;

/**
 * An administrator's new account, as typed: the role's name, the district for district staff (and only for
 * them), the department for department staff (and only for them), an initial password, the reason recorded in the audit log, and how the account is reached (each
 * optional: name, e-mail, phone) and in which language its notifications are written ({@code zh} or {@code en}).
 */
public record NewAccountCmd(String username, String role, String areaCode, String departmentCode, String password,
		String reason, String fullName, String email, String phone, String language) {
}
