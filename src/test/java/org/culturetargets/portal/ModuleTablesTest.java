package org.culturetargets.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ApplicationModules.verify()} cannot see: SQL. Each module's SQL (the string literals of its Java code
 * that read as SQL, and its migrations) names only its own schema's tables, except the reads listed and justified
 * in docs/architecture.md under "SQL across schemas"; a listed exception that no SQL needs any more fails too.
 */
class ModuleTablesTest {

	private static final Path JAVA = Path.of("src/main/java/org/culturetargets/portal");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern SQL_WORD = Pattern.compile(
			"(?i)\\b(select|insert|update|delete|from|join|refresh|references|truncate|copy|analyze|create|alter|drop)\\s");

	private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'");

	private static final Pattern SQL_COMMENT = Pattern.compile("--[^\\n]*");

	/** A row of the table in docs/architecture.md: | module | schema.table, … | why | */
	private static final Pattern ALLOWED = Pattern.compile("^\\| `([a-z]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

	@Test
	void eachModulesSqlNamesOnlyItsOwnTablesExceptWhereTheArchitectureSaysWhy() throws IOException {
		Set<String> schemas = schemas();
		Map<String, Set<String>> found = new TreeMap<>();
		int statements = 0;
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String module = JAVA.relativize(file).getName(0).toString();
				for (String sql : sqlLiterals(Files.readString(file))) {
					statements++;
					record(found, module, sql, schemas, file);
				}
			}
		}
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				String module = MIGRATIONS.relativize(file).getName(0).toString();
				statements++;
				record(found, module, SQL_COMMENT.matcher(Files.readString(file)).replaceAll(""), schemas, file);
			}
		}
		assertThat(statements).as("SQL texts read").isGreaterThan(100);

		Map<String, Set<String>> allowed = allowed();
		Map<String, Set<String>> unexplained = new TreeMap<>();
		found.forEach((reference, where) -> {
			String[] parts = reference.split(" ");
			if (!allowed.getOrDefault(parts[0], Set.of()).contains(parts[1])) {
				unexplained.put(reference, where);
			}
		});
		assertThat(unexplained).as("SQL naming another module's table, not listed in docs/architecture.md").isEmpty();

		Set<String> stale = new TreeSet<>();
		allowed.forEach((module, tables) -> tables.stream()
			.filter(table -> !found.containsKey(module + " " + table))
			.forEach(table -> stale.add(module + " " + table)));
		assertThat(stale).as("listed in docs/architecture.md, but no SQL of the module names it").isEmpty();
	}

	@Test
	void sqlIsFoundInTextBlocksAndStringsButMessageKeysAndQuotedTextAreNot() {
		String source = "String a = \"\"\"\n select 'registry.invalid.x' from registry.park\n\"\"\";\n"
				+ "String b = \"delete from plans.scope where code = ?\"; String c = \"registry.invalid.name\";";
		assertThat(sqlLiterals(source)).containsExactly("\n select 'registry.invalid.x' from registry.park\n",
				"delete from plans.scope where code = ?");
		Map<String, Set<String>> found = new TreeMap<>();
		sqlLiterals(source).forEach(sql -> record(found, "imports", sql, Set.of("plans", "registry"), Path.of("A.java")));
		assertThat(found).containsOnlyKeys("imports registry.park", "imports plans.scope");
	}

	/** The string literals of a Java source that read as SQL: text blocks and strings with an SQL word. */
	static Set<String> sqlLiterals(String source) {
		Set<String> literals = new TreeSet<>();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		while (blocks.find()) {
			literals.add(blocks.group(1));
		}
		Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
		while (strings.find()) {
			literals.add(strings.group(1));
		}
		literals.removeIf(literal -> !SQL_WORD.matcher(literal + " ").find());
		return literals;
	}

	private static void record(Map<String, Set<String>> found, String module, String sql, Set<String> schemas,
			Path file) {
		Matcher names = Pattern.compile("\\b(" + String.join("|", schemas) + ")\\.([a-z_]+)\\b")
			.matcher(QUOTED.matcher(sql).replaceAll("''"));
		while (names.find()) {
			if (!names.group(1).equals(module)) {
				found.computeIfAbsent(module + " " + names.group(), key -> new TreeSet<>()).add(file.toString());
			}
		}
	}

	/** A schema a module owns: one folder of migrations each. */
	private static Set<String> schemas() throws IOException {
		try (Stream<Path> folders = Files.list(MIGRATIONS)) {
			Set<String> schemas = new TreeSet<>();
			folders.filter(Files::isDirectory).forEach(folder -> schemas.add(folder.getFileName().toString()));
			assertThat(schemas).contains("plans", "registry", "imports");
			return schemas;
		}
	}

	private static Map<String, Set<String>> allowed() {
		String architecture;
		try {
			architecture = Files.readString(Path.of("docs/architecture.md"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String section = architecture.substring(architecture.indexOf("### SQL across schemas"));
		section = section.substring(0, section.indexOf("\n#", 1) < 0 ? section.length() : section.indexOf("\n#", 1));
		Map<String, Set<String>> allowed = new TreeMap<>();
		Matcher rows = ALLOWED.matcher(section);
		while (rows.find()) {
			for (String table : rows.group(2).split(",")) {
				allowed.computeIfAbsent(rows.group(1), key -> new TreeSet<>()).add(table.strip().replace("`", ""));
			}
		}
		return allowed;
	}

}
