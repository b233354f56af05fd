package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Each validation rule firing and not firing, with missing data, zero denominators and too small samples. */
class QualityRulesTest {

	static final IndicatorView ADDED_VALUE = indicator("added_value", "亿元", Nature.FLOW, null, null);

	static final IndicatorView GDP = indicator("gdp", "亿元", Nature.FLOW, null, null);

	static final IndicatorView TALENTS = indicator("cultural_talents", "万人", Nature.STOCK, null, null);

	static final IndicatorView SHARE = indicator("added_value_gdp_share", "%", Nature.STOCK, "added_value", "gdp");

	static final Period Q3 = Period.ofQuarter(2026, 3);

	static final RuleSetting YTD = rule(RuleSetting.YTD_DECLINE, RuleKind.HARD, null, null);

	static final RuleSetting YOY = rule(RuleSetting.YEAR_ON_YEAR, RuleKind.SOFT, "50", null);

	static final RuleSetting OUTLIER = rule(RuleSetting.DISTRICT_OUTLIER, RuleKind.SOFT, "3.5", 4);

	static final RuleSetting PARTS = rule(RuleSetting.RATIO_PARTS, RuleKind.HARD, "100", null);

	static final RuleSetting DERIVED = rule(RuleSetting.RATIO_DERIVED, RuleKind.SOFT, "0.1", null);

	static final RuleSetting HISTORY = rule(RuleSetting.OWN_HISTORY, RuleKind.SOFT, "3.5", 4);

	// year-to-date flows cannot fall

	@Test
	void aYearToDateFlowBelowTheQuarterBeforeIsAHardErrorNamingBothValues() {
		Finding f = single(YTD, facts(ADDED_VALUE, Q3, "140", null, "150"));
		assertThat(f.error()).isTrue();
		assertThat(f.hard()).isTrue();
		assertThat(f.field()).isEqualTo("values[added_value].value");
		assertThat(f.messageKey()).isEqualTo("rule.ytd_decline.fired");
		assertThat(f.args()).containsExactly("added_value", new Quantity(new BigDecimal("140"), "亿元", 2), Q3,
				new Quantity(new BigDecimal("150"), "亿元", 2), Period.ofQuarter(2026, 2));
	}

	@Test
	void aYearToDateFlowMayStayOrRiseAndAFirstQuarterOrAStockOrNoEarlierValueIsNotJudged() {
		assertThat(run(YTD, facts(ADDED_VALUE, Q3, "150", null, "150"))).isEmpty();
		assertThat(run(YTD, facts(ADDED_VALUE, Q3, "160", null, "150"))).isEmpty();
		assertThat(run(YTD, facts(ADDED_VALUE, Period.ofQuarter(2026, 1), "10", null, "150"))).isEmpty();
		assertThat(run(YTD, facts(TALENTS, Q3, "5", null, "6"))).isEmpty();
		assertThat(run(YTD, facts(ADDED_VALUE, Q3, "140", null, null))).isEmpty();
	}

	// change on last year, or on the quarter before's pace

	@Test
	void aChangeBeyondTheThresholdOnLastYearIsASoftFindingOnTheNote() {
		Finding f = single(YOY, facts(ADDED_VALUE, Q3, "151", "100", null));
		assertThat(f.error()).isFalse();
		assertThat(f.hard()).isFalse();
		assertThat(f.field()).isEqualTo("values[added_value].note");
		assertThat(f.messageKey()).isEqualTo("rule.year_on_year.fired");
		assertThat(f.args()).containsExactly("added_value", new Quantity(new BigDecimal("151"), "亿元", 2),
				new Quantity(new BigDecimal("100"), "亿元", 2), Period.ofQuarter(2025, 3), "51.0", "50");
		assertThat(single(YOY, facts(ADDED_VALUE, Q3, "49", "100", null)).args()).contains("-51.0");
	}

	@Test
	void aChangeWithinTheThresholdIsNothing() {
		assertThat(run(YOY, facts(ADDED_VALUE, Q3, "150", "100", null))).isEmpty();
		assertThat(run(YOY, facts(ADDED_VALUE, Q3, "50", "100", null))).isEmpty();
		assertThat(run(rule(RuleSetting.YEAR_ON_YEAR, RuleKind.SOFT, "60", null), facts(ADDED_VALUE, Q3, "155", "100", null)))
			.isEmpty();
	}

