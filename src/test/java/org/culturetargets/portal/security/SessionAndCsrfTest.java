package org.culturetargets.portal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.security.RoleMatrixTest.Write;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Session fixation: the session id changes at login and the id from before is worth nothing after it (real HTTP,
 * real cookies). CSRF: every write endpoint of {@link RoleMatrixTest#WRITES}, called from an administrator's
 * logged-in form session without a token or with a wrong one, is refused with 403 and changes nothing. Logout
 * takes a POST with the token, nothing else. The session cookie is SameSite=Lax.
 */
@PortalTest
class SessionAndCsrfTest {

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSessionIdChangesAtLoginAndTheOldOneIsWorthNothing() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(url("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionId(loginPage);
		Matcher token = CSRF_FIELD.matcher(loginPage.body());
		assertThat(token.find()).as("the login form's CSRF field").isTrue();

		String form = "username=official&password=" + AccountBootstrap.DEMO_PASSWORD + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + before)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = sessionId(login);
		assertThat(after).isNotEqualTo(before);

		assertThat(page("/", after).statusCode()).as("the new session is signed in").isEqualTo(200);
		HttpResponse<String> withOldId = page("/", before);
		assertThat(withOldId.statusCode()).as("the session id from before the login").isEqualTo(302);
		assertThat(withOldId.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	/** Another site's form posts and subrequests come without the session (a second line behind the token). */
	@Test
	void theSessionCookieIsSameSiteLax() throws Exception {
		HttpResponse<String> loginPage = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loginPage.headers().allValues("Set-Cookie"))
			.filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly"));
	}

	@Test
	void everyWriteFromAFormSessionWithoutAValidTokenIsRefusedAndChangesNothing() throws Exception {
		MockHttpSession session = formSession("admin");
		Map<String, String> before = RoleMatrixTest.databaseContents(jdbc);
		List<String> gotThrough = new ArrayList<>();
		int calls = 0;
		for (Write write : RoleMatrixTest.WRITES) {
			if (write.open()) {
				continue;
			}
			// the administrator may call every one of them: a refusal is the token's doing, not the role's
			assertThat(write.allowed()).contains(Role.ADMIN);
			String url = RoleMatrixTest.sample(jdbc, write, "330106");
			for (RequestPostProcessor token : List.<RequestPostProcessor>of(request -> request,
					csrf().useInvalidToken())) {
				MvcResult result = mvc.perform(call(write, url, session).with(token)).andReturn();
				if (result.getResponse().getStatus() != 403) {
					gotThrough.add(write.method() + " " + url + " -> " + result.getResponse().getStatus());
				}
				calls++;
			}
		}
		assertThat(gotThrough).as("writes without a valid CSRF token that were not refused with 403").isEmpty();
		assertThat(calls).isGreaterThan(2 * 30);
		assertThat(RoleMatrixTest.databaseContents(jdbc)).as("the database after refused writes").isEqualTo(before);

		// the same session with its token gets through: it was the token that was missing
		mvc.perform(post("/admin/users/official/enable").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void logoutTakesAPostWithTheToken() throws Exception {
		MockHttpSession session = formSession("reviewer");
		mvc.perform(get("/logout").session(session)).andExpect(status().is4xxClientError());
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/logout").session(session).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
	}

	/** A session signed in through the login form, as a browser has it. */
	private MockHttpSession formSession(String username) throws Exception {
		MvcResult login = mvc.perform(post("/login").param("username", username)
			.param("password", AccountBootstrap.DEMO_PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/")).andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private static MockHttpServletRequestBuilder call(Write write, String url, MockHttpSession session) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(write.method()), url).session(session);
		if (write.json() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(write.json());
		}
		return request;
	}

	private HttpResponse<String> page(String path, String sessionId) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path))
			.header("Cookie", "JSESSIONID=" + sessionId)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionId(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION_COOKIE::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
