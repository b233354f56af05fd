package org.culturetargets.portal.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The password check behind form login and HTTP Basic alike, refusing a locked-out username before its password
 * is even looked at, counting wrong passwords and clearing the count on success. A database error is an
 * authentication that could not be attempted (never a wrong password), so the login page and the API can say so.
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
		try {
			return throttled(authentication);
		}
		catch (DataAccessException e) {
			throw new InternalAuthenticationServiceException("the accounts could not be read", e);
		}
	}

	private Authentication throttled(Authentication authentication) {
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