	@Test
	void withoutLastYearAFlowIsComparedWithThePaceOfTheQuarterBefore() {
		// 100 by June is 150 expected by September: 260 is 73.3 % above that pace
		Finding f = single(YOY, facts(ADDED_VALUE, Q3, "260", null, "100"));
		assertThat(f.messageKey()).isEqualTo("rule.year_on_year.pace");
		assertThat(f.args()).containsExactly("added_value", new Quantity(new BigDecimal("260"), "亿元", 2),
				new Quantity(new BigDecimal("150"), "亿元", 2), Period.ofQuarter(2026, 2), "73.3", "50");
		assertThat(run(YOY, facts(ADDED_VALUE, Q3, "160", null, "100"))).isEmpty();
		// a first quarter goes by last year's annual value ÷ 4
		assertThat(single(YOY, facts(ADDED_VALUE, Period.ofQuarter(2026, 1), "200", null, "400")).args())
			.contains(new Quantity(new BigDecimal("100"), "亿元", 2), "100.0");
		// last year at zero gives no growth: the pace stands in
		assertThat(single(YOY, facts(ADDED_VALUE, Q3, "260", "0", "100")).messageKey()).isEqualTo("rule.year_on_year.pace");
	}

	@Test
	void withoutLastYearAStockIsComparedWithTheQuarterBefore() {
		assertThat(single(YOY, facts(TALENTS, Q3, "10", null, "6")).args()).contains("66.7");
		assertThat(run(YOY, facts(TALENTS, Q3, "8", null, "6"))).isEmpty();
		assertThat(run(YOY, facts(TALENTS, Q3, "4", null, "6"))).isEmpty();
		assertThat(single(YOY, facts(TALENTS, Q3, "2", null, "6")).args()).contains("-66.7");
	}

	@Test
	void withoutLastYearAndTheQuarterBeforeANoticeSaysNoComparisonWasPossible() {
		for (ValueFacts f : List.of(facts(TALENTS, Q3, "8", null, null), facts(TALENTS, Q3, "8", null, "0"),
				facts(ADDED_VALUE, Q3, "260", "0", null), facts(ADDED_VALUE, Period.ofQuarter(2026, 1), "26", null, null),
				facts(ADDED_VALUE, Period.ofYear(2026), "260", null, null))) {
			Finding notice = single(YOY, f);
			assertThat(notice.notice()).as(f.toString()).isTrue();
			assertThat(notice.messageKey()).isEqualTo("rule.year_on_year.noComparison");
			assertThat(notice.error()).isFalse();
			assertThat(notice.hard()).isFalse();
			assertThat(notice.flags()).isFalse();
			assertThat(notice.asError(true).error()).as("a notice never blocks").isFalse();
			assertThat(notice.field()).isEqualTo("values[" + f.indicator().code() + "].note");
		}
		assertThat(single(YOY, facts(TALENTS, Q3, "8", null, null)).args()).containsExactly("cultural_talents",
				new Quantity(new BigDecimal("8"), "万人", 2), Period.ofQuarter(2025, 3), Period.ofQuarter(2026, 2));
		// a first quarter looks back to last year's fourth; a year to its own third quarter
		assertThat(single(YOY, facts(ADDED_VALUE, Period.ofQuarter(2026, 1), "26", null, null)).args())
			.contains(Period.ofQuarter(2025, 1), Period.ofQuarter(2025, 4));
		assertThat(single(YOY, facts(ADDED_VALUE, Period.ofYear(2026), "260", null, null)).args())
			.contains(Period.ofYear(2025), Period.ofQuarter(2026, 3));
		// nothing to compare is a notice only while there is a value; either comparison silences it
		assertThat(run(YOY, facts(TALENTS, Q3, null, null, null))).isEmpty();
		assertThat(run(YOY, facts(TALENTS, Q3, "8", "8", null))).isEmpty();
		assertThat(run(YOY, facts(TALENTS, Q3, "8", null, "8"))).isEmpty();
		RuleSetting off = new RuleSetting(RuleSetting.YEAR_ON_YEAR, RuleKind.SOFT, new BigDecimal("50"), null, false, 30, 1);
		assertThat(run(off, facts(TALENTS, Q3, "8", null, null))).isEmpty();
	}

