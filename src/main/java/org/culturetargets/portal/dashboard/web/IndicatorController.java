package org.culturetargets.portal.dashboard.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.ObjectMapper;

import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.evaluation.TargetEvaluation;
import org.culturetargets.portal.evaluation.TargetProgress;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.FiveYearPlanPeriod;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.Sheet;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An indicator's values for a scope with their sources, the targets set on it, a chart of both with each target's
 * path and projection, and the districts compared (ranking, bars, tile map); the values download as CSV or Excel.
 */
@Controller
class IndicatorController {

	private final PlanCatalog catalog;

	private final Figures figures;

	private final Scorecards scorecards;

	private final DistrictComparisons comparisons;

	private final DisplayFormat format;

	private final MessageSource messages;

	private final ObjectMapper json;

	IndicatorController(PlanCatalog catalog, Figures figures, Scorecards scorecards, DistrictComparisons comparisons,
			DisplayFormat format, MessageSource messages, ObjectMapper json) {
		this.catalog = catalog;
		this.figures = figures;
		this.scorecards = scorecards;
		this.comparisons = comparisons;
		this.format = format;
		this.messages = messages;
		this.json = json;
	}

	/** Every indicator with its latest value in the city and how each plan's city target on it stands. */
	@GetMapping("/indicators")
	String indicators(Model model) {
		List<IndicatorView> indicators = catalog.indicators();
		Map<String, List<FigureView>> series = figures.series(indicators.stream().map(IndicatorView::code).toList(),
				ScopeController.CITY);
		Map<String, List<IndicatorRow.PlanStatus>> statuses = new HashMap<>();
		for (PlanView plan : catalog.plans()) {
			scorecards.scorecard(plan.code(), ScopeController.CITY, null)
				.ifPresent(scorecard -> scorecard.lines()
					.forEach(line -> statuses.computeIfAbsent(line.indicator().code(), code -> new ArrayList<>())
						.add(new IndicatorRow.PlanStatus(plan, line.evaluation().status()))));
		}
		model.addAttribute("rows", indicators.stream()
			.map(indicator -> new IndicatorRow(indicator,
					series.getOrDefault(indicator.code(), List.of()).stream()
						.filter(f -> !f.superseded())
						.max(Comparator.comparing(FigureView::period))
						.orElse(null),
					statuses.getOrDefault(indicator.code(), List.of())))
			.toList());
		model.addAttribute("city", scope(ScopeController.CITY));
		return "dashboard/indicators";
	}

