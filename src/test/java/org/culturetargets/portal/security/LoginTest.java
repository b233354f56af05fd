package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page needs a login; the demo accounts of SPEC §9 log in with "demo"; forms carry a CSRF token. */
@PortalTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesRedirectToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/indicators/added_value").param("scope", "330100")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theLoginPageAndHealthAreOpen() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}", JsonCompareMode.STRICT));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
	}

	@Test
	void demoAccountsLogInThroughTheForm() throws Exception {
		for (String user : new String[] { "admin", "official", "reviewer", "district-330106" }) {
			mvc.perform(post("/login").param("username", user).param("password", "demo").with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "official").param("password", "nope").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aFormPostWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/login").param("username", "official").param("password", "demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyDistrictHasADemoAccountBoundToIt() {
		assertThat(jdbc.sql("select count(*) from security.account where role = 'DISTRICT_STAFF' and demo")
			.query(Long.class).single()).isEqualTo(13L);
		assertThat(jdbc.sql("select area_code from security.account where username = 'district-330106'")
			.query(String.class).single()).isEqualTo("330106");
	}

	@Test
	void passwordsAreStoredAsAdaptiveHashes() {
		assertThat(jdbc.sql("select password_hash from security.account where username = 'official'")
			.query(String.class).single()).startsWith("{bcrypt}$2");
	}

}