	@Test
	void aNoticeIsNoAnomalyAndNeedsNoNote() {
		Finding notice = single(YOY, facts(TALENTS, Q3, "8", null, null));
		ReportLine line = new ReportLine(TALENTS, new BigDecimal("8"), null, null, null, List.of(notice));
		assertThat(line.anomalous()).isFalse();
		assertThat(line.unexplainedHard()).isFalse();
		Finding flag = single(YOY, facts(TALENTS, Q3, "10", null, "6"));
		assertThat(new ReportLine(TALENTS, new BigDecimal("10"), null, null, null, List.of(flag, notice)).anomalous())
			.isTrue();
	}

	// against the other districts

	@Test
	void aValueFarFromTheOtherDistrictsIsAnOutlier() {
		// the case: 260 where the others report around 145
		Finding f = single(OUTLIER, withOthers(ADDED_VALUE, "260", "140", "144.6", "150", "155", "130"));
		assertThat(f.messageKey()).isEqualTo("rule.district_outlier.fired");
		assertThat(f.args()).startsWith("added_value", new Quantity(new BigDecimal("260"), "亿元", 2), 5,
				new Quantity(new BigDecimal("144.6"), "亿元", 2));
		assertThat(f.field()).isEqualTo("values[added_value].note");
		assertThat(run(OUTLIER, withOthers(ADDED_VALUE, "150", "140", "144.6", "150", "155", "130"))).isEmpty();
	}

	@Test
	void theRobustScoreIsNotFooledByAnotherWildDistrict() {
		// with the mean and standard deviation the 900 would mask the 260
		assertThat(run(OUTLIER, withOthers(ADDED_VALUE, "260", "140", "144.6", "150", "155", "900"))).hasSize(1);
		RobustScore score = RobustScore.of(new BigDecimal("260"),
				decimals("140", "144.6", "150", "155", "900"));
		assertThat(score.median()).isEqualByComparingTo("150");
		// MAD = median(10, 5.4, 0, 5, 750) = 5.4; z = 0.6745 × 110 ÷ 5.4
		assertThat(score.z()).isEqualByComparingTo("13.74");
	}

	@Test
	void tooFewOtherDistrictsAreNoBasis() {
		assertThat(run(OUTLIER, withOthers(ADDED_VALUE, "900", "140", "144.6", "150"))).isEmpty();
		assertThat(run(OUTLIER, withOthers(ADDED_VALUE, "900"))).isEmpty();
	}

	@Test
	void otherDistrictsAllEqualMakeAnyOtherValueAnOutlierButNotTheSameValue() {
		assertThat(single(OUTLIER, withOthers(TALENTS, "7", "5", "5", "5", "5")).messageKey())
			.isEqualTo("rule.district_outlier.noSpread");
		assertThat(run(OUTLIER, withOthers(TALENTS, "5", "5", "5", "5", "5"))).isEmpty();
		// more than half equal: MAD is 0 and the mean absolute deviation stands in
		assertThat(RobustScore.of(new BigDecimal("5.1"), decimals("5", "5", "5", "6")).z()).isNotNull();
	}

	// a ratio's parts

