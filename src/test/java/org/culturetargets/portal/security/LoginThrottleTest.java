package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Five failed logins for a username from one address (the default of portal.login.max-failures) lock it for that
 * address for 15 minutes, through the form and HTTP Basic alike, whatever the case of the name typed; the holder
 * logs in from another address all the while. Unknown names lock the same way; a successful login clears the
 * count. A lock leaves a notice for the holder (until dismissed) and the administrators, and an audit entry; an
 * administrator lifts it.
 */
@PortalTest
@RecordApplicationEvents
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

	@Autowired
	ApplicationEvents events;

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

	/** The attack of issue 19: a stranger's guesses at admin, in any case, no longer lock admin out. */
	@Test
	void aStrangersFailuresFromOneAddressNeverLockTheHolderOutFromAnother() throws Exception {
		String stranger = "198.51.100.61";
		String holder = "198.51.100.62";
		for (String name : new String[] { "ADMIN", "admin", "Admin", " admin", "ADMIN" }) {
			formLogin(name, "wrong", stranger).andExpect(redirectedUrl("/login?error"));
		}
		formLogin("admin", AccountBootstrap.DEMO_PASSWORD, stranger).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/plans").with(httpBasic("admin", AccountBootstrap.DEMO_PASSWORD)).with(from(stranger)))
			.andExpect(status().isUnauthorized());

		formLogin("admin", AccountBootstrap.DEMO_PASSWORD, holder).andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/plans").with(httpBasic("admin", AccountBootstrap.DEMO_PASSWORD)).with(from(holder)))
			.andExpect(status().isOk());
		// the holder's success clears their own address's count, not the stranger's lock
		formLogin("admin", AccountBootstrap.DEMO_PASSWORD, stranger).andExpect(redirectedUrl("/login?locked"));
		administration.dismissLockNotices("admin");
	}

	@Test
	void theHolderAndTheAdministratorsAreToldOfALockAndItIsAudited() throws Exception {
		account("noticed");
		String stranger = "198.51.100.71";
		for (int i = 0; i < 5; i++) {
			formLogin("noticed", "wrong", stranger);
		}
		assertThat(events.stream(AccountChanged.class).filter(e -> e.subject().equals("account noticed")
				&& e.action().equals("locked")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("system");
				assertThat(e.newValue()).contains("198.51.100.71", "5 failed logins");
			});
		assertThat(jdbc.sql("select count(*) from audit.change where subject = 'account noticed' and action = 'locked'")
			.query(Long.class).single()).isEqualTo(1);

		mvc.perform(get("/").with(httpBasic("noticed", PASSWORD)))
			.andExpect(xpath("//*[@id='lock-notice']").exists())
			.andExpect(content().string(containsString("来自网络地址 198.51.100.71 的 5 次错误密码")));
		mvc.perform(get("/").param("lang", "en").with(httpBasic("noticed", PASSWORD)))
			.andExpect(content().string(containsString("5 wrong passwords from the network address 198.51.100.71")));
		mvc.perform(get("/admin/users").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//table[@id='lock-notices']//tr[@data-username='noticed']/td[3]").string("198.51.100.71"))
			.andExpect(xpath("//table[@id='lock-notices']//tr[@data-username='noticed']/td[6]").string("未读"));

		mvc.perform(post("/account/lock-notices/dismiss").with(httpBasic("noticed", PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").with(httpBasic("noticed", PASSWORD)))
			.andExpect(xpath("//*[@id='lock-notice']").doesNotExist());
		mvc.perform(get("/admin/users").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//table[@id='lock-notices']//tr[@data-username='noticed']/td[6]").string("已读"));
	}

	@Test
	void anUnknownNamesLockLeavesNoNotice() throws Exception {
		for (int i = 0; i < 5; i++) {
			formLogin("nobody-noticed", "wrong");
		}
		formLogin("nobody-noticed", "anything").andExpect(redirectedUrl("/login?locked"));
		assertThat(jdbc.sql("select count(*) from security.lock_notice where username = 'nobody-noticed'")
			.query(Long.class).single()).isZero();
		assertThat(events.stream(AccountChanged.class).filter(e -> e.action().equals("locked"))).isEmpty();
	}

	@Test
	void anAdministratorUnlocksAnAccountAndOnlyAnAdministrator() throws Exception {
		account("unlocked");
		for (int i = 0; i < 5; i++) {
			formLogin("unlocked", "wrong");
		}
		mvc.perform(post("/admin/users/unlocked/unlock").with(httpBasic("official", "demo")).with(csrf()))
			.andExpect(status().isForbidden());
		formLogin("unlocked", PASSWORD).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/admin/users").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//tr[@data-username='unlocked']//form[contains(@action, '/unlock')]").exists())
			.andExpect(xpath("//tr[@data-username='official']//form[contains(@action, '/unlock')]").doesNotExist());

		mvc.perform(post("/admin/users/unlocked/unlock").with(httpBasic("admin", "demo")).with(csrf())
			.param("reason", "called the help desk"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("saved", "已解除用户 unlocked 的登录锁定。"));
		formLogin("unlocked", PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(events.stream(AccountChanged.class).filter(e -> e.action().equals("unlocked")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.subject()).isEqualTo("account unlocked");
				assertThat(e.oldValue()).startsWith("locked until ");
				assertThat(e.reason()).isEqualTo("called the help desk");
			});
	}

	private ResultActions formLogin(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(OWN_ADDRESS));
	}

	private ResultActions formLogin(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void account(String username) {
		administration.create(new NewAccountCmd(username, "OFFICIAL", null, null, PASSWORD, null, null, null, null, null), "test");
	}

}
