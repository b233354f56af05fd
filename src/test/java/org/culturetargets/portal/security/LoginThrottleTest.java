package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * Five failed logins for a username (the default of portal.login.max-failures) lock it for 15 minutes, through
 * the form and HTTP Basic alike; unknown names lock the same way; a successful login clears the count.
 */
@PortalTest
class LoginThrottleTest {

	private static final String PASSWORD = "the right one";

	/**
	 * These tests' failures come from an address of their own, so that they do not add up with other tests' towards
	 * the per-address limit on 127.0.0.1 (AddressThrottleTest).
	 */
	private static final RequestPostProcessor OWN_ADDRESS = request -> {
		request.setRemoteAddr("192.0.2.55");
		return request;
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountAdministration administration;

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		account("locked-form");
		for (int i = 0; i < 5; i++) {
			formLogin("locked-form", "wrong").andExpect(redirectedUrl("/login?error"));
		}
		formLogin("locked-form", PASSWORD).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/plans").with(httpBasic("locked-form", PASSWORD)).with(OWN_ADDRESS)).andExpect(status().isUnauthorized());
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("该账号已被暂时锁定")));
	}

	@Test
	void failuresThroughHttpBasicCountToo() throws Exception {
		account("locked-basic");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/plans").with(httpBasic("locked-basic", "wrong")).with(OWN_ADDRESS)).andExpect(status().isUnauthorized());
		}
		formLogin("locked-basic", PASSWORD).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anUnknownNameLocksLikeAKnownOneSoThatALockRevealsNothing() throws Exception {
		for (int i = 0; i < 5; i++) {
			formLogin("no-such-user", "wrong").andExpect(redirectedUrl("/login?error"));
		}
		formLogin("no-such-user", "anything").andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		account("sometimes-wrong");
		for (int i = 0; i < 4; i++) {
			formLogin("sometimes-wrong", "wrong").andExpect(redirectedUrl("/login?error"));
		}
		formLogin("sometimes-wrong", PASSWORD).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			formLogin("sometimes-wrong", "wrong").andExpect(redirectedUrl("/login?error"));
		}
		formLogin("sometimes-wrong", PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void theLockEndsAfterItsTime() throws Exception {
		account("patient");
		for (int i = 0; i < 5; i++) {
			formLogin("patient", "wrong");
		}
		formLogin("patient", PASSWORD).andExpect(redirectedUrl("/login?locked"));
		jdbc.sql("update security.login_throttle set locked_until = now() - interval '1 second' where username = 'patient'")
			.update();
		formLogin("patient", PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorsPasswordResetLiftsTheLock() throws Exception {
		account("rescued");
		for (int i = 0; i < 5; i++) {
			formLogin("rescued", "wrong");
		}
		mvc.perform(get("/admin/users").with(httpBasic("admin", "demo")))
			.andExpect(content().string(containsString("已锁定至")));
		mvc.perform(post("/admin/users/rescued/password").with(httpBasic("admin", "demo")).with(csrf())
			.param("password", "a new password"))
			.andExpect(status().isOk());
		formLogin("rescued", "a new password").andExpect(redirectedUrl("/"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(not(containsString("该账号已被暂时锁定"))));
	}

	private ResultActions formLogin(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(OWN_ADDRESS));
	}

	private void account(String username) {
		administration.create(new NewAccountCmd(username, "OFFICIAL", null, PASSWORD, null), "test");
	}

}
