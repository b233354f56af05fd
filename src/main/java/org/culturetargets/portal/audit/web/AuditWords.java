package org.culturetargets.portal.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.culturetargets.portal.audit.domain.AuditEntry;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log in words. Each module records its changes as text in its own terms ({@code enterprise 9133…},
 * {@code report 330106/2026Q3 r1}, {@code above_size=true; park_id=123}, {@code SUBMITTED r1 v3 | added_value=12},
 * {@code new 3, changed 0, unchanged 0}); the page and the download read them into the reader's language: fields
 * named, yes and no, periods as 2026年三季度, closed lists by their names, indicators and areas by theirs. What does
 * not read as one of these stays as it was written (names, reasons).
 */
@Component
class AuditWords {

	private static final String MISSING = "—";

	private static final Pattern REPORT = Pattern.compile("report (\\d{6})/(\\d{4}(?:Q[1-4])?)(?: r(\\d+))?");

	private static final Pattern IMPORT = Pattern.compile("import #(\\d+) (\\S+) (.*)");

	private static final Pattern SUBJECT = Pattern.compile("(enterprise|park|project|plan|indicator|target|account|"
			+ "validation rule) (.*)");

	private static final Pattern REPORT_STATE = Pattern
		.compile("([A-Z]+) r(\\d+) v\\d+(?: \\| (.*?))?(?: \\| (.*))?", Pattern.DOTALL);

	private static final Pattern IMPORT_COUNTS = Pattern.compile("new (\\d+), changed (\\d+), unchanged (\\d+)");

	/** A record's text ({@code IndicatorCmd[code=x, name=y]}): its fields. */
	private static final Pattern RECORD = Pattern.compile("(?:(\\S+) )?[A-Z][A-Za-z]*\\[(.*)\\](.*)", Pattern.DOTALL);

	/** A field as the modules write it: a name of letters, digits and underscores, then {@code =}. */
	private static final Pattern FIELD = Pattern.compile("(?:^|[;,] ?|\\s)([A-Za-z][A-Za-z0-9_]*)=");

	private static final Pattern PERIOD = Pattern.compile("\\d{4}(?:Q[1-4])?");

	/** Where a closed list's code is named in the bundles (the first that names it). */
	private static final List<String> CHOICES = List.of("report.status.", "value.", "registry.status.",
			"registry.level.", "registry.type.", "registry.category.", "admin.level.", "admin.scopeKind.", "kind.",
			"admin.role.");

	private final MessageSource messages;

	private final DisplayFormat format;

	private final PlanCatalog catalog;

	AuditWords(MessageSource messages, DisplayFormat format, PlanCatalog catalog) {
		this.messages = messages;
		this.format = format;
		this.catalog = catalog;
	}

	/**
	 * The codes of the areas, groups and indicators whose name (in either language) contains what a person typed into
	 * the subject filter: the stored subjects name them by code ({@code report 330106/2026Q3 r1}).
	 */
	List<String> codesNamed(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		String words = typed.strip().toLowerCase(Locale.ROOT);
		List<String> codes = new ArrayList<>();
		catalog.scopes().stream().filter(scope -> names(words, scope.nameZh(), scope.nameEn()))
			.forEach(scope -> codes.add(scope.code()));
		catalog.indicators().stream().filter(indicator -> names(words, indicator.nameZh(), indicator.nameEn()))
			.forEach(indicator -> codes.add(indicator.code()));
		return codes;
	}

	private static boolean names(String words, String... names) {
		return Stream.of(names).anyMatch(name -> name != null && name.toLowerCase(Locale.ROOT).contains(words));
	}

	/** The entry as its reader reads it: subject and values in words, the reason as it was given. */
	AuditEntry of(AuditEntry entry, Locale locale) {
		return new AuditEntry(entry.id(), entry.actor(), entry.occurredAt(), subject(entry.subject(), locale),
				entry.action(), value(entry.oldValue(), locale), value(entry.newValue(), locale), entry.reason());
	}

	String subject(String subject, Locale locale) {
		if (subject == null) {
			return "";
		}
		Matcher report = REPORT.matcher(subject);
		if (report.matches()) {
			return report(report.group(1), report.group(2), report.group(3), locale);
		}
		Matcher imported = IMPORT.matcher(subject);
		if (imported.matches()) {
			return text("audit.subject.import", locale, imported.group(1),
					messages.getMessage("imports.kind." + imported.group(2), null, imported.group(2), locale),
					imported.group(3));
		}
		Matcher known = SUBJECT.matcher(subject);
		if (known.matches()) {
			return text("audit.subject." + known.group(1).replace(' ', '_'), locale, periods(known.group(2), locale));
		}
		return periods(subject, locale);
	}

