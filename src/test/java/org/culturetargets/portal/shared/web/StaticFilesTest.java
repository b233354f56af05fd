package org.culturetargets.portal.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser loads again on the second page: nothing static. Pages link to static files by content-hashed
 * addresses, which may be kept for a year; pages and static text come compressed (real HTTP, as Tomcat sends them).
 */
@PortalTest
class StaticFilesTest {

	private static final Pattern HASHED = Pattern.compile(
			"(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider urls;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) throws IOException {
		byte[] body = response.body();
		if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
			try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
				body = in.readAllBytes();
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	@Test
	void pagesLinkStaticFilesByTheirContentHashAndTheyAreKeptForAYear() throws Exception {
		HttpResponse<byte[]> page = get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher links = HASHED.matcher(text(page));
		int linked = 0;
		while (links.find()) {
			linked++;
			HttpResponse<byte[]> file = get(links.group(1));
			assertThat(file.statusCode()).as(links.group(1)).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(links.group(1))
				.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "public", "immutable")
					.doesNotContain("no-store", "no-cache"));
		}
		assertThat(linked).as("bootstrap's CSS and JavaScript and the portal's CSS, each by its hash").isGreaterThanOrEqualTo(3);
	}

	/** The script files the dashboards load (ECharts is 1 MB), by the address the pages render for them. */
	@Test
	void scriptsAreSentCompressedAndKeptForAYear() throws Exception {
		for (String file : List.of("/webjars/echarts/echarts.min.js", "/webjars/htmx.org/dist/htmx.min.js",
				"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/js/indicator-chart.js")) {
			String address = urls.getForLookupPath(file);
			assertThat(address).as(file).matches(".*-[0-9a-f]{32}\\.js");
			HttpResponse<byte[]> script = get(address);
			assertThat(script.statusCode()).as(address).isEqualTo(200);
			assertThat(script.headers().firstValue("Content-Encoding")).as(address).hasValue("gzip");
			assertThat(script.headers().firstValue("Cache-Control")).as(address)
				.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "immutable"));
			assertThat(script.body().length).as(address + " compressed").isLessThan(text(script).length() / 2);
		}
	}

	@Test
	void pagesAndStaticTextAreSentCompressed() throws Exception {
		HttpResponse<byte[]> page = get("/login");
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		Matcher css = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]*bootstrap\\.min-[0-9a-f]{32}\\.css)\"")
			.matcher(text(page));
		assertThat(css.find()).isTrue();
		HttpResponse<byte[]> file = get(css.group(1));
		assertThat(file.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(file.body().length).as("compressed").isLessThan(text(file).length() / 3);
	}

}
