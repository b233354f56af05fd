package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.FiveYearPlanPeriod;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Counts cumulative within a five-year plan period (seed 003: 31 selections "during the 14th Five-Year Plan period")
 * restart with the next period: a 2026 value below the 2025 count is no fall, and a target set in the new period
 * measures its path from zero.
 */
class CumulativeWithinPlanPeriodTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} is in the {1}th plan period, {2}–{3}")
	@CsvSource({ "1966, 3, 1966, 1970", "2020, 13, 2016, 2020", "2021, 14, 2021, 2025", "2025, 14, 2021, 2025",
			"2026, 15, 2026, 2030", "2030, 15, 2026, 2030", "2031, 16, 2031, 2035" })
	void aYearBelongsToItsFiveYearPlanPeriod(int year, int number, int first, int last) {
		FiveYearPlanPeriod period = FiveYearPlanPeriod.of(year);
		assertThat(period.number()).isEqualTo(number);
		assertThat(period.firstYear()).isEqualTo(first);
		assertThat(period.lastYear()).isEqualTo(last);
	}

	@Test
	void theYearsBeforeTheThirdPlanBelongToNoCountedPeriod() {
		assertThatIllegalArgumentException().isThrownBy(() -> FiveYearPlanPeriod.of(1965));
	}

	private static TargetRule monitor(boolean cumulative, int baselineYear, String baseline) {
		return new TargetRule(TargetKind.MONITOR, null, new BigDecimal(baseline), baselineYear, null, 2026,
				Direction.HIGHER, Nature.STOCK, PathShape.LINEAR, 0, cumulative);
	}

	@ParameterizedTest(name = "cumulative {0}, baseline {1}={2}, series {3} → fall {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# cumulative within the period | baseline year | B  | series           | a fall
			true                           | 2025          | 31 | 2025=31 2026=3   | false
			false                          | 2025          | 31 | 2025=31 2026=3   | true
			true                           | 2021          | 31 | 2021=31 2023=20  | true
			true                           | 2025          | 31 | 2025=31 2026=40  | false
			true                           | 2025          | 31 | 2025=31          | false
			""")
	void aMonitoredCountFallsOnlyWithinItsOwnPlanPeriod(boolean cumulative, int baselineYear, String baseline,
			String series, boolean fall) {
		TargetEvaluation result = evaluator.evaluate(monitor(cumulative, baselineYear, baseline),
				SeriesText.parse(series), Period.parse("2026"));

		assertThat(result.status()).isEqualTo(Status.NO_TARGET);
		assertThat(result.regression()).isEqualTo(fall);
	}

	private static TargetRule level(boolean cumulative) {
		return new TargetRule(TargetKind.LEVEL, Comparator.GE, new BigDecimal("31"), 2025, new BigDecimal("40"), 2030,
				Direction.HIGHER, Nature.STOCK, PathShape.LINEAR, 0, cumulative);
	}

	@Test
	void aTargetInTheNextPlanPeriodMeasuresItsPathFromZero() {
		TargetEvaluation restarted = evaluator.evaluate(level(true), SeriesText.parse("2025=31 2026=8"),
				Period.parse("2026"));
		assertThat(restarted.expected()).as("E at the end of 2026: 0 + 40 × 1/5").isEqualByComparingTo("8");
		assertThat(restarted.progressRatio()).isEqualByComparingTo("1.00");
		assertThat(restarted.regression()).isFalse();
		assertThat(restarted.status()).isEqualTo(Status.ON_TRACK);
		assertThat(ProgressEvaluator.expectedAtEndOf(level(true), 2025)).isEqualByComparingTo("0");

		TargetEvaluation carriedOver = evaluator.evaluate(level(false), SeriesText.parse("2025=31 2026=8"),
				Period.parse("2026"));
		assertThat(carriedOver.regression()).isTrue();
		assertThat(carriedOver.status()).isEqualTo(Status.OFF_TRACK);
	}

}
