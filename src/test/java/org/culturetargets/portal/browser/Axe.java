package org.culturetargets.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.chrome.ChromeDriver;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (from its WebJar on the test class path, nothing fetched at run time) run on the page the browser shows,
 * with the WCAG 2.0 and 2.1 level A and AA rules: the GB/T 37668-2019 level the portal aims at.
 */
final class Axe {

	private static final String SOURCE = load();

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {
			  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			  resultTypes: ['violations']
			}).then(function (result) {
			  done(result.violations.flatMap(function (v) {
			    return v.nodes.map(function (n) {
			      return v.id + ' at ' + n.target.join(' ') + ': ' + (n.failureSummary || v.help).replace(/\\s+/g, ' ');
			    });
			  }));
			}).catch(function (e) { done(['axe failed: ' + e]); });
			""";

	private Axe() {
	}

	/** The browsers that add axe-core to each page they open, with the identifier DevTools gave that script. */
	private static final Map<ChromeDriver, String> ADDED = new ConcurrentHashMap<>();

	/** Each violation on the current page: its rule, the element's selector and what is wrong. */
	@SuppressWarnings("unchecked")
	static List<String> violations(ChromeDriver driver) {
		// through DevTools, so the page's Content-Security-Policy does not apply to it; from the first check on,
		// added to each new page by the browser itself, as sending its half megabyte with every page took longer
		// than most checks
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe === 'object'"))) {
			driver.executeScript(SOURCE);
			ADDED.computeIfAbsent(driver, d -> (String) d
				.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE))
				.get("identifier"));
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return (List<String>) driver.executeAsyncScript(RUN);
	}

	/** The pages the browser opens from now on come without axe-core (as {@link Browser} hands it to the next test). */
	static void remove(ChromeDriver driver) {
		String identifier = ADDED.remove(driver);
		if (identifier != null) {
			driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
		}
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
