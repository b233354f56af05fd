package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A plan's target and its indicator, as the catalog gives them, read by the rules: the worked example's added value
 * (2285 亿元 in 2020 to at least 3000 in 2025, a money flow on the compound path).
 */
class PlanTargetTest {

	private static final IndicatorView ADDED_VALUE = new IndicatorView("added_value", "文化产业增加值", "Cultural added value",
			"亿元", Direction.HIGHER, Nature.FLOW, PathShape.COMPOUND, IndicatorView.Origin.REPORTED, null, null, 2, null,
			null, false);

	private static TargetView target(TargetKind kind, String baseline, String target) {
		return new TargetView(1, "HZ-14FYP", "added_value", "330100", kind, Comparator.GE, Rules.decimal(baseline), 2020,
				new BigDecimal(target), 2025, null, "seed 001");
	}

	@Test
	void theEvaluationIsTheRulesOnTheTargetAndItsIndicator() {
		ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());
		TargetEvaluation result = evaluator.evaluate(target(TargetKind.LEVEL, "2285", "3000"), ADDED_VALUE,
				SeriesText.parse("2020=2285 2021=2586"), Period.ofYear(2021));

		assertThat(result).isEqualTo(evaluator.evaluate(Rules.addedValue(2), SeriesText.parse("2020=2285 2021=2586"),
				Period.ofYear(2021)));
		assertThat(result.expected()).isEqualTo(new BigDecimal("2412.87"));
	}

	@Test
	void thePathRunsYearByYearFromTheBaselineToTheTargetThroughTheSameExpectedValues() {
		assertThat(ProgressEvaluator.path(target(TargetKind.LEVEL, "2285", "3000"), ADDED_VALUE))
			.extracting(ExpectedValue::year, e -> e.value().toPlainString())
			.containsExactly(tuple(2020, "2285.00"), tuple(2021, "2412.87"), tuple(2022, "2547.89"),
					tuple(2023, "2690.46"), tuple(2024, "2841.02"), tuple(2025, "3000.00"));
	}

	@Test
	void onlyALevelTargetWithABaselineHasAPath() {
		assertThat(ProgressEvaluator.path(target(TargetKind.LEVEL, null, "3000"), ADDED_VALUE)).isEmpty();
		assertThat(ProgressEvaluator.path(target(TargetKind.GROWTH, "2285", "10"), ADDED_VALUE)).isEmpty();
	}

}
