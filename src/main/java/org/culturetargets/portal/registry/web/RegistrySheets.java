package org.culturetargets.portal.registry.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.registry.EnterpriseView;
import org.culturetargets.portal.registry.ParkView;
import org.culturetargets.portal.registry.ProjectView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.shared.web.Sheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registry lists as sheets to download: every row the filter matches, read in one query and written as it is
 * read. Enterprises have the columns of the import template (SPEC §9) first, in its order, so a download can go
 * back in; then what a reader wants besides (area and class names, the quarter's figures). Headers and flags are
 * in the reader's language (是/否, or Y/N).
 */
@Component
class RegistrySheets {

	private static final List<String> ENTERPRISE_COLUMNS = List.of("credit_code", "name", "area", "industry_class",
			"above_size", "digital", "listed", "stock_code", "leading", "headquarters", "export_key", "park", "area_name",
			"class_name", "period", "revenue", "employees", "synthetic");

	private static final List<String> PARK_COLUMNS = List.of("name", "name_en", "area", "area_name", "level", "type",
			"key_platform", "recognised_year", "groups", "enterprises", "source", "synthetic");

	private static final List<String> PROJECT_COLUMNS = List.of("name", "area", "area_name", "category", "status",
			"planned_start", "started_on", "completed_on", "planned_investment", "completed_investment", "groups",
			"synthetic");

	private final Registry registry;

	private final PlanCatalog catalog;

	private final MessageSource messages;

	RegistrySheets(Registry registry, PlanCatalog catalog, MessageSource messages) {
		this.registry = registry;
		this.catalog = catalog;
		this.messages = messages;
	}

	Sheet enterprises(RegistryFilter filter, Locale locale) {
		boolean en = english(locale);
		return new Sheet("enterprises", header(ENTERPRISE_COLUMNS, locale),
				row -> registry.eachEnterprise(filter, e -> row.accept(Arrays.asList(e.creditCode(), e.name(), e.areaCode(),
						e.industryClass(), flag(e.aboveSize(), locale), flag(e.digital(), locale), flag(e.listed(), locale),
						e.stockCode(), flag(e.leading(), locale), flag(e.headquarters(), locale), flag(e.exportKey(), locale),
						e.parkName(), en ? e.areaNameEn() : e.areaNameZh(), en ? e.classNameEn() : e.classNameZh(),
						// the quarter's code (2025Q3): with the credit code, revenue and employees the sheet goes back in
						// as enterprise figures (docs/imports.md), which reads the code in either language
						e.period(), e.revenue(), e.employees(), flag(e.synthetic(), locale)))));
	}

	Sheet parks(RegistryFilter filter, Locale locale) {
		boolean en = english(locale);
		Map<String, ScopeView> groups = groups();
		return new Sheet("parks", header(PARK_COLUMNS, locale),
				row -> registry.eachPark(filter, p -> row.accept(Arrays.asList(p.nameZh(), p.nameEn(), p.areaCode(),
						en ? p.areaNameEn() : p.areaNameZh(), p.level() == null ? null : label(p.level().messageKey(), locale),
						label(p.type().messageKey(), locale), flag(p.keyPlatform(), locale), p.recognisedYear(),
						groupNames(p.groups(), groups, locale), p.enterprises(),
						p.synthetic() ? label("registry.source.synthetic", locale) : p.source(), flag(p.synthetic(), locale)))));
	}

	Sheet projects(RegistryFilter filter, Locale locale) {
		boolean en = english(locale);
		Map<String, ScopeView> groups = groups();
		return new Sheet("projects", header(PROJECT_COLUMNS, locale),
				row -> registry.eachProject(filter, j -> row.accept(Arrays.asList(j.name(), j.areaCode(),
						en ? j.areaNameEn() : j.areaNameZh(), label(j.category().messageKey(), locale),
						label(j.status().messageKey(), locale), j.plannedStart(), j.startedOn(), j.completedOn(),
						j.plannedInvestment(), j.completedInvestment(), groupNames(j.groups(), groups, locale),
						flag(j.synthetic(), locale)))));
	}

	private List<String> header(List<String> columns, Locale locale) {
		return columns.stream().map(c -> messages.getMessage("registry.export.col." + c, null, locale)).toList();
	}

	private String flag(boolean value, Locale locale) {
		return messages.getMessage(value ? "registry.export.yes" : "registry.export.no", null, locale);
	}

	private String label(String messageKey, Locale locale) {
		return messages.getMessage(messageKey, null, locale);
	}

	private Map<String, ScopeView> groups() {
		return catalog.scopes().stream().collect(Collectors.toMap(ScopeView::code, Function.identity()));
	}

	private String groupNames(List<String> codes, Map<String, ScopeView> groups, Locale locale) {
		return codes.stream()
			.map(code -> groups.containsKey(code) ? groups.get(code).name(locale) : code)
			.collect(Collectors.joining(messages.getMessage("registry.separator", null, locale)));
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
