package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.stereotype.Component;

/** Compares an indicator across the districts of a city: the ranking, the bar chart's data and the tile map. */
@Component
class DistrictComparisons {

	private final PlanCatalog catalog;

	private final Figures figures;

	private final Scorecards scorecards;

	private final DisplayFormat format;

	private final ObjectMapper json;

	private final Registry registry;

	DistrictComparisons(PlanCatalog catalog, Figures figures, Scorecards scorecards, DisplayFormat format,
			ObjectMapper json, Registry registry) {
		this.registry = registry;
		this.catalog = catalog;
		this.figures = figures;
		this.scorecards = scorecards;
		this.format = format;
		this.json = json;
	}

	/**
	 * The districts of {@code scope} (a city) or of its city (a district, which is marked), in {@code period} (the
	 * latest year with a district value when null). Empty for a scope with no districts, such as a belt.
	 */
	Optional<DistrictComparison> compare(IndicatorView indicator, ScopeView scope, Period period, Locale locale) {
		String city = switch (scope.kind()) {
			case CITY -> scope.code();
			case DISTRICT -> scope.parentCode();
			default -> null;
		};
		List<ScopeView> scopes = catalog.scopes();
		List<ScopeView> districts = scopes.stream()
			.filter(s -> s.kind() == ScopeKind.DISTRICT && Objects.equals(city, s.parentCode()))
			.sorted(Comparator.comparingInt(ScopeView::sortOrder))
			.toList();
		if (districts.isEmpty()) {
			return Optional.empty();
		}
		List<String> codes = districts.stream().map(ScopeView::code).toList();
		Map<String, List<FigureView>> series = figures.seriesByScope(indicator.code(), codes);
		Period shown = period != null ? period : latest(series);
		Map<String, Status> statuses = statuses(indicator.code(), Set.copyOf(codes));
		int scale = indicator.displayScale();

		List<DistrictComparison.Row> rows = new ArrayList<>();
		for (ScopeView district : districts) {
			Optional<FigureView> value = series.getOrDefault(district.code(), List.of())
				.stream()
				.filter(f -> f.period().equals(shown))
				.findFirst();
			rows.add(new DistrictComparison.Row(district.code(), district.name(locale),
					value.map(FigureView::value).orElse(null), format.number(value.map(FigureView::value).orElse(null), scale),
					null, value.map(FigureView::provisional).orElse(false), statuses.get(district.code()),
					value.map(f -> f.citation(locale)).orElse(null), district.code().equals(scope.code())));
		}
		List<DistrictComparison.Row> ranked = ranked(rows, indicator.direction());
		String unit = format.unit(indicator.unit(), locale);
		Map<String, String> groupNames = scopes.stream()
			.filter(s -> !s.isArea())
			.collect(Collectors.toMap(ScopeView::code, s -> s.name(locale)));
		// the belts, corridors and clusters show where the registry holds their parks and projects
		TileMap tileMap = TileLayout.of(city)
			.map(layout -> layout.withGroups(registry.districtsHoldingGroups()))
			.map(layout -> TileMap.of(layout, ranked, groupNames,
					district -> "/indicators/" + indicator.code() + "?scope=" + district, scale, format))
			.orElse(null);
		Map.Entry<Period, Long> best = bestCovered(series);
		return Optional.of(new DistrictComparison(shown, unit, scale, ranked, chart(ranked, unit, shown), tileMap,
				best == null ? null : best.getKey(), best == null ? 0 : best.getValue().intValue()));
	}

	/** The latest year in which any district has a value; the latest quarter when there is no annual value. */
	private static Period latest(Map<String, List<FigureView>> series) {
		List<Period> periods = series.values().stream().flatMap(List::stream).map(FigureView::period).toList();
		return periods.stream().filter(Period::isAnnual).max(Comparator.naturalOrder())
			.or(() -> periods.stream().max(Comparator.naturalOrder()))
			.orElse(null);
	}

	/**
	 * The period in which the most districts have a value, with their number: years before quarters, the latest of
	 * equally covered periods. Null without any value.
	 */
	private static Map.Entry<Period, Long> bestCovered(Map<String, List<FigureView>> series) {
		Map<Period, Long> districts = series.values()
			.stream()
			.flatMap(values -> values.stream().map(FigureView::period).distinct())
			.collect(Collectors.groupingBy(period -> period, Collectors.counting()));
		Comparator<Map.Entry<Period, Long>> coverage = Map.Entry.comparingByValue();
		return districts.entrySet()
			.stream()
			.max(coverage.thenComparing(entry -> entry.getKey().isAnnual())
				.thenComparing(Map.Entry.comparingByKey()))
			.orElse(null);
	}

	/** Best first (largest, or smallest when lower is better), equal values sharing a rank; districts without a value last. */
	private static List<DistrictComparison.Row> ranked(List<DistrictComparison.Row> rows, Direction direction) {
		Comparator<BigDecimal> better = direction == Direction.LOWER ? Comparator.naturalOrder() : Comparator.reverseOrder();
		List<DistrictComparison.Row> withValue = rows.stream()
			.filter(r -> r.value() != null)
			.sorted(Comparator.comparing(DistrictComparison.Row::value, better))
			.toList();
		List<DistrictComparison.Row> result = new ArrayList<>();
		for (int i = 0; i < withValue.size(); i++) {
			DistrictComparison.Row r = withValue.get(i);
			int rank = i > 0 && withValue.get(i - 1).value().compareTo(r.value()) == 0 ? result.get(i - 1).rank() : i + 1;
			result.add(new DistrictComparison.Row(r.code(), r.name(), r.value(), r.display(), rank, r.provisional(),
					r.status(), r.source(), r.current()));
		}
		rows.stream().filter(r -> r.value() == null).forEach(result::add);
		return result;
	}

	/** Each district's own target on the indicator, evaluated as of its latest value (first plan's target wins). */
	private Map<String, Status> statuses(String indicatorCode, Set<String> districtCodes) {
		Map<String, Status> statuses = new HashMap<>();
		for (PlanView plan : catalog.plans()) {
			for (TargetView target : catalog.targets(plan.code(), null)) {
				if (target.indicatorCode().equals(indicatorCode) && districtCodes.contains(target.scopeCode())
						&& !statuses.containsKey(target.scopeCode())) {
					scorecards.scorecard(plan.code(), target.scopeCode(), null)
						.flatMap(sc -> sc.lines().stream().filter(l -> l.target().id() == target.id()).findFirst())
						.ifPresent(line -> statuses.put(target.scopeCode(), line.evaluation().status()));
				}
			}
		}
		return statuses;
	}

	/** The bar chart's data, read by {@code static/js/district-comparison.js}. */
	private String chart(List<DistrictComparison.Row> rows, String unit, Period period) {
		List<Map<String, Object>> bars = rows.stream().filter(r -> r.value() != null).map(r -> {
			Map<String, Object> bar = new LinkedHashMap<>();
			bar.put("code", r.code());
			bar.put("name", r.name());
			bar.put("value", r.value());
			bar.put("display", r.display());
			bar.put("current", r.current());
			return bar;
		}).toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("unit", unit);
		chart.put("period", period == null ? null : period.toString());
		chart.put("bars", bars);
		return json.writeValueAsString(chart);
	}

}
