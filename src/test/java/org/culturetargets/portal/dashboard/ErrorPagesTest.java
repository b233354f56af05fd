package org.culturetargets.portal.dashboard;

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

/** Over real HTTP, through the container's error path: a user's mistake is a page that says so, never a trace. */
@PortalTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path) throws Exception {
		String credentials = Base64.getEncoder().encodeToString("official:demo".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void anUnknownAddressIsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("未找到").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aMalformedPeriodIsTheBadRequestPage() throws Exception {
		HttpResponse<String> response = get("/?asOf=next%20year");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("请求有误").doesNotContain("Exception");
	}

	@Test
	void anUnknownPlanNamesWhatWasNotFound() throws Exception {
		HttpResponse<String> response = get("/?plan=HZ-99FYP");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("HZ-99FYP");
	}

}
