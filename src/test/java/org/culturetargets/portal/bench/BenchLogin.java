package org.culturetargets.portal.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An HTTP client signed in through the login form, as a browser is: its own session cookie and CSRF token. */
final class BenchLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private BenchLogin() {
	}

	static HttpClient signedIn(int port, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI login = URI.create("http://localhost:" + port + "/login");
		String page = client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the login page").isTrue();
		String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
		return client;
	}

}
