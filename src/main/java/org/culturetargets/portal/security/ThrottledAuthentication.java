package org.culturetargets.portal.security;

import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind form login and HTTP Basic alike, refusing a locked-out client address or username
 * before the password is even looked at, counting wrong passwords (per name and address, and per address) and
 * clearing the name's count from that address on success; a right password that the {@link PasswordPolicy} refuses is refused too (demo mode's
 * demo accounts excepted). The address is the request's remote address, which {@code server.forward-headers-strategy}
 * takes from a proxy's headers when the portal runs behind one. A database error is an
 * authentication that could not be attempted (never a wrong password), so the login page and the API can say so.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final PasswordPolicy policy;

	private final boolean demo;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, PasswordPolicy policy,
			boolean demo) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.policy = policy;
		this.demo = demo;
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
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Optional<LoginThrottle.Lock> lock = throttle.lock(username, address);
		if (lock.isPresent()) {
			throw lock.get() == LoginThrottle.Lock.ADDRESS ? new AddressLockedException()
					: new LockedException("too many failed logins for this username; try again later");
		}
		String password = String.valueOf(authentication.getCredentials());
		try {
			Authentication authenticated = passwords.authenticate(authentication);
			if (authenticated.getPrincipal() instanceof PortalUser user && !(demo && user.demo())
					&& !policy.allows(user.getUsername(), password)) {
				throw new PasswordRefusedException();
			}
			throttle.cleared(username, address);
			return authenticated;
		}
		catch (BadCredentialsException e) {
			throttle.failed(username, address);
			throttle.failedFrom(address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	/**
	 * The right password, which the password policy no longer allows: set before the policy (or in demo mode, which
	 * allows short ones for its demo accounts only). Refused, so that no account keeps such a password; an
	 * administrator sets a new one.
	 */
	static final class PasswordRefusedException extends CredentialsExpiredException {

		PasswordRefusedException() {
			super("the password breaks the password policy; an administrator must set a new one");
		}

	}

	/** Too many failed logins from the client's address, whatever the names. */
	static final class AddressLockedException extends LockedException {

		AddressLockedException() {
			super("too many failed logins from this address; try again later");
		}

	}

}
