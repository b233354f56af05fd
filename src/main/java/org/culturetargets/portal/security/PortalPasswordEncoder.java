package org.culturetargets.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * bcrypt, as always, for passwords of up to 72 bytes, the most bcrypt reads (Spring Security refuses to hash a
 * longer one); PBKDF2-HMAC-SHA256 for longer ones, which the {@link PasswordPolicy} allows: 128 characters of any
 * script, three bytes each in Chinese. Either hash carries its {id} prefix, by which it is verified.
 */
class PortalPasswordEncoder implements PasswordEncoder {

	private static final int BCRYPT_MAX_BYTES = 72;

	private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	/** Spring Security's delegating encoder: bcrypt for new hashes, and every known {id} for verifying. */
	private final PasswordEncoder encoders = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final PasswordEncoder pbkdf2 = new DelegatingPasswordEncoder(PBKDF2,
			Map.of(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

	@Override
	public String encode(CharSequence rawPassword) {
		boolean tooLongForBcrypt = rawPassword != null
				&& rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
		return tooLongForBcrypt ? pbkdf2.encode(rawPassword) : encoders.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return encoders.matches(rawPassword, encodedPassword);
	}

}
