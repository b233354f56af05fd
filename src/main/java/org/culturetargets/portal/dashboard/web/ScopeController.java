package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.evaluation.ScorecardLine;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.registry.ParkView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;
import org.culturetargets.portal.shared.web.RenderedPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A district's page (its targets, its share of the city's totals, its rank among the districts, its registries)
 * and a page for each belt, corridor, cluster and region (totals against targets, key platforms, project rates).
 */
@Controller
class ScopeController {

	/** What a district contributes to the city, in the order shown; shares are ranked but not summed. */
	static final List<String> TOTALS = List.of("above_size_revenue", "digital_enterprise_revenue",
			"above_size_enterprises", "above_size_employees", "parks_platforms", "national_parks", "key_platforms",
			"listed_enterprises", "added_value");

	/** The city whose districts the tile maps show. */
	static final String CITY = "330100";

	/** The indicator a district's page draws on the tile map of the city. */
	static final String MAPPED = "above_size_revenue";

	static final List<String> RANKED = List.of("above_size_revenue", "digital_revenue_share", "above_size_enterprises",
			"parks_platforms", "listed_enterprises", "project_start_completion_rate");

	private final PlanCatalog catalog;

	private final Figures figures;

	private final Scorecards scorecards;

	private final Registry registry;

	private final DistrictComparisons comparisons;

	private final DisplayFormat format;

	private final RenderedPages pages;

	ScopeController(PlanCatalog catalog, Figures figures, Scorecards scorecards, Registry registry,
			DistrictComparisons comparisons, DisplayFormat format, RenderedPages pages) {
		this.format = format;
		this.pages = pages;
		this.catalog = catalog;
		this.figures = figures;
		this.scorecards = scorecards;
		this.registry = registry;
		this.comparisons = comparisons;
	}

	@GetMapping("/areas")
	String index(Model model) {
		List<ScopeView> scopes = catalog.scopes();
		model.addAttribute("districts", scopes.stream()
			.filter(s -> s.kind() == ScopeKind.CITY || (s.kind() == ScopeKind.DISTRICT && "330100".equals(s.parentCode())))
			.filter(s -> s.code().startsWith("3301"))
			.toList());
		model.addAttribute("groups", scopes.stream().filter(s -> !s.isArea()).toList());
		return "dashboard/areas";
	}

	@GetMapping("/scope/{code}")
	String scope(@PathVariable String code) {
		ScopeView scope = find(code);
		return "redirect:" + (scope.isArea() ? "/areas/" : "/groups/") + code;
	}

	@GetMapping("/areas/{code}")
	String area(@PathVariable String code, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		ScopeView area = find(code);
		if (!area.isArea()) {
			return "redirect:/groups/" + code;
		}
		pages.main("dashboard/area", List.of(code), model, content -> areaContent(area, content, locale),
				area.name(locale), locale, request, response);
		return "fragments/cached";
	}

	private void areaContent(ScopeView area, Model model, Locale locale) {
		String code = area.code();
		common(area, model);
		List<ScopeView> districts = catalog.scopes()
			.stream()
			.filter(s -> s.kind() == ScopeKind.DISTRICT && "330100".equals(s.parentCode()))
			.toList();
		String city = area.kind() == ScopeKind.DISTRICT ? area.parentCode() : null;
		if (city != null) {
			model.addAttribute("city", catalog.scope(city).orElse(null));
			model.addAttribute("contributions", contributions(code, city));
			model.addAttribute("rankings", rankings(code, districts));
		}
		// where the district stands on the map of the city, by above-size revenue
		catalog.indicator(MAPPED)
			.flatMap(indicator -> comparisons.compare(indicator, area, null, locale))
			.filter(c -> c.tileMap() != null && c.hasValues())
			.ifPresent(c -> {
				model.addAttribute("comparison", c);
				model.addAttribute("mapped", catalog.indicator(MAPPED).orElseThrow());
			});
	}

	@GetMapping("/groups/{code}")
	String group(@PathVariable String code, Model model, Locale locale) {
		ScopeView group = find(code);
		if (group.isArea()) {
			return "redirect:/areas/" + code;
		}
		common(group, model);
		Map<String, List<FigureView>> totals = figures.series(TOTALS, code);
		Map<String, IndicatorView> indicators = indicators();
		model.addAttribute("totals", TOTALS.stream()
			.filter(i -> !totals.get(i).isEmpty())
			.map(i -> latest(indicators.get(i), totals.get(i)))
			.toList());
		// the city's districts by above-size revenue, those holding the group's parks and projects outlined
		catalog.scope(CITY)
			.flatMap(city -> catalog.indicator(MAPPED).flatMap(i -> comparisons.compare(i, city, null, locale)))
			.filter(c -> c.tileMap() != null && c.tileMap().groups().stream().anyMatch(g -> g.code().equals(code)))
			.ifPresent(c -> {
				model.addAttribute("comparison", c);
				model.addAttribute("mapped", catalog.indicator(MAPPED).orElseThrow());
			});
		RegistryFilter keyPlatforms = new RegistryFilter(null, code, null, null, null, null, null, null, null, null, null,
				null, null, null, null, true, null, null);
		List<ParkView> platforms = registry.parks(keyPlatforms, 0, 200).rows();
		model.addAttribute("keyPlatforms", platforms);
		IndicatorView rate = catalog.indicator("project_start_completion_rate").orElseThrow();
		List<FigureView> rates = figures.series(rate.code(), code).stream().filter(v -> v.period().isAnnual()).toList();
		model.addAttribute("projectRates", rates);
		model.addAttribute("rateIndicator", rate);
		model.addAttribute("rateTrend", Sparkline.of(rates, rate.displayScale(), format));
		return "dashboard/group";
	}

