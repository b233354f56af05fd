package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Outside demo mode there are no demo accounts and no banner; the first admin's password is the configured one. */
@SpringBootTest(properties = { "portal.demo=false", "portal.admin-password=correct horse battery staple" })
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@ActiveProfiles("test")
class ProductionModeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noDemoAccountExists() throws Exception {
		assertThat(jdbc.sql("select count(*) from security.account where demo").query(Long.class).single()).isZero();
		mvc.perform(get("/api/plans").with(httpBasic("official", "demo"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/plans").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
	}

	@Test
	void theAdministratorLogsInWithThePasswordFromTheEnvironment() throws Exception {
		mvc.perform(get("/").with(httpBasic("admin", "correct horse battery staple")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("演示模式"))));
	}

	@Test
	void realAccountsNeedPasswordsOfAtLeastTwelveCharacters() throws Exception {
		mvc.perform(post("/admin/users").with(httpBasic("admin", "correct horse battery staple")).with(csrf())
			.param("username", "new-official").param("role", "OFFICIAL").param("password", "elevenchars"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 12 个字符")));
		assertThat(jdbc.sql("select count(*) from security.account where username = 'new-official'").query(Long.class).single())
			.isZero();
		mvc.perform(post("/admin/users").with(httpBasic("admin", "correct horse battery staple")).with(csrf())
			.param("username", "new-official").param("role", "OFFICIAL").param("password", "twelve chars"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/plans").with(httpBasic("new-official", "twelve chars"))).andExpect(status().isOk());
	}

}
