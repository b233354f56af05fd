package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** Administrators create accounts, disable and enable them and reset passwords; each write is an audited event. */
@PortalTest
@RecordApplicationEvents
class UserAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void theUserListIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/users").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[@data-username='district-330106']").exists());
		mvc.perform(get("/admin/users").with(httpBasic("official", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(httpBasic("district-330106", "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void anAccountsContactsAreKeptAndABadAddressIsRefusedNamingIt() throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "binjiang-clerk").param("role", "DISTRICT_STAFF").param("areaCode", "330108")
			.param("password", "a long enough secret").param("fullName", "王芳").param("email", "wang.fang@example.org")
			.param("phone", "+86 571-8888 0000").param("language", "en"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(jdbc.sql("select full_name || ' ' || email || ' ' || phone || ' ' || language from security.account where username = 'binjiang-clerk'")
			.query(String.class).single()).isEqualTo("王芳 wang.fang@example.org +86 571-8888 0000 en");

		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "binjiang-clerk2").param("role", "DISTRICT_STAFF").param("areaCode", "330108")
			.param("password", "a long enough secret").param("email", "wang.fang at example.org").param("phone", "call me"))
			.andExpect(content().string(containsString("“wang.fang at example.org”不是有效的电子邮箱地址。")))
			.andExpect(content().string(containsString("“call me”不是有效的电话号码")));
		assertThat(jdbc.sql("select count(*) from security.account where username = 'binjiang-clerk2'").query(Long.class).single()).isZero();
	}

	@Test
	void anAdministratorCreatesDistrictStaffBoundToOneDistrict() throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "xihu-clerk")
			.param("role", "DISTRICT_STAFF")
			.param("areaCode", "330106")
			.param("password", "a long enough secret")
			.param("reason", "new clerk in Xihu"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("saved", containsString("xihu-clerk")));
		assertThat(jdbc.sql("select role || ' ' || area_code from security.account where username = 'xihu-clerk'")
			.query(String.class).single()).isEqualTo("DISTRICT_STAFF 330106");
		mvc.perform(get("/api/plans").with(httpBasic("xihu-clerk", "a long enough secret"))).andExpect(status().isOk());
		assertThat(events.stream(AccountChanged.class).filter(e -> e.subject().equals("account xihu-clerk")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.action()).isEqualTo("created");
				assertThat(e.oldValue()).isNull();
				assertThat(e.newValue()).isEqualTo("role=DISTRICT_STAFF, area=330106, enabled=true");
				assertThat(e.reason()).isEqualTo("new clerk in Xihu");
				assertThat(e.occurredAt()).isNotNull();
			});
	}

	@Test
	void theStoredPasswordIsABcryptHashNeverThePlainText() throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "hash-check")
			.param("role", "REVIEWER")
			.param("password", "plain text never stored"))
			.andExpect(redirectedUrl("/admin/users"));
		String hash = jdbc.sql("select password_hash from security.account where username = 'hash-check'")
			.query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("plain text never stored");
		assertThat(events.stream(AccountChanged.class).map(AccountChanged::newValue).toList().toString())
			.doesNotContain("plain text never stored").doesNotContain(hash);
	}

	@Test
	void eachMistakeIsNamedBesideItsFieldAndNothingIsSaved() throws Exception {
		long before = accounts();
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "Bad Name").param("role", "DISTRICT_STAFF").param("areaCode", "").param("password", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名“Bad Name”无效")))
			.andExpect(content().string(containsString("必须绑定一个区县")))
			.andExpect(content().string(containsString("密码至少 12 个字符")))
			.andExpect(xpath("//input[@id='username']/@value").string("Bad Name"))
			.andExpect(xpath("//input[@id='password']/@value").string(""));
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "official").param("role", "OFFICIAL").param("areaCode", "330106").param("password", "long enough"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名“official”已存在")))
			.andExpect(content().string(containsString("其他角色不选地区")));
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "belt-clerk").param("role", "DISTRICT_STAFF").param("areaCode", "belt-canal").param("password", "long enough"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“belt-canal”不是区县（市）代码")));
		mvc.perform(post("/admin/users").param("lang", "en").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", "nobody-role").param("role", "KING").param("password", "long enough"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a role.")));
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void aDisabledAccountCannotLogInUntilEnabledAgain() throws Exception {
		createReviewer("leaving-reviewer", "reviewer password");
		mvc.perform(post("/admin/users/leaving-reviewer/disable").with(httpBasic("admin", "demo")).with(csrf())
			.param("reason", "left the office"))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/api/plans").with(httpBasic("leaving-reviewer", "reviewer password"))).andExpect(status().isUnauthorized());
		assertThat(events.stream(AccountChanged.class).filter(e -> e.action().equals("disabled")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.oldValue()).endsWith("enabled=true");
				assertThat(e.newValue()).endsWith("enabled=false");
				assertThat(e.reason()).isEqualTo("left the office");
			});
		mvc.perform(post("/admin/users/leaving-reviewer/enable").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/api/plans").with(httpBasic("leaving-reviewer", "reviewer password"))).andExpect(status().isOk());
	}

	@Test
	void disablingAnAccountEndsItsOpenBrowserSessions() throws Exception {
		createReviewer("session-holder", "reviewer password");
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
			.param("username", "session-holder").param("password", "reviewer password"))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/admin/users/session-holder/disable").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString("您的会话已结束")));
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		mvc.perform(post("/admin/users/admin/disable").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("refused", "不能停用自己的账号。"));
		assertThat(jdbc.sql("select enabled from security.account where username = 'admin'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void anAdministratorSetsANewPassword() throws Exception {
		createReviewer("forgetful", "first password");
		mvc.perform(post("/admin/users/forgetful/password").with(httpBasic("admin", "demo")).with(csrf())
			.param("password", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 12 个字符")));
		mvc.perform(get("/api/plans").with(httpBasic("forgetful", "first password"))).andExpect(status().isOk());
		mvc.perform(post("/admin/users/forgetful/password").with(httpBasic("admin", "demo")).with(csrf())
			.param("password", "second password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码已重置")));
		mvc.perform(get("/api/plans").with(httpBasic("forgetful", "first password"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/plans").with(httpBasic("forgetful", "second password"))).andExpect(status().isOk());
	}

	@Test
	void aGeneratedPasswordIsShownOnceAndWorks() throws Exception {
		createReviewer("generated-one", "first password");
		MvcResult result = mvc.perform(post("/admin/users/generated-one/password").with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("password", "")
			.param("reason", "forgot it"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn();
		String page = result.getResponse().getContentAsString();
		String generated = page.replaceAll("(?s).*id=\"generated-password\">([^<]+)<.*", "$1");
		assertThat(generated).hasSize(16);
		mvc.perform(get("/api/plans").with(httpBasic("generated-one", generated))).andExpect(status().isOk());
		mvc.perform(get("/admin/users/generated-one/password").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(generated))));
		assertThat(events.stream(AccountChanged.class).filter(e -> e.action().equals("password reset")))
			.singleElement()
			.satisfies(e -> assertThat(e.newValue()).isEqualTo("generated password").doesNotContain(generated));
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		mvc.perform(get("/admin/users/nobody-here/password").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/nobody-here/disable").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private void createReviewer(String username, String password) throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "demo")).with(csrf())
			.param("username", username).param("role", "REVIEWER").param("password", password))
			.andExpect(redirectedUrl("/admin/users"));
	}

	private long accounts() {
		return jdbc.sql("select count(*) from security.account").query(Long.class).single();
	}

}
