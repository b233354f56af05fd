package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
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
import org.culturetargets.portal.shared.Period;

import org.springframework.stereotype.Component;

/**
 * Runs the validation rules on a report's values: gathers what each value is compared with from the figures (the
 * district's series, the other districts' values of the quarter) and hands it to {@link QualityRules}.
 */
@Component
class QualityChecks {

	/** The district's own history: the eight quarters before the report's. */
	static final int HISTORY_QUARTERS = 8;

	private final RuleRepository rules;

	private final PlanCatalog catalog;

	private final Figures figures;

	QualityChecks(RuleRepository rules, PlanCatalog catalog, Figures figures) {
		this.rules = rules;
		this.catalog = catalog;
		this.figures = figures;
	}

	/**
	 * The rules' findings on the values. A hard finding is an error; a soft one is an error only when submitting
	 * a value without a note, else a flag for the reviewer.
	 */
	List<Finding> check(String areaCode, Period period, Map<String, ReportValue> values, List<IndicatorView> indicators,
			boolean submitting) {
		return check(context(indicators), areaCode, period, values, submitting);
	}

	/** The findings on each report's values (as not submitting), with the figures of every district read once. */
	Map<Report, List<Finding>> check(List<Report> reports, List<IndicatorView> indicators) {
		Context context = context(indicators);
		Map<Report, List<Finding>> findings = new LinkedHashMap<>();
		reports.forEach(r -> findings.put(r, check(context, r.areaCode(), r.period(), r.values(), false)));
		return findings;
	}

	/** What the rules need besides a report: the rules, every district's series and the ratios among the indicators. */
	private record Context(List<RuleSetting> rules, List<IndicatorView> indicators,
			Map<String, Map<String, List<FigureView>>> series, List<IndicatorView> ratios) {
	}

	private Context context(List<IndicatorView> indicators) {
		List<String> codes = indicators.stream().map(IndicatorView::code).toList();
		List<String> districts = catalog.scopes().stream()
			.filter(s -> s.kind() == ScopeKind.DISTRICT)
			.map(ScopeView::code)
			.toList();
		Set<String> reported = Set.copyOf(codes);
		List<IndicatorView> ratios = catalog.indicators().stream()
			.filter(i -> i.isRatio() && reported.contains(i.numeratorCode()) && reported.contains(i.denominatorCode()))
			.toList();
		return new Context(rules.all(), indicators, figures.series(codes, districts), ratios);
	}

	private static List<Finding> check(Context context, String areaCode, Period period, Map<String, ReportValue> values,
			boolean submitting) {
		Map<String, List<FigureView>> own = context.series().getOrDefault(areaCode, Map.of());
		List<ValueFacts> facts = context.indicators().stream().map(i -> {
			ReportValue entered = values.get(i.code());
			BigDecimal value = entered == null ? null : entered.value();
			List<FigureView> series = own.getOrDefault(i.code(), List.of());
			return new ValueFacts(i, period, value, valueAt(series, period.yearEarlier()), previous(series, period),
					othersAt(context, i.code(), areaCode, period), history(series, period));
		}).toList();
		return QualityRules.check(context.rules(), facts, context.ratios()).stream()
			.map(f -> f.asError(f.hard() || (submitting && unexplained(values.get(f.indicatorCode())))))
			.toList();
	}

	Optional<BigDecimal> changeLimit() {
		return rules.find(RuleSetting.YEAR_ON_YEAR).filter(RuleSetting::enabled).map(RuleSetting::threshold);
	}

	/** The report's value carries no note explaining it. */
	static boolean unexplained(ReportValue value) {
		return value == null || value.note() == null || value.note().isBlank();
	}

	private static List<BigDecimal> othersAt(Context context, String indicatorCode, String areaCode, Period period) {
		return context.series().entrySet().stream()
			.filter(e -> !e.getKey().equals(areaCode))
			.map(e -> valueAt(e.getValue().getOrDefault(indicatorCode, List.of()), period))
			.filter(v -> v != null)
			.toList();
	}

	/** The quarter before; for a first quarter, last year's fourth or, without it, last year's annual value. */
	private static BigDecimal previous(List<FigureView> series, Period period) {
		Period before = ValueFacts.previousQuarter(period);
		BigDecimal value = valueAt(series, before);
		return value == null && period.endQuarter() == 1 ? valueAt(series, Period.ofYear(before.year())) : value;
	}

	private static SortedMap<Period, BigDecimal> history(List<FigureView> series, Period period) {
		int end = period.year() * 4 + period.endQuarter();
		return series.stream()
			.filter(f -> !f.period().isAnnual() && f.value() != null)
			.filter(f -> {
				int at = f.period().year() * 4 + f.period().endQuarter();
				return at < end && at >= end - HISTORY_QUARTERS;
			})
			.collect(Collectors.toMap(FigureView::period, FigureView::value, (a, b) -> a, TreeMap::new));
	}

	static BigDecimal valueAt(List<FigureView> series, Period period) {
		return series.stream().filter(f -> f.period().equals(period)).map(FigureView::value).findFirst().orElse(null);
	}

}
