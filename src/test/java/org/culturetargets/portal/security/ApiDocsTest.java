package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The OpenAPI document and Swagger UI need a login (portal.api-docs.public=false, the default). */
@PortalTest
class ApiDocsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theApiDocumentationNeedsALogin() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
				"/swagger-ui/index.html" }) {
			mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(get("/v3/api-docs").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/plans']").exists());
		mvc.perform(get("/swagger-ui/index.html").with(httpBasic("official", "demo"))).andExpect(status().isOk());
	}

	/** Issue 13: the API's documentation is for those who integrate, reached from the admin area, not an official's menu. */
	@Test
	void theApiDocumentationIsInTheAdminMenuNotInTheOfficialsMenu() throws Exception {
		for (String user : new String[] { "official", "reviewer", "district-330106" }) {
			mvc.perform(get("/areas").with(httpBasic(user, "demo")))
				.andExpect(status().isOk())
				.andExpect(xpath("//a[@href='/swagger-ui.html']").doesNotExist());
		}
		mvc.perform(get("/areas").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//*[@id='admin-menu']//a[@href='/swagger-ui.html']").exists())
			.andExpect(xpath("count(//a[@href='/swagger-ui.html'])").number(1.0));
	}

}
