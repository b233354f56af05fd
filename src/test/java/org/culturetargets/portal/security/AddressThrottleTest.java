package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password spraying: many names, one wrong password each, from one client address. Once the address has had
 * portal.login.max-failures-per-address failures (50 by default) it is locked — even for a right password and
 * through HTTP Basic — while another address logs in as usual; the lock ends with its window. Each test uses
 * addresses of its own (documentation ranges), so that the tests sharing 127.0.0.1 are not affected.
 */
@PortalTest
class AddressThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Value("${portal.login.max-failures-per-address:50}")
	int maxFailuresPerAddress;

	@Test
	void manyNamesFromOneAddressLockTheAddressButNotAnother() throws Exception {
		String sprayer = "203.0.113.7";
		spray(sprayer, "spray-a-");
		login("official", AccountBootstrap.DEMO_PASSWORD, sprayer).andExpect(redirectedUrl("/login?blocked"));
		mvc.perform(get("/api/plans").with(httpBasic("official", AccountBootstrap.DEMO_PASSWORD)).with(from(sprayer)))
			.andExpect(status().isUnauthorized());
		login("official", AccountBootstrap.DEMO_PASSWORD, "203.0.113.8").andExpect(redirectedUrl("/"));
		mvc.perform(get("/login").param("blocked", "")).andExpect(content().string(containsString("网络地址")));
	}

	@Test
	void oneFailureFewerLocksNothing() throws Exception {
		String address = "203.0.113.9";
		for (int i = 0; i < maxFailuresPerAddress - 1; i++) {
			login("almost-" + i, "wrong", address).andExpect(redirectedUrl("/login?error"));
		}
		login("official", AccountBootstrap.DEMO_PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	void theLockEndsWithItsWindow() throws Exception {
		String sprayer = "198.51.100.20";
		spray(sprayer, "spray-b-");
		login("official", AccountBootstrap.DEMO_PASSWORD, sprayer).andExpect(redirectedUrl("/login?blocked"));
		jdbc.sql("""
				update security.login_throttle_address set locked_until = now() - interval '1 second',
				    window_start = now() - interval '16 minutes' where address = ?
				""").param(sprayer).update();
		login("official", AccountBootstrap.DEMO_PASSWORD, sprayer).andExpect(redirectedUrl("/"));
		login("spray-b-again", "wrong", sprayer).andExpect(redirectedUrl("/login?error"));
	}

	/** One wrong password for each of as many different names as the limit allows, all refused as wrong. */
	private void spray(String address, String prefix) throws Exception {
		for (int i = 0; i < maxFailuresPerAddress; i++) {
			login(prefix + i, "wrong", address).andExpect(redirectedUrl("/login?error"));
		}
	}

	private ResultActions login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
