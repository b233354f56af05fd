package org.culturetargets.portal.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's page weight: what an official's browser transfers for one page after another. Pages are fetched as a
 * browser does, the HTML and every static file it links; a file is fetched again only if its {@code Cache-Control}
 * lets no cache keep it. Compared in one run with what the same pages cost before static files were cached and
 * compressed: every file, uncompressed, on every page. Not part of the suite: run it with
 * {@code bench/page-weight.sh} (see bench/README.md).
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PageWeightBenchmark {

	/** The pages an official opens one after another: the scorecard, a district, an indicator. */
	private static final List<String> PAGES = List.of("/", "/areas/330106", "/indicators/added_value?scope=330100");

	private static final Pattern STATIC = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void whatASecondPageTransfers() throws Exception {
		HttpClient browser = BenchLogin.signedIn(port, "official");
		Set<String> cached = new HashSet<>();
		for (int i = 0; i < PAGES.size(); i++) {
			String page = PAGES.get(i);
			HttpResponse<byte[]> html = get(browser, page, true);
			assertThat(html.statusCode()).as(page).isEqualTo(200);
			long now = html.body().length;
			long then = get(browser, page, false).body().length;
			for (String file : linked(html)) {
				then += get(browser, file, false).body().length;
				if (cached.contains(file)) {
					continue;
				}
				HttpResponse<byte[]> response = get(browser, file, true);
				now += response.body().length;
				if (response.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000")) {
					cached.add(file);
				}
			}
			String which = (i == 0 ? "first page " : "next page ") + page;
			log("%-50s now %,9d bytes; before (no cache, uncompressed) %,9d bytes", which, now, then);
			if (i > 0) {
				log("RATIO %s now / before = %.3f", page, (double) now / then);
			}
		}
	}

	private HttpResponse<byte[]> get(HttpClient browser, String path, boolean compressed) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (compressed) {
			request.header("Accept-Encoding", "gzip");
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The static files a page links; compressed or not, the HTML names the same ones. */
	private static Set<String> linked(HttpResponse<byte[]> html) throws Exception {
		byte[] body = html.body();
		if (html.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				body = in.readAllBytes();
			}
		}
		Set<String> files = new LinkedHashSet<>();
		Matcher links = STATIC.matcher(new String(body, StandardCharsets.UTF_8));
		while (links.find()) {
			files.add(links.group(1));
		}
		return files;
	}

	private static void log(String format, Object... args) {
		System.out.println("[bench] " + String.format(format, args));
	}

}
