package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.evaluation.DecimalAssertions.assertDecimal;

import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is shown and its colour never disagree: A, E, B and T are rounded to the display scale before judging. */
class RoundingBeforeColouringTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	/** B = 50, T = 65 on the straight path; 2023 is f = 0.6, so E = 59. */
	@ParameterizedTest(name = "A={0} shown with {1} decimals as {2}, target {3} 65 → {4}")
	@CsvSource(textBlock = """
			# A     | scale | shown | comparator | status
			64.96   , 1     , 65.0  , >          , ON_TRACK
			64.96   , 1     , 65.0  , >=         , ACHIEVED
			64.94   , 1     , 64.9  , >=         , ON_TRACK
			64.95   , 1     , 65.0  , >=         , ACHIEVED
			64.5    , 0     , 65    , >=         , ACHIEVED
			64.49   , 0     , 64    , >=         , ON_TRACK
			65.04   , 1     , 65.0  , >          , ON_TRACK
			65.05   , 1     , 65.1  , >          , ACHIEVED
			""")
	void actualIsComparedWithTheTargetAsShown(String actual, int scale, String shown, String comparator,
			Status status) {
		TargetEvaluation result = evaluator.evaluate(Rules.linearStock("50", comparator, "65", scale),
				SeriesText.parse("2023=" + actual), Period.parse("2023"));

		assertThat(result.actual()).isEqualTo(shown);
		assertThat(result.status()).isEqualTo(status);
	}

	/** B = 0, T = 10 shown without decimals: at 2021Q1 (f = 0.05) the path's 0.5 is shown as 1, and r is taken from that. */
	@Test
	void progressRatioIsTakenFromTheShownExpectedValue() {
		TargetEvaluation result = evaluator.evaluate(Rules.linearStock("0", ">=", "10", 0),
				SeriesText.parse("2021Q1=1"), Period.parse("2021Q1"));

		assertThat(result.expected()).isEqualTo("1");
		assertThat(result.progressRatio()).isEqualTo("1.00");
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
	}

	@ParameterizedTest(name = "B={0} T={1} shown with {2} decimals: A={3} → E={4}, r={5}")
	@CsvSource(textBlock = """
			# B      | T      | scale | A      | E      | r    | status
			100      , 101    , 0     , 100    , 100    ,      , ON_TRACK
			100      , 101    , 0     , 99     , 100    ,      , OFF_TRACK
			100      , 101    , 1     , 100    , 100.1  , 0.00 , OFF_TRACK
			90       , 90     , 0     , 89     , 90     ,      , OFF_TRACK
			90       , 90     , 0     , 90     , 90     ,      , ACHIEVED
			100.04   , 110    , 1     , 100.6  , 100.5  , 1.20 , ON_TRACK
			100.04   , 110    , 2     , 100.6  , 100.54 , 1.12 , ON_TRACK
			""")
	void baselineIsRoundedAndAPathWithNoChangeYetHasNoRatio(String baseline, String target, int scale,
			String actual, String expected, String ratio, Status status) {
		TargetEvaluation result = evaluator.evaluate(Rules.linearStock(baseline, ">=", target, scale),
				SeriesText.parse("2021Q1=" + actual), Period.parse("2021Q1"));

		assertDecimal("E", result.expected(), expected);
		assertDecimal("r", result.progressRatio(), ratio);
		assertThat(result.status()).isEqualTo(status);
	}

	@Test
	void returnedValuesCarryTheirDisplayScale() {
		TargetEvaluation result = evaluator.evaluate(Rules.linearStock("2.5", ">=", "7.25", 1),
				SeriesText.parse("2022=4.444"), Period.parse("2022"));

		assertThat(result.actual()).isEqualTo("4.4");
		assertThat(result.expected()).isEqualTo("4.4");
		assertThat(result.progressRatio()).isEqualTo("1.00");
		assertThat(result.timeFraction()).isEqualTo("0.4000");
		assertThat(result.completionRate()).isEqualTo("0.6027");
	}

}
