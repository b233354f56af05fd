package org.culturetargets.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response over real HTTP — the login page, a page, an error page, the API, the API's error, static
 * files, webjars and Swagger UI — carries the Content-Security-Policy without inline script, and the frame,
 * referrer, content-type and permissions headers.
 */
@PortalTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "/login, , 200", "/, official, 200", "/registry/enterprises, official, 200",
			"/no-such-page, official, 404", "/indicators/no_such_indicator, official, 404",
			"/registry/drill, official, 400", "/admin/users, official, 403",
			"/api/plans, official, 200", "/api/plans/NO-SUCH-PLAN, official, 404", "/api/plans, , 401",
			"/css/portal.css, , 200", "/js/indicator-chart.js, , 200", "/webjars/bootstrap/css/bootstrap.min.css, , 200",
			"/swagger-ui/index.html, official, 200", "/swagger-ui/swagger-ui-bundle.js, official, 200",
			"/v3/api-docs, official, 200", "/v3/api-docs, , 302", "/swagger-ui/index.html, , 302" })
	void everyResponseCarriesTheSecurityHeaders(String path, String username, int status) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + AccountBootstrap.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<Void> response = HttpClient.newHttpClient().send(request.build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(status);
		String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'",
				"form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data:");
		assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
		// Swagger UI's bundle applies inline styles; the portal's own pages have none
		assertThat(directive(csp, "style-src")).isEqualTo(path.startsWith("/swagger-ui/")
				? "style-src 'self' 'unsafe-inline'" : "style-src 'self'");
		assertThat(csp).doesNotContain("unsafe-eval");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()",
				"microphone=()", "geolocation=()");
	}

	private static String directive(String policy, String name) {
		return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst()
			.orElse(name + " missing");
	}

}
