package org.culturetargets.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;

import org.culturetargets.portal.shared.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * The rules for a password after NIST SP 800-63B (§3.1.1.2 of revision 4): long enough, any Unicode characters
 * (spaces included, each code point one character), a maximum far above what people type, not only white space,
 * not one of the commonly used passwords that attackers try first, not the username; and no composition rules
 * (digits, capitals, symbols), which only lead to predictable passwords. The common passwords are zxcvbn's list of
 * the 30,000 most frequent ones in leaked password sets, compared case-insensitively.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		try {
			// the list is lower case, and "Password1" is no better than "password1"
			this.common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
		}
		catch (IOException e) {
			throw new UncheckedIOException("zxcvbn's list of common passwords could not be read", e);
		}
	}

	int minLength() {
		return MIN_LENGTH;
	}

	/** Rejects the field {@code password} of the check for each rule that a new password of this user breaks. */
	void check(String username, String password, InvalidInput.Check check) {
		if (password == null || password.isEmpty() || password.codePoints().allMatch(PasswordPolicy::isSpace)) {
			check.reject("password", "admin.users.error.passwordBlank");
			return;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			check.reject("password", "admin.users.error.passwordShort", MIN_LENGTH);
		}
		else if (length > MAX_LENGTH) {
			check.reject("password", "admin.users.error.passwordLong", MAX_LENGTH);
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			check.reject("password", "admin.users.error.passwordCommon");
		}
		if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
			check.reject("password", "admin.users.error.passwordUsername");
		}
	}

	/** Whether the password breaks none of the rules. */
	boolean allows(String username, String password) {
		InvalidInput.Check check = new InvalidInput.Check();
		check(username, password, check);
		return !check.hasProblem("password");
	}

	/** Java's white space and Unicode's space separators, the no-break and ideographic spaces among them. */
	private static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

}
