package org.culturetargets.portal.shared.web;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The large-text mode: switched on and off by a link in the top bar, remembered for the session like the language. */
@PortalTest
class TextSizeTest {

	@Autowired
	MockMvc mvc;

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session).with(httpBasic("official", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theModeIsRememberedForTheSessionAndEveryPageShowsIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String normal = page("/areas", session);
		assertThat(normal).doesNotContain("class=\"large-text\"").contains(">大字版<")
			.contains("href=\"/areas?textSize=large\"");

		page("/areas?textSize=large", session);
		String later = page("/reports/completeness?lang=en", session);
		assertThat(later).contains("class=\"large-text\"").contains(">Standard text<")
			.contains("textSize=normal");
		// an error page, rendered without the controllers' model, shows the mode too
		assertThat(page("/indicators/no-such-indicator?scope=330100", session)).contains("class=\"large-text\"");

		page("/areas?textSize=huge", session);
		assertThat(page("/areas", session)).as("an unknown size changes nothing").contains("class=\"large-text\"");
		page("/areas?textSize=normal", session);
		assertThat(page("/areas", session)).doesNotContain("class=\"large-text\"");
	}

	@Test
	void theSkipLinkComesFirstAndLeadsToTheContent() throws Exception {
		String page = page("/areas", new MockHttpSession());
		String body = page.substring(page.indexOf("<body>"));
		assertThat(body.substring(body.indexOf("<a "))).as("the first link of the page")
			.startsWith("<a class=\"visually-hidden-focusable skip-link\" href=\"#main-content\">跳到主要内容</a>");
		assertThat(page).contains("id=\"main-content\"");
	}

}
