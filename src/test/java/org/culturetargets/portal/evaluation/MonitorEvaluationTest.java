package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MONITOR: a figure the plan watches without a target. It is shown, never judged. */
class MonitorEvaluationTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} as of {1} → {2} ({3})")
	@CsvSource(textBlock = """
			# series            | as of  | A     | A's period | provisional
			2020=10 2021=12     , 2023   , 12.00 , 2021       , false
			2020=10 2021=12 2024=15 , 2023 , 12.00 , 2021     , false
			2020=10             , 2023   , 10.00 , 2020       , false
			2019=9              , 2023   , 9.00  , 2019       , false
			2021=12p            , 2021   , 12.00 , 2021       , true
			2021=12.345         , 2021   , 12.35 , 2021       , false
			2021Q2=5            , 2021Q2 , 5.00  , 2021Q2     , false
			2024=15             , 2023   ,       ,            , false
			''                  , 2023   ,       ,            , false
			""")
	void showsTheLatestValueWithoutJudgingIt(String series, String asOf, String actual, String period,
			boolean provisional) {
		TargetEvaluation result = evaluator.evaluate(Rules.monitor(2), SeriesText.parse(series), Period.parse(asOf));

		assertThat(result.status()).isEqualTo(Status.NO_TARGET);
		assertThat(result.actual()).as("A, at the display scale").isEqualTo(Rules.decimal(actual));
		assertThat(result.actualPeriod()).isEqualTo(period == null ? null : Period.parse(period));
		assertThat(result.provisional()).isEqualTo(provisional);
		assertThat(result).extracting(TargetEvaluation::expected, TargetEvaluation::timeFraction,
				TargetEvaluation::progressRatio, TargetEvaluation::completionRate, TargetEvaluation::cagr,
				TargetEvaluation::requiredGrowth, TargetEvaluation::projected).containsOnlyNulls();
		assertThat(result.regression()).isFalse();
		assertThat(result.awaitingFinal()).isFalse();
	}

}
