package org.culturetargets.portal.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser never gets a raw JSON error (issue 13): whatever goes wrong on a page — an unknown address, a page the
 * role may not see, a malformed or missing parameter, a method the address does not take, a body it cannot read —
 * is a page in the reader's language with a way back. The API, and a client that asks for JSON only, keeps its
 * RFC 9457 problem details. Over real HTTP, as a browser sends it: MockMvc has no container to forward an error to
 * the error path, where most of these end.
 */
@PortalTest
class BrowserErrorPagesTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Test
	void everyErrorOfAPageIsAPageInTheReadersLanguageWithAWayBack() throws Exception {
		assertPage("GET", "/no-such-page", "official", 404, "未找到", "Not found");
		assertPage("GET", "/admin/users", "official", 403, "无权访问", "Not allowed");
		assertPage("GET", "/?asOf=next%20year", "official", 400, "请求有误", "Bad request");
		assertPage("GET", "/registry/drill", "official", 400, "请求有误", "Bad request");
		assertPage("GET", "/indicators/no_such_indicator", "official", 404, "未找到", "Not found");
		assertPage("GET", "/reports/330102/2026Q3/approve", "reviewer", 405, "无法办理", "Cannot be done");
		assertPage("GET", "/imports/1/discard", "admin", 405, "无法办理", "Cannot be done");
	}

	@Test
	void theApiAndClientsAskingForJsonOnlyKeepProblemDetails() throws Exception {
		assertProblem("GET", "/api/no-such-thing", "*/*", 404);
		assertProblem("DELETE", "/api/plans", BROWSER, 405);
		assertProblem("GET", "/api/plans/HZ-99FYP", BROWSER, 404);
		assertProblem("GET", "/no-such-page", "application/json", 404);
		assertProblem("GET", "/reports/330102/2026Q3/approve", "application/json", 405);
	}

	private void assertPage(String method, String path, String user, int status, String chinese, String english)
			throws Exception {
		for (String language : new String[] { "zh", "en" }) {
			String address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
			HttpResponse<String> response = send(method, address, user, BROWSER);
			String what = method + " " + address;
			assertThat(response.statusCode()).as(what).isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).as(what)
				.startsWith("<!DOCTYPE html>")
				.contains("<html lang=\"" + language + "\"")
				.contains(language.equals("en") ? english : chinese)
				.contains("id=\"error-back\"")
				.doesNotContain("Exception");
		}
	}

	private void assertProblem(String method, String path, String accept, int status) throws Exception {
		HttpResponse<String> response = send(method, path, "reviewer", accept);
		assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(method + " " + path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> send(String method, String path, String user, String accept) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
