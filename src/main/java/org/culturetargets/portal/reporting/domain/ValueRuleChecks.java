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

	/** A value's place: area, indicator, period. */
	private record Key(String area, String indicator, Period period) {
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
		Map<Key, BigDecimal> standing = standing(known, ratios, districts);
		Map<Group, Map<String, ValueToCheck>> groups = new LinkedHashMap<>();
		known.forEach(v -> groups.computeIfAbsent(new Group(v.areaCode(), v.period()), g -> new LinkedHashMap<>())
			.put(v.indicatorCode(), v));
		List<ValueFinding> findings = new ArrayList<>();
		groups.forEach((group, given) -> {
			List<String> compared = scopes.get(group.area()).kind() == ScopeKind.DISTRICT ? districts : List.of();
			List<ValueFacts> facts = new ArrayList<>();
			given.values().forEach(v -> facts.add(facts(indicators.get(v.indicatorCode()), group, v.value(), standing,
					compared)));
			partsStored(group, given, ratios, standing)
				.forEach(code -> facts.add(facts(indicators.get(code), group, standing.get(new Key(group.area(), code,
						group.period())), standing, List.of())));
			for (Finding f : QualityRules.check(enabled, facts, ratios)) {
				rowOf(f, given).ifPresent(row -> findings.add(finding(row, f)));
			}
		});
		// a place given twice (provisional and final): the earlier row is judged on its own, without the ratio rules
		List<RuleSetting> single = enabled.stream().filter(r -> !RATIO_RULES.contains(r.code())).toList();
		known.stream()
			.filter(v -> groups.get(new Group(v.areaCode(), v.period())).get(v.indicatorCode()) != v)
			.forEach(v -> {
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
	private Map<Key, BigDecimal> standing(List<ValueToCheck> values, List<IndicatorView> ratios, List<String> districts) {
		Set<String> codes = new HashSet<>();
		values.forEach(v -> codes.add(v.indicatorCode()));
		ratios.forEach(r -> codes.addAll(List.of(r.code(), r.numeratorCode(), r.denominatorCode())));
		Set<String> areas = new HashSet<>(districts);
		values.forEach(v -> areas.add(v.areaCode()));
		Map<Key, BigDecimal> standing = new HashMap<>();
		figures.series(codes, areas).forEach((area, byIndicator) -> byIndicator.forEach((code, series) -> series.stream()
			.filter(f -> f.value() != null && !f.computed())
			.forEach(f -> standing.putIfAbsent(new Key(area, code, f.period()), f.value()))));
		values.forEach(v -> standing.put(new Key(v.areaCode(), v.indicatorCode(), v.period()), v.value()));
		return standing;
	}

	/** The stored ratios and parts of the group that the given values lack, for the ratio rules. */
	private static Set<String> partsStored(Group group, Map<String, ValueToCheck> given, List<IndicatorView> ratios,
			Map<Key, BigDecimal> standing) {
		Set<String> stored = new HashSet<>();
		for (IndicatorView ratio : ratios) {
			for (String code : List.of(ratio.code(), ratio.numeratorCode(), ratio.denominatorCode())) {
				if (!given.containsKey(code) && standing.containsKey(new Key(group.area(), code, group.period()))) {
					stored.add(code);
				}
			}
		}
		return stored;
	}

	private static ValueFacts facts(IndicatorView indicator, Group group, BigDecimal value, Map<Key, BigDecimal> standing,
			List<String> districts) {
		String area = group.area();
		Period period = group.period();
		String code = indicator.code();
		BigDecimal previous = standing.get(new Key(area, code, ValueFacts.previousQuarter(period)));
		if (previous == null && period.endQuarter() == 1) {
			previous = standing.get(new Key(area, code, Period.ofYear(period.year() - 1)));
		}
		List<BigDecimal> others = districts.stream()
			.filter(d -> !d.equals(area))
			.map(d -> standing.get(new Key(d, code, period)))
			.filter(v -> v != null)
			.toList();
		SortedMap<Period, BigDecimal> history = new TreeMap<>();
		Period quarter = period;
		for (int i = 0; i < QualityChecks.HISTORY_QUARTERS; i++) {
			quarter = ValueFacts.previousQuarter(quarter);
			BigDecimal v = standing.get(new Key(area, code, quarter));
			if (v != null) {
				history.put(quarter, v);
			}
		}
		return new ValueFacts(indicator, period, value, standing.get(new Key(area, code, period.yearEarlier())), previous,
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
