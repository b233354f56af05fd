package org.culturetargets.portal.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows no inline script and no inline style, so no template may have a
 * {@code <script>} without {@code src} (except a {@code type="application/json"} data block), an event handler
 * attribute ({@code onclick=}, also {@code th:onclick=}), a {@code javascript:} URL or a {@code style} attribute;
 * and none writes text unescaped ({@code th:utext}), so that what users typed can never become markup; the one
 * exception is a page's main as Thymeleaf rendered it, escaped, for the page cache ({@link #RENDERED_MAIN}).
 * The final report's PDF template is rendered by openhtmltopdf on the server, never by a browser, and may have its
 * {@code <style>} block.
 */
class InlineScriptTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * The one text written unescaped: a page's main that Thymeleaf itself rendered, with every text of it escaped then,
	 * and cached (shared/web/RenderedPages, put into the layout by fragments/cached.html).
	 */
	private static final String RENDERED_MAIN = "${cachedMain}";

	@Test
	void noTemplateHasInlineScriptOrStyle() throws Exception {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				problems.addAll(inlineCode(TEMPLATES.relativize(template).toString(), Files.readString(template)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKindOfInlineCodeIsFound() throws Exception {
		String template = """
				<html xmlns:th="http://www.thymeleaf.org"><body>
				<script>alert(1)</script>
				<script th:inline="javascript">var x = [[${x}]];</script>
				<script type="application/json" id="data">{"fine": true}</script>
				<script src="/js/fine.js"></script>
				<button onclick="go()">go</button>
				<a th:onclick="|go(${x})|">go</a>
				<a href="javascript:go()">go</a>
				<div style="width: 1px"></div>
				<p th:utext="${comment}">comment</p>
				<main th:utext="${cachedMain}">rendered</main>
				</body></html>
				""";
		assertThat(inlineCode("sample.html", template)).containsExactly("sample.html:2 <script> without src",
				"sample.html:3 <script> without src", "sample.html:6 onclick", "sample.html:7 th:onclick",
				"sample.html:8 javascript: in href", "sample.html:9 style", "sample.html:10 unescaped th:utext");
	}

	/** Each problem as "file:line what", parsed as Thymeleaf parses templates (AttoParser, HTML mode). */
	private static List<String> inlineCode(String name, String template) throws Exception {
		List<String> problems = new ArrayList<>();
		boolean serverSide = name.endsWith("-pdf.html");
		new SimpleMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template, new AbstractSimpleMarkupHandler() {

			@Override
			public void handleOpenElement(String element, Map<String, String> attributes, int line, int col) {
				check(element, attributes, line);
			}

			@Override
			public void handleStandaloneElement(String element, Map<String, String> attributes, boolean minimized,
					int line, int col) {
				check(element, attributes, line);
			}

			private void check(String element, Map<String, String> attributes, int line) {
				Map<String, String> attrs = attributes == null ? Map.of() : attributes;
				if (element.equalsIgnoreCase("script") && !attrs.containsKey("src") && !attrs.containsKey("th:src")
						&& !"application/json".equalsIgnoreCase(attrs.get("type"))) {
					problems.add(name + ":" + line + " <script> without src");
				}
				attrs.forEach((attribute, value) -> {
					String plain = attribute.toLowerCase(Locale.ROOT).replaceFirst("^(th|data-th):", "");
					if (plain.equals("utext") && !RENDERED_MAIN.equals(value)) {
						problems.add(name + ":" + line + " unescaped " + attribute);
					}
					else if (plain.startsWith("on")) {
						problems.add(name + ":" + line + " " + attribute);
					}
					else if (plain.equals("style") && !serverSide) {
						problems.add(name + ":" + line + " " + attribute);
					}
					else if (value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
						problems.add(name + ":" + line + " javascript: in " + attribute);
					}
				});
			}
		});
		return problems;
	}

}