	/** The catalogue's indicators by code, read once for a page rather than once per row. */
	private Map<String, IndicatorView> indicators() {
		return catalog.indicators().stream().collect(Collectors.toMap(IndicatorView::code, i -> i));
	}

	private ScopeView find(String code) {
		return catalog.scope(code).orElseThrow(() -> new NotFoundException("scope", code));
	}

	/** Targets set on the scope in every plan, evaluated as of each plan's latest data; and the registries' counts. */
	private void common(ScopeView scope, Model model) {
		model.addAttribute("scope", scope);
		List<PlanLines> plans = new ArrayList<>();
		for (PlanView plan : catalog.plans()) {
			if (!catalog.targets(plan.code(), scope.code()).isEmpty()) {
				scorecards.scorecard(plan.code(), scope.code(), null)
					.ifPresent(sc -> plans.add(new PlanLines(plan, sc.asOf(), sc.lines())));
			}
		}
		model.addAttribute("plans", plans);
		model.addAttribute("counts", registry.counts(List.of(scope.code())).get(scope.code()));
	}

	/** The district's latest value of each total, and the city's value of the same period. */
	private List<Contribution> contributions(String district, String city) {
		Map<String, Map<String, List<FigureView>>> values = figures.series(TOTALS, List.of(district, city));
		Map<String, IndicatorView> indicators = indicators();
		List<Contribution> rows = new ArrayList<>();
		for (String code : TOTALS) {
			List<FigureView> own = values.get(district).getOrDefault(code, List.of());
			if (own.isEmpty()) {
				continue;
			}
			FigureView value = own.get(own.size() - 1);
			FigureView cityValue = values.get(city)
				.getOrDefault(code, List.of())
				.stream()
				.filter(v -> v.period().equals(value.period()))
				.findFirst()
				.orElse(null);
			BigDecimal share = cityValue == null || cityValue.value().signum() == 0 ? null
					: value.value().divide(cityValue.value(), MathContext.DECIMAL64);
			rows.add(new Contribution(indicators.get(code), value, cityValue, share));
		}
		return rows;
	}

	/** The district's rank among all districts with a value in the latest period the district has. */
	private List<Ranking> rankings(String district, List<ScopeView> districts) {
		Map<String, Map<String, List<FigureView>>> values = figures.series(RANKED,
				districts.stream().map(ScopeView::code).toList());
		Map<String, IndicatorView> indicators = indicators();
		List<Ranking> rows = new ArrayList<>();
		for (String code : RANKED) {
			List<FigureView> own = values.getOrDefault(district, Map.of()).getOrDefault(code, List.of());
			if (own.isEmpty()) {
				continue;
			}
			Period period = own.get(own.size() - 1).period();
			List<FigureView> atPeriod = values.values()
				.stream()
				.flatMap(byIndicator -> byIndicator.getOrDefault(code, List.of()).stream())
				.filter(v -> v.period().equals(period))
				.sorted(Comparator.comparing(FigureView::value).reversed())
				.toList();
			int rank = 1;
			for (FigureView v : atPeriod) {
				if (v.scopeCode().equals(district)) {
					break;
				}
				rank++;
			}
			rows.add(new Ranking(indicators.get(code), own.get(own.size() - 1), rank, atPeriod.size()));
		}
		return rows;
	}

	record PlanLines(PlanView plan, Period asOf, List<ScorecardLine> lines) {
	}

	/** The latest value of a total, and its trend over the years (a sparkline). */
	record Latest(IndicatorView indicator, FigureView value, Sparkline trend) {
	}

	private Latest latest(IndicatorView indicator, List<FigureView> series) {
		List<FigureView> annual = series.stream().filter(v -> v.period().isAnnual()).toList();
		return new Latest(indicator, series.get(series.size() - 1),
				Sparkline.of(Sparkline.sinceRestart(annual.isEmpty() ? series : annual, indicator), indicator.displayScale(),
						format));
	}

	record Contribution(IndicatorView indicator, FigureView value, FigureView cityValue, BigDecimal share) {
	}

	record Ranking(IndicatorView indicator, FigureView value, int rank, int of) {
	}

}