	/** An indicator in a scope; without one, in the city. */
	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam(defaultValue = ScopeController.CITY) String scope,
			@RequestParam(required = false) Period period, Model model, Locale locale) {
		IndicatorView indicator = indicator(code);
		ScopeView area = scope(scope);
		List<TargetProgress> targets = scorecards.targetsOn(code, scope);
		List<FigureView> history = figures.history(code, scope);
		model.addAttribute("indicator", indicator);
		model.addAttribute("scope", area);
		model.addAttribute("targets", targets);
		Map<Boolean, List<FigureView>> computed = history.stream()
			.collect(Collectors.partitioningBy(f -> f.computed() || f.derived()));
		model.addAttribute("stored", computed.get(false));
		model.addAttribute("derived", computed.get(true));
		Map<String, Object> chart = chart(indicator, history.stream().filter(f -> !f.superseded()).toList(), targets,
				locale);
		model.addAttribute("chart", json.writeValueAsString(chart));
		model.addAttribute("chartWindow", chart.get("window"));
		model.addAttribute("comparison", comparisons.compare(indicator, area, period, locale).orElse(null));
		return "dashboard/indicator";
	}

	/**
	 * Every value of the indicator in the scope, superseded ones included, with its source: {@code csv} or {@code xlsx}.
	 * The last column marks demo data (demo reports' values, sums of the synthetic registry): never a real figure.
	 */
	@GetMapping("/indicators/{code}/values.{format}")
	void values(@PathVariable String code, @RequestParam(defaultValue = ScopeController.CITY) String scope, @PathVariable String format, Locale locale,
			HttpServletResponse response) throws IOException {
		IndicatorView indicator = indicator(code);
		scope(scope);
		List<String> header = List.of("indicator", "scope", "period", "value", "unit", "status", "superseded", "note",
				"source", "synthetic")
			.stream()
			.map(column -> messages.getMessage("values.col." + column, null, locale))
			.toList();
		String unit = this.format.unit(indicator.unit(), locale);
		// a reader's file, not an import template: periods as the page writes them (2026年1—9月（累计）)
		boolean flow = indicator.nature() == Nature.FLOW;
		List<List<Object>> rows = new ArrayList<>();
		for (FigureView f : figures.history(code, scope)) {
			String status = f.computed() ? messages.getMessage("indicator.derived", null, locale)
					: messages.getMessage(statusKey(f), null, locale);
			rows.add(Arrays.asList(code, scope, this.format.period(f.period(), flow, locale), f.value(), unit, status,
					messages.getMessage(f.superseded() ? "export.yes" : "export.no", null, locale), f.note(),
					f.citation(locale), messages.getMessage(f.synthetic() ? "export.yes" : "export.no", null, locale)));
		}
		Sheet.of(code, header, rows).download(code + "-" + scope, format, response);
	}

	/** 年报 and 快报 of a year; a quarter's approved figure is 季报（已审核）, not 年报. */
	static String statusKey(FigureView figure) {
		return (figure.period().isAnnual() ? "value." : "value.quarter.") + figure.status();
	}

	private IndicatorView indicator(String code) {
		return catalog.indicator(code).orElseThrow(() -> new NotFoundException("indicator", code));
	}

	private ScopeView scope(String scope) {
		return catalog.scope(scope).orElseThrow(() -> new NotFoundException("scope", scope));
	}

	/**
	 * The years the chart opens on: the plan period of the nearest target still ahead of the latest value (else of
	 * the latest target), from its baseline year, so that a 2035 outlook does not squeeze the plan's own years;
	 * empty without targets.
	 */
	static Optional<List<String>> planPeriod(List<FigureView> series, List<TargetProgress> targets) {
		int latest = series.stream().filter(f -> f.period().isAnnual()).mapToInt(f -> f.period().year()).max().orElse(0);
		List<TargetView> drawn = targets.stream().filter(p -> !p.path().isEmpty()).map(TargetProgress::target).toList();
		Comparator<TargetView> nearest = Comparator.comparingInt(TargetView::targetYear);
		return drawn.stream()
			.filter(t -> t.targetYear() >= latest)
			.min(nearest.thenComparingInt(TargetView::baselineYear))
			.or(() -> drawn.stream().max(nearest))
			.map(t -> List.of(String.valueOf(t.baselineYear()), String.valueOf(t.targetYear())));
	}

	/**
	 * Data for {@code static/js/indicator-chart.js}: the annual values (provisional ones flagged), each level
	 * target's path from baseline to target year by year, and where the current growth leads by the target year.
	 */
	private Map<String, Object> chart(IndicatorView indicator, List<FigureView> series, List<TargetProgress> targets,
			Locale locale) {
		List<List<Object>> values = series.stream()
			.filter(f -> f.period().isAnnual())
			.map(f -> List.<Object>of(String.valueOf(f.period().year()), f.value(), f.provisional()))
			.toList();
		List<Map<String, Object>> paths = new ArrayList<>();
		List<Map<String, Object>> projections = new ArrayList<>();
		for (TargetProgress progress : targets) {
			TargetView t = progress.target();
			if (progress.path().isEmpty()) {
				continue;
			}
			// short, for a legend under the chart: the plan's title is on the page, in the targets' table
			String name = messages.getMessage("chart.target", new Object[] { t.comparator().sign(),
					format.number(t.targetValue(), indicator.displayScale()), String.valueOf(t.targetYear()) }, locale);
			List<List<Object>> points = progress.path()
				.stream()
				.map(expected -> List.<Object>of(String.valueOf(expected.year()), expected.value()))
				.toList();
			paths.add(Map.of("name", messages.getMessage("chart.path", new Object[] { name }, locale), "points", points));
			TargetEvaluation e = progress.evaluation();
			if (e.projected() != null && e.actualPeriod() != null
					&& e.actualPeriod().year() < t.targetYear()) {
				projections.add(Map.of("name", messages.getMessage("chart.projection", new Object[] { name }, locale),
						"points", List.of(List.of(String.valueOf(e.actualPeriod().year()), e.actual()),
								List.of(String.valueOf(t.targetYear()), e.projected()))));
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("unit", format.unit(indicator.unit(), locale));
		chart.put("finalLabel", messages.getMessage("chart.final", null, locale));
		chart.put("provisionalLabel", messages.getMessage("chart.provisional", null, locale));
		chart.put("values", values);
		chart.put("paths", paths);
		chart.put("projections", projections);
		// a count within a plan period restarts with each period: its line breaks where a new period begins
		chart.put("restarts", indicator.cumulativeWithinPlanPeriod()
				? series.stream().filter(f -> f.period().isAnnual()).map(f -> f.period().year())
					.filter(year -> FiveYearPlanPeriod.of(year).firstYear() == year).distinct().sorted()
					.map(String::valueOf).toList()
				: List.of());
		chart.put("restartLabel", messages.getMessage("chart.restart", null, locale));
		chart.put("scale", indicator.displayScale());
		chart.put("saveLabel", messages.getMessage("chart.save", null, locale));
		chart.put("fileName", indicator.name(locale));
		planPeriod(series, targets).ifPresent(years -> chart.put("window", years));
		return chart;
	}

}
