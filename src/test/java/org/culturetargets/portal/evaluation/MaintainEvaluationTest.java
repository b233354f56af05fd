package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.evaluation.DecimalAssertions.assertDecimal;

import java.util.Arrays;
import java.util.List;

import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAINTAIN targets, like a project start/completion rate of at least 90 % in every period of the plan (2021-2025). */
class MaintainEvaluationTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} as of {1} → {2}")
	@CsvSource(textBlock = """
			# series                                | as of  | status    | breaches       | A    | A's period | awaiting final | provisional
			2021=92 2022=95                         , 2022   , ON_TRACK  ,                , 95   , 2022       , false          , false
			2021=88 2022=95                         , 2022   , AT_RISK   , 2021           , 95   , 2022       , false          , false
			2021=92 2022=88                         , 2022   , OFF_TRACK , 2022           , 88   , 2022       , false          , false
			2021=88 2022=88                         , 2022   , OFF_TRACK , 2021 2022      , 88   , 2022       , false          , false
			2021=92 2022=88                         , 2021   , ON_TRACK  ,                , 92   , 2021       , false          , false
			2021=90 2022=91 2023=95 2024=93 2025=90 , 2025   , ACHIEVED  ,                , 90   , 2025       , false          , false
			2021=88 2022=91 2023=95 2024=93 2025=96 , 2025   , MISSED    , 2021           , 96   , 2025       , false          , false
			2021=92 2025Q4=89                       , 2025Q4 , MISSED    , 2025Q4         , 89   , 2025Q4     , false          , false
			2025=95 2026=80                         , 2026   , ACHIEVED  ,                , 95   , 2025       , false          , false
			2024=95                                 , 2026   , ON_TRACK  ,                , 95   , 2024       , true           , false
			2024=85                                 , 2025Q4 , OFF_TRACK , 2024           , 85   , 2024       , true           , false
			2020=80 2021=92                         , 2021   , ON_TRACK  ,                , 92   , 2021       , false          , false
			2020=92                                 , 2022   , NO_DATA   ,                ,      ,            , false          , false
			2026=95                                 , 2026   , NO_DATA   ,                ,      ,            , false          , false
			2021Q2=91 2021Q3=89 2021Q4=92           , 2021Q4 , AT_RISK   , 2021Q3         , 92   , 2021Q4     , false          , false
			2021Q2=91 2021Q3=89                     , 2021Q3 , OFF_TRACK , 2021Q3         , 89   , 2021Q3     , false          , false
			2021=92 2022=93p                        , 2022   , ON_TRACK  ,                , 93   , 2022       , false          , true
			2021=89.96                              , 2021   , ON_TRACK  ,                , 90.0 , 2021       , false          , false
			2021=89.94                              , 2021   , OFF_TRACK , 2021           , 89.9 , 2021       , false          , false
			""")
	void everyPeriodMustHoldTheFloor(String series, String asOf, Status status, String breaches, String actual,
			String period, boolean awaitingFinal, boolean provisional) {
		TargetEvaluation result = evaluator.evaluate(Rules.maintain(">=", "90", 1), SeriesText.parse(series),
				Period.parse(asOf));

		assertThat(result.status()).isEqualTo(status);
		assertThat(result.breaches()).containsExactlyElementsOf(periods(breaches));
		assertDecimal("A", result.actual(), actual);
		assertThat(result.actualPeriod()).isEqualTo(period == null ? null : Period.parse(period));
		assertThat(result.awaitingFinal()).isEqualTo(awaitingFinal);
		assertThat(result.provisional()).isEqualTo(provisional);
		assertThat(result.growths()).isEmpty();
		assertThat(result.expected()).isNull();
	}

	private static List<Period> periods(String text) {
		return text == null ? List.of() : Arrays.stream(text.trim().split("\\s+")).map(Period::parse).toList();
	}

}
