package org.culturetargets.portal.security;

import java.util.Locale;

/**
 * An enabled account as others reach it: its name, e-mail address and phone number where the account has them
 * ({@code null} where not), and the language its messages are written in.
 */
public record Contact(String username, Role role, String areaCode, String fullName, String email, String phone,
		Locale language) {

	/** The name to show: the person's name, or the username where the account has none. */
	public String displayName() {
		return fullName == null ? username : fullName;
	}

}
