package org.culturetargets.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.evaluation.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English bundles hold the same keys, and every key a template uses exists. */
class MessagesTest {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' \\+");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages/messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages/messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages/messages.properties").stringPropertyNames();
		Set<String> used = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String text = Files.readString(template);
				Matcher m = KEY.matcher(text);
				while (m.find()) {
					used.add(m.group(1));
				}
				Matcher d = DYNAMIC_KEY.matcher(text);
				while (d.find()) {
					prefixes.add(d.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
		prefixes.forEach(prefix -> assertThat(keys).as("keys starting with " + prefix)
			.anyMatch(k -> k.startsWith(prefix)));
	}

	@Test
	void everyStatusHasAName() throws IOException {
		Set<String> keys = load("messages/messages.properties").stringPropertyNames();
		for (Status status : Status.values()) {
			assertThat(keys).contains("status." + status.name());
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