	@Test
	void aPartAboveItsWholeIsAHardErrorOnThePart() {
		List<Finding> findings = QualityRules.check(List.of(PARTS),
				List.of(facts(ADDED_VALUE, Q3, "950", null, null), facts(GDP, Q3, "900", null, null)), List.of(SHARE));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.error()).isTrue();
			assertThat(f.field()).isEqualTo("values[added_value].value");
			assertThat(f.args()).containsExactly("added_value", new Quantity(new BigDecimal("950"), "亿元", 2), "gdp",
					new Quantity(new BigDecimal("900"), "亿元", 2), "added_value_gdp_share", "100");
		});
	}

	@Test
	void aPartWithinItsWholeAZeroPartOrAMissingPartIsNothingButAPartOfANothingIsTooMuch() {
		assertThat(parts("900", "900")).isEmpty();
		assertThat(parts("0", "0")).isEmpty();
		assertThat(parts("0", "900")).isEmpty();
		assertThat(parts(null, "900")).isEmpty();
		assertThat(parts("5", null)).isEmpty();
		assertThat(parts("5", "0")).hasSize(1);
		// a lower threshold: a share above 20 % of GDP is refused
		assertThat(QualityRules.check(List.of(rule(RuleSetting.RATIO_PARTS, RuleKind.HARD, "20", null)),
				List.of(facts(ADDED_VALUE, Q3, "190", null, null), facts(GDP, Q3, "900", null, null)), List.of(SHARE)))
			.hasSize(1);
	}

	@Test
	void aRatioReportedWithItsPartsMustAgreeWithThemWithinTheTolerance() {
		// 144.6 ÷ 900 × 100 = 16.0667 %
		Finding f = derived("17", "144.6", "900").get(0);
		assertThat(f.rule()).isEqualTo(RuleSetting.RATIO_DERIVED);
		assertThat(f.indicatorCode()).isEqualTo("added_value_gdp_share");
		assertThat(f.field()).isEqualTo("values[added_value_gdp_share].note");
		assertThat(f.error()).isFalse();
		assertThat(f.messageKey()).isEqualTo("rule.ratio_derived.fired");
		assertThat(f.args()).containsExactly("added_value_gdp_share", new Quantity(new BigDecimal("17"), "%", 2),
				new Quantity(new BigDecimal("16.06666666666667"), "%", 4), "added_value",
				new Quantity(new BigDecimal("144.6"), "亿元", 2), "gdp", new Quantity(new BigDecimal("900"), "亿元", 2),
				"0.9333", "0.1");
		assertThat(derived("15.9", "144.6", "900")).singleElement().satisfies(g -> assertThat(g.args()).contains("0.1667"));
		// within 0.1 percentage points, either side, and exactly on it
		assertThat(derived("16.1", "144.6", "900")).isEmpty();
		assertThat(derived("16", "144.6", "900")).isEmpty();
		assertThat(derived("16.07", "144.6", "900")).isEmpty();
		assertThat(derived("20", "180", "900")).isEmpty();
		assertThat(derived("20.1", "180", "900")).isEmpty();
		assertThat(derived("20.1001", "180", "900")).hasSize(1);
		// a wider tolerance, set by the administrator
		assertThat(QualityRules.check(List.of(rule(RuleSetting.RATIO_DERIVED, RuleKind.SOFT, "1", null)),
				List.of(share("17"), facts(ADDED_VALUE, Q3, "144.6", null, null), facts(GDP, Q3, "900", null, null)),
				List.of(SHARE))).isEmpty();
	}

	@Test
	void aRatioWithoutAllThreeValuesOrWithAWholeOfZeroIsNotComparedWithItsParts() {
		assertThat(derived(null, "144.6", "900")).isEmpty();
		assertThat(derived("17", null, "900")).isEmpty();
		assertThat(derived("17", "144.6", null)).isEmpty();
		assertThat(derived("17", "144.6", "0")).isEmpty();
		assertThat(derived("0", "0", "900")).isEmpty();
		assertThat(derived("5", "0", "900")).hasSize(1);
		// not among the ratios the report has: nothing to compare
		assertThat(QualityRules.check(List.of(DERIVED), List.of(share("17"), facts(ADDED_VALUE, Q3, "144.6", null, null),
				facts(GDP, Q3, "900", null, null)), List.of())).isEmpty();
	}

	@Test
	void bothRatioRulesSpeakWhenAPartExceedsItsWholeAndTheRatioDisagrees() {
		List<Finding> findings = QualityRules.check(List.of(PARTS, DERIVED),
				List.of(share("50"), facts(ADDED_VALUE, Q3, "950", null, null), facts(GDP, Q3, "900", null, null)),
				List.of(SHARE));
		assertThat(findings).extracting(Finding::rule).containsExactly(RuleSetting.RATIO_PARTS, RuleSetting.RATIO_DERIVED);
		assertThat(findings).extracting(Finding::indicatorCode).containsExactly("added_value", "added_value_gdp_share");
	}

	// the district's own history

	@Test
	void aValueFarFromTheDistrictsOwnHistoryIsFlaggedOnAYearsPaceForFlows() {
		// year-to-date 25, 50, 75, 100 each year: 100 a year; 2026Q3 at 250 is 333 a year
		SortedMap<Period, BigDecimal> history = history("2024Q3", "75", "2024Q4", "100", "2025Q1", "26", "2025Q2",
				"52", "2025Q3", "78", "2025Q4", "104", "2026Q1", "27", "2026Q2", "54");
		Finding f = single(HISTORY, new ValueFacts(ADDED_VALUE, Q3, new BigDecimal("250"), null, null, List.of(), history));
		assertThat(f.messageKey()).isEqualTo("rule.own_history.pace");
		assertThat(f.args().get(2)).isEqualTo(8);
		assertThat(run(HISTORY, new ValueFacts(ADDED_VALUE, Q3, new BigDecimal("80"), null, null, List.of(), history)))
			.isEmpty();
	}

	@Test
	void aStockIsComparedAsItIsAndTooShortAHistoryIsNoBasis() {
		SortedMap<Period, BigDecimal> history = history("2025Q4", "6", "2026Q1", "6.2", "2026Q2", "6.1", "2025Q3", "5.9");
		assertThat(single(HISTORY, new ValueFacts(TALENTS, Q3, new BigDecimal("12"), null, null, List.of(), history))
			.messageKey()).isEqualTo("rule.own_history.fired");
		assertThat(run(HISTORY, new ValueFacts(TALENTS, Q3, new BigDecimal("6.1"), null, null, List.of(), history)))
			.isEmpty();
		SortedMap<Period, BigDecimal> short_ = history("2026Q1", "6.2", "2026Q2", "6.1", "2025Q3", "5.9");
		assertThat(run(HISTORY, new ValueFacts(TALENTS, Q3, new BigDecimal("60"), null, null, List.of(), short_)))
			.isEmpty();
	}

	// rules as data

	@Test
	void aDisabledRuleAndAnEmptyValueFindNothing() {
		RuleSetting off = new RuleSetting(RuleSetting.YTD_DECLINE, RuleKind.HARD, null, null, false, 10, 1);
		assertThat(run(off, facts(ADDED_VALUE, Q3, "140", null, "150"))).isEmpty();
		assertThat(run(YTD, facts(ADDED_VALUE, Q3, null, null, "150"))).isEmpty();
		assertThat(run(OUTLIER, withOthers(ADDED_VALUE, null, "1", "2", "3", "4", "5"))).isEmpty();
	}

	@Test
	void findingsComeRuleByRuleInTheRulesOrder() {
		ValueFacts wild = new ValueFacts(ADDED_VALUE, Q3, new BigDecimal("140"), new BigDecimal("50"),
				new BigDecimal("150"), List.of(), new TreeMap<>());
		assertThat(QualityRules.check(List.of(YTD, YOY), List.of(wild), List.of())).extracting(Finding::rule)
			.containsExactly(RuleSetting.YTD_DECLINE, RuleSetting.YEAR_ON_YEAR);
	}

	private static List<Finding> derived(String ratio, String part, String whole) {
		return QualityRules.check(List.of(DERIVED),
				List.of(share(ratio), facts(ADDED_VALUE, Q3, part, null, null), facts(GDP, Q3, whole, null, null)),
				List.of(SHARE));
	}

	private static ValueFacts share(String value) {
		return facts(SHARE, Q3, value, null, null);
	}

	private static List<Finding> parts(String part, String whole) {
		return QualityRules.check(List.of(PARTS),
				List.of(facts(ADDED_VALUE, Q3, part, null, null), facts(GDP, Q3, whole, null, null)), List.of(SHARE));
	}

	private static Finding single(RuleSetting rule, ValueFacts facts) {
		List<Finding> findings = run(rule, facts);
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0).rule()).isEqualTo(rule.code());
		return findings.get(0);
	}

	private static List<Finding> run(RuleSetting rule, ValueFacts facts) {
		return QualityRules.check(List.of(rule), List.of(facts), List.of());
	}

	private static ValueFacts facts(IndicatorView indicator, Period period, String value, String lastYear,
			String previous) {
		return new ValueFacts(indicator, period, decimal(value), decimal(lastYear), decimal(previous), List.of(),
				new TreeMap<>());
	}

	private static ValueFacts withOthers(IndicatorView indicator, String value, String... others) {
		return new ValueFacts(indicator, Q3, decimal(value), null, null, decimals(others), new TreeMap<>());
	}

	private static SortedMap<Period, BigDecimal> history(String... periodsAndValues) {
		SortedMap<Period, BigDecimal> history = new TreeMap<>();
		for (int i = 0; i < periodsAndValues.length; i += 2) {
			history.put(Period.parse(periodsAndValues[i]), new BigDecimal(periodsAndValues[i + 1]));
		}
		return history;
	}

	private static List<BigDecimal> decimals(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	private static RuleSetting rule(String code, RuleKind kind, String threshold, Integer minCount) {
		return new RuleSetting(code, kind, threshold == null ? null : new BigDecimal(threshold), minCount, true, 10, 1);
	}

	private static IndicatorView indicator(String code, String unit, Nature nature, String numerator, String denominator) {
		return new IndicatorView(code, code, code, unit, Direction.HIGHER, nature, PathShape.LINEAR,
				IndicatorView.Origin.REPORTED, numerator, denominator, 2, null, null, true);
	}

}
