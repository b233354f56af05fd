package org.culturetargets.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.evaluation.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's Chinese and English bundles hold the same keys, no key is defined in two bundles, and every key a
 * template uses exists.
 */
class MessagesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' \\+");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			assertThat(load("messages/" + bundle + "_en.properties").stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(load("messages/" + bundle + ".properties").stringPropertyNames());
		}
	}

	@Test
	void everyBundleIsConfiguredAndNoKeyIsDefinedTwice() throws IOException {
		Properties settings = new Properties();
		settings.load(Files.newBufferedReader(Path.of("src/main/resources/application.properties")));
		Set<String> configured = Set.of(settings.getProperty("spring.messages.basename").split(","));
		Set<String> seen = new HashSet<>();
		for (String bundle : bundles()) {
			assertThat(configured).contains("messages/" + bundle);
			for (String key : load("messages/" + bundle + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("key %s defined again in %s", key, bundle).isTrue();
			}
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = allKeys();
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
		Set<String> keys = allKeys();
		for (Status status : Status.values()) {
			assertThat(keys).contains("status." + status.name());
		}
	}

	/** The bundles' base names: {@code messages}, {@code registry}, … */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load("messages/" + bundle + ".properties").stringPropertyNames());
		}
		return keys;
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
