package org.culturetargets.portal.security;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** portal.api-docs.public=true opens the API documentation to anyone, and nothing else: the API still needs a login. */
@SpringBootTest(properties = "portal.api-docs.public=true")
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@ActiveProfiles("test")
class PublicApiDocsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theSettingOpensTheDocumentationButNotTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/plans']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
		mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
	}

}
