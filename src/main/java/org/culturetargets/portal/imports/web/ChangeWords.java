package org.culturetargets.portal.imports.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.culturetargets.portal.imports.domain.ChangeView;
import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.web.DisplayFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An import's change log in words: each changed row's fields named in the page's language with their values as a
 * person reads them (是/否, 2025年三季度, 年报, 4.3), not the stored JSON {@code {"note": null, "value": 4.300000}};
 * the subject's period and closed-list words likewise.
 */
@Component
class ChangeWords {

	/** Where a closed list's word is in the bundles, by the field that holds it (first found wins). */
	private static final Map<String, List<String>> CHOICES = Map.of("status", List.of("value.", "registry.status."),
			"level", List.of("registry.level.", "admin.level."), "type", List.of("registry.type."), "category",
			List.of("registry.category."), "kind", List.of("admin.scopeKind.", "kind.", "task.kind."));

	private static final String MISSING = "—";

	/** The fields that hold a task's units by code: an area's or a department's, named in the reader's language. */
	private static final List<String> UNITS = List.of("lead", "responsible");

	/** How a row without a source of its own is traced ({@code StagedRows.origin} and the row's number). */
	private static final Pattern IMPORTED_ROW = Pattern.compile("import #(\\d+) .* row (\\d+)");

	/** One field of a row, named, with its value before and after (before is null for a new row). */
	record Field(String name, String before, String after) {
	}

	/** A row of the change log in words. */
	record Change(int row, String subject, boolean created, List<Field> fields) {
	}

	private final ObjectMapper json;

	private final MessageSource messages;

	private final DisplayFormat format;

	private final PlanCatalog catalog;

	private final Departments departments;

	ChangeWords(ObjectMapper json, MessageSource messages, DisplayFormat format, PlanCatalog catalog,
			Departments departments) {
		this.json = json;
		this.messages = messages;
		this.format = format;
		this.catalog = catalog;
		this.departments = departments;
	}

	List<Change> of(List<ChangeView> changes, Locale locale) {
		return changes.stream().map(change -> of(change, locale)).toList();
	}

	private Change of(ChangeView change, Locale locale) {
		JsonNode before = change.before() == null ? null : json.readTree(change.before());
		JsonNode after = change.after() == null ? null : json.readTree(change.after());
		List<Field> fields = new ArrayList<>();
		for (String name : (after != null ? after : before).propertyNames()) {
			String was = before == null ? null : value(name, before.get(name), locale);
			String is = after == null ? MISSING : value(name, after.get(name), locale);
			if (before == null || !is.equals(was)) {
				fields.add(new Field(messages.getMessage("imports.field." + name, null, name, locale), was, is));
			}
		}
		return new Change(change.row(), subject(change.subject(), locale), before == null, fields);
	}

	/** The subject's words: a period as it is read, a closed list's code in its words; codes and names as they are. */
	private String subject(String subject, Locale locale) {
		if (subject == null) {
			return "";
		}
		List<String> words = new ArrayList<>();
		for (String word : subject.split(" ")) {
			words.add(choice(word, CHOICES.values().stream().flatMap(List::stream).toList(), locale)
				.orElseGet(() -> word.matches("\\d{4}(Q[1-4])?") ? format.period(word, locale) : word));
		}
		return String.join(" ", words);
	}

	private String value(String name, JsonNode value, Locale locale) {
		if (value == null || value.isNull() || (value.isString() && value.asString().isEmpty())) {
			return MISSING;
		}
		if (value.isBoolean()) {
			return messages.getMessage(value.asBoolean() ? "imports.yes" : "imports.no", null, locale);
		}
		if (value.isNumber()) {
			return value.decimalValue().stripTrailingZeros().toPlainString();
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach(item -> items.add(value(name, item, locale)));
			return String.join(messages.getMessage("imports.listSeparator", null, locale), items);
		}
		String text = value.asString();
		if ("period".equals(name)) {
			return format.period(text, locale);
		}
		if (UNITS.contains(name)) {
			return catalog.scope(text).map(scope -> scope.name(locale))
				.or(() -> departments.department(text).map(department -> department.name(locale)))
				.orElse(text);
		}
		Matcher imported = IMPORTED_ROW.matcher(text);
		if ("source".equals(name) && imported.matches()) {
			return messages.getMessage("imports.source.row", new Object[] { imported.group(1), imported.group(2) },
					locale);
		}
		return choice(text, CHOICES.getOrDefault(name, List.of()), locale).orElse(text);
	}

	private Optional<String> choice(String code, List<String> prefixes, Locale locale) {
		return prefixes.stream()
			.map(prefix -> messages.getMessage(prefix + code, null, null, locale))
			.filter(Objects::nonNull)
			.findFirst();
	}

}
