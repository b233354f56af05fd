package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.reporting.ValueFinding;
import org.culturetargets.portal.reporting.ValueRules;
import org.culturetargets.portal.reporting.ValueToCheck;
import org.culturetargets.portal.shared.Period;

import org.springframework.stereotype.Service;

/**
 * The report rules ({@link QualityRules}) on values that come another way, an import's rows: each value is compared
 * with the figures as they would stand after the import, the given values in place of the stored ones. A value of a
 * district is compared with the other districts; a city's or a group's only with itself and its parts. A ratio's
 * parts are taken from the given values or, where these lack one, from the stored figures of the same area and
 * period, so that a new whole is checked against the part already there. Not {@code @Transactional}: it reads in
 * the caller's transaction, which may have written.
 */
@Service
class ValueRuleChecks implements ValueRules {

	private static final Set<String> RATIO_RULES = Set.of(RuleSetting.RATIO_PARTS, RuleSetting.RATIO_DERIVED);

	private final RuleRepository rules;

	private final PlanCatalog catalog;

	private final Figures figures;

	ValueRuleChecks(RuleRepository rules, PlanCatalog catalog, Figures figures) {
		this.rules = rules;
		this.catalog = catalog;
		this.figures = figures;
	}

	/**
	 * Every value the rules may compare with, by indicator, period and area: a value's comparisons (the districts of
	 * its quarter, its own quarters before) are lookups by plain codes in small maps, not by a key record per lookup
	 * in one map of every value, which cost a 50,000-row file most of its dry run (bench/value-rules.sh).
	 */
	private static final class Standing {

		private final Map<String, Map<Period, Map<String, BigDecimal>>> byIndicator = new HashMap<>();

		void put(String area, String code, Period period, BigDecimal value) {
			byIndicator.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(period, p -> new HashMap<>())
				.put(area, value);
		}

		void putIfAbsent(String area, String code, Period period, BigDecimal value) {
			byIndicator.computeIfAbsent(code, c -> new HashMap<>()).computeIfAbsent(period, p -> new HashMap<>())
				.putIfAbsent(area, value);
		}

		BigDecimal get(String area, String code, Period period) {
			return inPeriod(code, period).get(area);
		}

		/** The areas' values of an indicator in a period. */
		Map<String, BigDecimal> inPeriod(String code, Period period) {
			return byIndicator.getOrDefault(code, Map.of()).getOrDefault(period, Map.of());
		}

	}

	/** The values of one area and period, which the ratio rules compare with each other. */
	private record Group(String area, Period period) {
	}

	@Override
	public List<ValueFinding> check(List<ValueToCheck> values) {
		List<RuleSetting> enabled = rules.all().stream().filter(RuleSetting::enabled).toList();
		Map<String, IndicatorView> indicators = catalog.indicators().stream()
			.collect(Collectors.toMap(IndicatorView::code, i -> i));
		Map<String, ScopeView> scopes = catalog.scopes().stream().collect(Collectors.toMap(ScopeView::code, s -> s));
		List<ValueToCheck> known = values.stream()
			.filter(v -> v.value() != null && indicators.containsKey(v.indicatorCode()) && scopes.containsKey(v.areaCode()))
			.toList();
		if (enabled.isEmpty() || known.isEmpty()) {
			return List.of();
		}
		List<IndicatorView> ratios = ratiosOf(known, indicators);
		List<String> districts = scopes.values().stream().filter(s -> s.kind() == ScopeKind.DISTRICT)
			.map(ScopeView::code).toList();
		Standing standing = standing(known, ratios, districts);
		Map<Group, Map<String, ValueToCheck>> groups = new LinkedHashMap<>();
		List<ValueToCheck> superseded = new ArrayList<>();
		known.forEach(v -> {
			ValueToCheck earlier = groups.computeIfAbsent(new Group(v.areaCode(), v.period()), g -> new LinkedHashMap<>())
				.put(v.indicatorCode(), v);
			if (earlier != null) {
				superseded.add(earlier);
			}
		});
		List<ValueFinding> findings = new ArrayList<>();
		groups.forEach((group, given) -> {
			List<String> compared = scopes.get(group.area()).kind() == ScopeKind.DISTRICT ? districts : List.of();
			List<ValueFacts> facts = new ArrayList<>();
			given.values().forEach(v -> facts.add(facts(indicators.get(v.indicatorCode()), group, v.value(), standing,
					compared)));
			partsStored(group, given, ratios, standing)
				.forEach(code -> facts.add(facts(indicators.get(code), group, standing.get(group.area(), code,
						group.period()), standing, List.of())));
			for (Finding f : QualityRules.check(enabled, facts, ratios)) {
				rowOf(f, given).ifPresent(row -> findings.add(finding(row, f)));
			}
		});
		// a place given twice (provisional and final): the earlier row is judged on its own, without the ratio rules
		List<RuleSetting> single = enabled.stream().filter(r -> !RATIO_RULES.contains(r.code())).toList();
		superseded.forEach(v -> {
			Group group = new Group(v.areaCode(), v.period());
			List<String> compared = scopes.get(v.areaCode()).kind() == ScopeKind.DISTRICT ? districts : List.of();
			QualityRules.check(single, List.of(facts(indicators.get(v.indicatorCode()), group, v.value(), standing,
					compared)), List.of()).forEach(f -> findings.add(finding(v, f)));
		});
		findings.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return List.copyOf(findings);
	}

