package org.culturetargets.portal.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No user-facing text is written into a template: every text node, title, alt, placeholder and aria-label comes
 * from a message bundle ({@code #{…}}) or from data. Literal text is allowed only as a prototype that Thymeleaf
 * replaces (inside {@code th:text}, {@code th:replace} …, or an attribute with its {@code th:} twin), or when it is
 * only punctuation, symbols and digits.
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes whose content replaces the element's body, so the body is a prototype. */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
			"sec:authentication");

	private static final Set<String> SPOKEN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription");

	private static final Set<String> SKIPPED_ELEMENTS = Set.of("script", "style");

	private static final Pattern NO_WORDS = Pattern.compile("[\\s\\p{P}\\p{S}\\d]*");

	@Test
	void everyTemplateTakesItsTextsFromTheBundles() throws Exception {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				problems.addAll(hardCodedTexts(TEMPLATES.relativize(template).toString(), Files.readString(template)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aHardCodedTextIsFound() throws Exception {
		String template = """
				<html xmlns:th="http://www.thymeleaf.org"><body>
				<h1>Scorecard</h1>
				<p th:text="#{ok}">prototype is fine</p>
				<span>— 12 %</span>
				<img src="x.png" alt="logo"/>
				<input th:placeholder="#{ok}" placeholder="prototype"/>
				<button aria-label="关闭">×</button>
				<div th:replace="~{x :: y}"><em>replaced</em></div>
				</body></html>""";
		assertThat(hardCodedTexts("sample.html", template)).containsExactly("sample.html:2 text 'Scorecard'",
				"sample.html:5 alt='logo'", "sample.html:7 aria-label='关闭'");
	}

	/** Each problem as "file:line what". Parsed as HTML, as Thymeleaf parses it (AttoParser), so HTML's boolean attributes are fine. */
	static List<String> hardCodedTexts(String name, String template) throws Exception {
		List<String> problems = new ArrayList<>();
		new SimpleMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template, new AbstractSimpleMarkupHandler() {

			private final Deque<Boolean> replaced = new ArrayDeque<>();

			@Override
			public void handleOpenElement(String element, Map<String, String> attributes, int line, int col) {
				replaced.push(inspect(element, attributes, line));
			}

			@Override
			public void handleAutoOpenElement(String element, Map<String, String> attributes, int line, int col) {
				handleOpenElement(element, attributes, line, col);
			}

			@Override
			public void handleStandaloneElement(String element, Map<String, String> attributes, boolean minimized,
					int line, int col) {
				inspect(element, attributes, line);
			}

			@Override
			public void handleCloseElement(String element, int line, int col) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}

			@Override
			public void handleAutoCloseElement(String element, int line, int col) {
				handleCloseElement(element, line, col);
			}

			@Override
			public void handleText(char[] buffer, int offset, int length, int line, int col) {
				String content = new String(buffer, offset, length).strip();
				boolean prototype = !replaced.isEmpty() && replaced.peek();
				if (!prototype && !NO_WORDS.matcher(content).matches()) {
					problems.add(name + ":" + (line + leadingNewlines(buffer, offset, length)) + " text '" + content + "'");
				}
			}

			/** Checks the element's spoken attributes; true when its body is a prototype that Thymeleaf replaces. */
			private boolean inspect(String element, Map<String, String> attributes, int line) {
				Map<String, String> given = attributes == null ? Map.of() : attributes;
				for (Map.Entry<String, String> attribute : given.entrySet()) {
					String value = attribute.getValue() == null ? "" : attribute.getValue();
					if (SPOKEN_ATTRIBUTES.contains(attribute.getKey()) && !NO_WORDS.matcher(value).matches()
							&& !given.containsKey("th:" + attribute.getKey()) && !setByThAttr(given.get("th:attr"), attribute.getKey())) {
						problems.add(name + ":" + line + " " + attribute.getKey() + "='" + value + "'");
					}
				}
				boolean inherited = !replaced.isEmpty() && replaced.peek();
				return inherited || SKIPPED_ELEMENTS.contains(element) || given.keySet().stream().anyMatch(REPLACING::contains);
			}

		});
		return problems;
	}

	/** A text node's line is where it starts, often the end of the previous line: report the line of its first word. */
	private static int leadingNewlines(char[] buffer, int offset, int length) {
		int lines = 0;
		for (int i = offset; i < offset + length && Character.isWhitespace(buffer[i]); i++) {
			lines += buffer[i] == '\n' ? 1 : 0;
		}
		return lines;
	}

	private static boolean setByThAttr(String thAttr, String attribute) {
		return thAttr != null && Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(thAttr).find();
	}

}