	String value(String value, Locale locale) {
		if (value == null) {
			return null;
		}
		Matcher counts = IMPORT_COUNTS.matcher(value);
		if (counts.matches()) {
			return text("audit.importCounts", locale, counts.group(1), counts.group(2), counts.group(3));
		}
		Matcher report = REPORT_STATE.matcher(value);
		if (report.matches() && choice(report.group(1), locale).isPresent()) {
			List<String> parts = new ArrayList<>();
			parts.add(text("audit.reportState", locale, choice(report.group(1), locale).get(), report.group(2)));
			if (report.group(3) != null && !report.group(3).isBlank()) {
				parts.add(fields(report.group(3), locale));
			}
			if (report.group(4) != null) {
				parts.add(report.group(4));
			}
			return String.join(separator(locale), parts);
		}
		Matcher record = RECORD.matcher(value);
		if (record.matches() && FIELD.matcher(record.group(2)).find()) {
			String before = record.group(1) == null ? "" : record.group(1) + " ";
			return before + fields(record.group(2), locale) + fields(record.group(3), locale);
		}
		return fields(value, locale);
	}

	/** {@code a=1; b=x} or {@code a=1, b=x}: each field named, each value in words; text without fields as it is. */
	private String fields(String text, Locale locale) {
		Matcher field = FIELD.matcher(text);
		List<int[]> starts = new ArrayList<>();
		while (field.find()) {
			starts.add(new int[] { field.start(), field.start(1), field.end() });
		}
		if (starts.isEmpty()) {
			return text;
		}
		StringBuilder words = new StringBuilder(text.substring(0, starts.get(0)[0]));
		for (int i = 0; i < starts.size(); i++) {
			int[] at = starts.get(i);
			String name = text.substring(at[1], at[2] - 1);
			int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
			String value = text.substring(at[2], end).strip();
			if (i > 0) {
				words.append(messages.getMessage("audit.fieldSeparator", null, locale));
			}
			words.append(text("audit.field", locale, fieldName(name, locale), fieldValue(name, value, locale)));
		}
		return words.toString();
	}

	private String fieldName(String name, Locale locale) {
		String known = messages.getMessage("audit.field." + name, null, null, locale);
		if (known != null) {
			return known;
		}
		return catalog.indicator(name).map(indicator -> indicator.name(locale)).orElse(name);
	}

	private String fieldValue(String name, String value, Locale locale) {
		if (value.isEmpty() || value.equals("null")) {
			return MISSING;
		}
		if (value.equals("true") || value.equals("false")) {
			return messages.getMessage("audit.value." + value, null, locale);
		}
		if (PERIOD.matcher(value).matches() && name.toLowerCase(Locale.ROOT).contains("period")) {
			return format.period(value, locale);
		}
		if (name.equals("area") || name.equals("areaCode") || name.equals("scope")) {
			return catalog.scope(value).map(scope -> scope.name(locale)).orElse(value);
		}
		Optional<IndicatorView> indicator = catalog.indicator(name);
		if (indicator.isPresent()) {
			return value;
		}
		return choice(value, locale).orElse(value);
	}

	private String report(String area, String period, String revision, Locale locale) {
		String areaName = catalog.scope(area).map(scope -> scope.name(locale)).orElse(area);
		String periodWords = format.period(period, locale);
		return revision == null ? text("report.named", locale, areaName, periodWords)
				: text("report.heading", locale, areaName, periodWords, revision);
	}

	/** Period codes within free text ({@code … figures 2025Q3}) as words. */
	private String periods(String text, Locale locale) {
		List<String> words = new ArrayList<>();
		for (String word : text.split(" ", -1)) {
			words.add(PERIOD.matcher(word).matches() && word.contains("Q") ? format.period(word, locale) : word);
		}
		return String.join(" ", words);
	}

	private Optional<String> choice(String code, Locale locale) {
		if (!code.matches("[A-Z][A-Z_]+")) {
			return Optional.empty();
		}
		return CHOICES.stream()
			.map(prefix -> messages.getMessage(prefix + code, null, null, locale))
			.filter(Objects::nonNull)
			.findFirst();
	}

	private String separator(Locale locale) {
		return messages.getMessage("audit.partSeparator", null, locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