	private static ValueFinding finding(ValueToCheck row, Finding f) {
		return new ValueFinding(row.row(), f.indicatorCode(), f.rule(), f.hard(), f.notice(), f.messageKey(),
				FindingArguments.encode(f.args()));
	}

	/** The ratio indicators whose ratio or a part is among the values. */
	private List<IndicatorView> ratiosOf(List<ValueToCheck> values, Map<String, IndicatorView> indicators) {
		Set<String> codes = values.stream().map(ValueToCheck::indicatorCode).collect(Collectors.toSet());
		return indicators.values().stream()
			.filter(i -> i.isRatio() && indicators.containsKey(i.numeratorCode())
					&& indicators.containsKey(i.denominatorCode())
					&& (codes.contains(i.code()) || codes.contains(i.numeratorCode()) || codes.contains(i.denominatorCode())))
			.toList();
	}

	/**
	 * Every value the rules may compare with: the stored ones (a value computed from a ratio's parts is no
	 * stored value: it would follow the parts being replaced) with the given ones in their place.
	 */
	private Standing standing(List<ValueToCheck> values, List<IndicatorView> ratios, List<String> districts) {
		Set<String> codes = new HashSet<>();
		values.forEach(v -> codes.add(v.indicatorCode()));
		ratios.forEach(r -> codes.addAll(List.of(r.code(), r.numeratorCode(), r.denominatorCode())));
		Set<String> areas = new HashSet<>(districts);
		values.forEach(v -> areas.add(v.areaCode()));
		Standing standing = new Standing();
		figures.series(codes, areas).forEach((area, byIndicator) -> byIndicator.forEach((code, series) -> series.stream()
			.filter(f -> f.value() != null && !f.computed())
			.forEach(f -> standing.putIfAbsent(area, code, f.period(), f.value()))));
		values.forEach(v -> standing.put(v.areaCode(), v.indicatorCode(), v.period(), v.value()));
		return standing;
	}

	/** The stored ratios and parts of the group that the given values lack, for the ratio rules. */
	private static Set<String> partsStored(Group group, Map<String, ValueToCheck> given, List<IndicatorView> ratios,
			Standing standing) {
		Set<String> stored = new HashSet<>();
		for (IndicatorView ratio : ratios) {
			for (String code : List.of(ratio.code(), ratio.numeratorCode(), ratio.denominatorCode())) {
				if (!given.containsKey(code) && standing.get(group.area(), code, group.period()) != null) {
					stored.add(code);
				}
			}
		}
		return stored;
	}

	private static ValueFacts facts(IndicatorView indicator, Group group, BigDecimal value, Standing standing,
			List<String> districts) {
		String area = group.area();
		Period period = group.period();
		String code = indicator.code();
		BigDecimal previous = standing.get(area, code, ValueFacts.previousQuarter(period));
		if (previous == null && period.endQuarter() == 1) {
			previous = standing.get(area, code, Period.ofYear(period.year() - 1));
		}
		Map<String, BigDecimal> inPeriod = standing.inPeriod(code, period);
		List<BigDecimal> others = new ArrayList<>();
		for (String district : districts) {
			BigDecimal other = district.equals(area) ? null : inPeriod.get(district);
			if (other != null) {
				others.add(other);
			}
		}
		SortedMap<Period, BigDecimal> history = new TreeMap<>();
		Period quarter = period;
		for (int i = 0; i < QualityChecks.HISTORY_QUARTERS; i++) {
			quarter = ValueFacts.previousQuarter(quarter);
			BigDecimal v = standing.get(area, code, quarter);
			if (v != null) {
				history.put(quarter, v);
			}
		}
		return new ValueFacts(indicator, period, value, standing.get(area, code, period.yearEarlier()), previous,
				others, history);
	}

	/**
	 * The row a finding belongs to: its indicator's, or for a ratio's finding on a stored value, the row of the first
	 * indicator it names that the values have (the part or whole that makes the stored value disagree). A finding on
	 * a stored value alone concerns no row.
	 */
	private static Optional<ValueToCheck> rowOf(Finding f, Map<String, ValueToCheck> given) {
		if (given.containsKey(f.indicatorCode())) {
			return Optional.of(given.get(f.indicatorCode()));
		}
		if (!RATIO_RULES.contains(f.rule())) {
			return Optional.empty();
		}
		return f.args().stream().filter(a -> a instanceof String code && given.containsKey(code))
			.map(a -> given.get((String) a)).findFirst();
	}

}
