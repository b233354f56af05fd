package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password policy (NIST SP 800-63B) wherever an administrator sets a password, in demo mode too: at least 12
 * characters, not only spaces, any script, up to 128 characters, not a common password (zxcvbn's list), not the
 * username. A right password that breaks it no longer logs in, except demo mode's demo accounts.
 */
@PortalTest
class PasswordPolicyTest {

	private static final String COMMON = "这是常见密码";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void commonPasswordsFromTheListAreRefused() throws Exception {
		for (String common : new String[] { "password1", "12345678", "qwertyui", "Password1", "qwerty123456",
				"1qaz2wsx3edc" }) {
			create("common-pw", common).andExpect(status().isOk()).andExpect(content().string(containsString(COMMON)));
		}
		assertThat(exists("common-pw")).isFalse();
	}

	@Test
	void aPasswordOfSpacesIsRefused() throws Exception {
		for (String blank : new String[] { "    ", " ".repeat(16), "\u3000".repeat(12), "\u00a0".repeat(12) }) {
			create("blank-pw", blank).andExpect(status().isOk())
				.andExpect(content().string(containsString("密码不能为空，也不能只有空格")));
		}
		assertThat(exists("blank-pw")).isFalse();
	}

	@Test
	void shortPasswordsAndTheUsernameAreRefused() throws Exception {
		create("short-pw", "elevenchars").andExpect(content().string(containsString("密码至少 12 个字符")));
		create("same-as-name-1", "Same-As-Name-1").andExpect(content().string(containsString("密码不能与用户名相同")));
		create("too-long-pw", "x".repeat(129)).andExpect(content().string(containsString("密码不能超过 128 个字符")));
		mvc.perform(post("/admin/users").param("lang", "en").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "common-en").param("role", "OFFICIAL").param("password", "password1"))
			.andExpect(content().string(containsString("This is a commonly used password")))
			.andExpect(content().string(not(containsString(COMMON))));
		assertThat(exists("short-pw") || exists("same-as-name-1") || exists("too-long-pw") || exists("common-en")).isFalse();
	}

	@Test
	void aPassphraseInAnyScriptIsAcceptedAndLogsIn() throws Exception {
		String ascii = "correct horse battery staple";
		String chinese = "西湖边的柳树绿了又黄";
		String long64 = "钱塘江潮".repeat(16);
		create("passphrase-1", ascii).andExpect(redirectedUrl("/admin/users"));
		create("passphrase-2", chinese + " 两回").andExpect(redirectedUrl("/admin/users"));
		// 64 Chinese characters are 192 bytes, more than bcrypt reads
		create("passphrase-3", long64).andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/api/plans").with(httpBasic("passphrase-1", ascii))).andExpect(status().isOk());
		mvc.perform(get("/api/plans").with(httpBasic("passphrase-2", chinese + " 两回"))).andExpect(status().isOk());
		mvc.perform(get("/api/plans").with(httpBasic("passphrase-3", long64))).andExpect(status().isOk());
		mvc.perform(get("/api/plans").with(httpBasic("passphrase-3", long64.substring(0, 63) + "湖")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aResetFollowsThePolicyToo() throws Exception {
		create("reset-policy", "the first passphrase").andExpect(redirectedUrl("/admin/users"));
		for (String refused : new String[] { "    ", "qwerty123456", "reset-policy" }) {
			mvc.perform(post("/admin/users/reset-policy/password").with(httpBasic("admin", "demo")).with(csrf())
				.param("password", refused))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("密码已重置"))));
		}
		mvc.perform(get("/api/plans").with(httpBasic("reset-policy", "the first passphrase"))).andExpect(status().isOk());
	}

	/** An account whose password was set before the policy (or by SQL) cannot log in with it until reset. */
	@Test
	void aRightPasswordThatBreaksThePolicyNoLongerLogsIn() throws Exception {
		jdbc.sql("insert into security.account (username, password_hash, role) values ('old-weak', ?, 'OFFICIAL')")
			.param(passwordEncoder.encode("password1"))
			.update();
		mvc.perform(post("/login").param("username", "old-weak").param("password", "password1").with(csrf()))
			.andExpect(redirectedUrl("/login?renew"));
		mvc.perform(get("/api/plans").with(httpBasic("old-weak", "password1"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/login").param("renew", "")).andExpect(content().string(containsString("不符合现行的密码规则")));
		mvc.perform(post("/admin/users/old-weak/password").with(httpBasic("admin", "demo")).with(csrf())
			.param("password", "a passphrase of today"))
			.andExpect(content().string(containsString("密码已重置")));
		mvc.perform(get("/api/plans").with(httpBasic("old-weak", "a passphrase of today"))).andExpect(status().isOk());
		// demo mode's demo accounts keep their short shared password
		mvc.perform(get("/api/plans").with(httpBasic("official", AccountBootstrap.DEMO_PASSWORD))).andExpect(status().isOk());
	}

	private ResultActions create(String username, String password) throws Exception {
		return mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", username).param("role", "OFFICIAL").param("password", password));
	}

	private boolean exists(String username) {
		return jdbc.sql("select count(*) from security.account where username = ?").param(username).query(Long.class)
			.single() > 0;
	}

}
