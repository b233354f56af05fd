package org.culturetargets.portal.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The password check behind form login and HTTP Basic alike, refusing a locked-out username before its password
 * is even looked at, counting wrong passwords and clearing the count on success.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		if (throttle.isLocked(username)) {
			throw new LockedException("too many failed logins for this username; try again later");
		}
		try {
			Authentication authenticated = passwords.authenticate(authentication);
			throttle.cleared(username);
			return authenticated;
		}
		catch (BadCredentialsException e) {
			throttle.failed(username);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
