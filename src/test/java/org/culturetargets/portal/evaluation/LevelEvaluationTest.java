package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.evaluation.DecimalAssertions.assertDecimal;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LEVEL targets: which value is A, where the path stands for it, and the status it earns. Plan 2020 → 2025. */
class LevelEvaluationTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	private TargetEvaluation evaluate(TargetRule rule, String series, String asOf) {
		return evaluator.evaluate(rule, SeriesText.parse(series), Period.parse(asOf));
	}

	/** B = 0, T = 100 on the straight path, so E = 100·f and f can be read off E. */
	@ParameterizedTest(name = "A in {0} → f = {1}")
	@CsvSource(textBlock = """
			# A's period | f    | E
			2021Q1       , 0.05 , 5
			2021Q3       , 0.15 , 15
			2021         , 0.2  , 20
			2021Q4       , 0.2  , 20
			2022Q1       , 0.25 , 25
			2023Q2       , 0.5  , 50
			2024         , 0.8  , 80
			2025Q3       , 0.95 , 95
			2026         , 1    , 100
			2027Q2       , 1    , 100
			""")
	void timeFractionCountsQuartersSinceTheEndOfTheBaselineYear(String period, String f, String expected) {
		TargetEvaluation result = evaluate(Rules.linearStock("0", ">=", "100", 2), period + "=1", period);

		assertDecimal("f", result.timeFraction(), f);
		assertDecimal("E", result.expected(), expected);
		assertThat(result.actualPeriod()).isEqualTo(Period.parse(period));
	}

	@ParameterizedTest(name = "B={0} T={1}: A={3} in {2} → E={4}")
	@CsvSource(textBlock = """
			# B  | T    | A's period | A   | E on the straight path | E on the compound path
			100  , 200  , 2023Q2     , 150 , 150.00                 , 141.42
			2285 , 3000 , 2021       , 2586, 2428.00                , 2412.87
			2285 , 3000 , 2023       , 3211, 2714.00                , 2690.46
			100  , 50   , 2023Q2     , 75  , 75.00                  , 70.71
			0    , 100  , 2023Q2     , 50  , 50.00                  , 50.00
			""")
	void expectedValueFollowsThePathShape(String baseline, String target, String period, String actual,
			String onStraightPath, String onCompoundPath) {
		String series = period + "=" + actual;
		TargetEvaluation linear = evaluate(Rules.level(Nature.STOCK, PathShape.LINEAR, Direction.HIGHER, baseline,
				">=", target, 2), series, period);
		TargetEvaluation compound = evaluate(Rules.level(Nature.STOCK, PathShape.COMPOUND, Direction.HIGHER, baseline,
				">=", target, 2), series, period);

		assertDecimal("linear E", linear.expected(), onStraightPath);
		// the last row: a compound path cannot start at zero, so it runs straight
		assertDecimal("compound E", compound.expected(), onCompoundPath);
	}

	@ParameterizedTest(name = "{0} as of {1} → {2}")
	@CsvSource(textBlock = """
			# series                         | as of  | status   | A    | A's period | f
			2020=2285 2021=2586              , 2022   , ON_TRACK , 2586 , 2021       , 0.2
			2020=2285 2021=2586              , 2021Q2 , NO_DATA  ,      ,            ,
			2020=2285 2021=2586 2022=2700    , 2021   , ON_TRACK , 2586 , 2021       , 0.2
			2020=2285                        , 2023   , NO_DATA  ,      ,            ,
			2019=2000 2020=2285              , 2023   , NO_DATA  ,      ,            ,
			''                               , 2023   , NO_DATA  ,      ,            ,
			2021=2586 2023=3211              , 2022Q3 , ON_TRACK , 2586 , 2021       , 0.2
			2023=3211 2021=2586              , 2024   , ACHIEVED , 3211 , 2023       , 0.6
			""")
	void actualIsTheLatestValueAfterTheBaselineYearAndNotAfterAsOf(String series, String asOf, Status status,
			String actual, String period, String f) {
		TargetEvaluation result = evaluate(Rules.addedValue(0), series, asOf);

		assertThat(result.status()).isEqualTo(status);
		assertDecimal("A", result.actual(), actual);
		assertThat(result.actualPeriod()).isEqualTo(period == null ? null : Period.parse(period));
		assertDecimal("f", result.timeFraction(), f);
	}

	/** B = 0, E = T·f: 2023Q2 is halfway, so E = T/2. */
	@ParameterizedTest(name = "T={0}, scale {1}: A={2} → r={4} {5}")
	@CsvSource(textBlock = """
			# T   | scale | A      | E      | r     | status    | regression
			100   , 1     , 50     , 50.0   , 1.00  , ON_TRACK  , false
			100   , 1     , 49.98  , 50.0   , 1.00  , ON_TRACK  , false
			100   , 1     , 49.9   , 50.0   , 1.00  , ON_TRACK  , false
			100   , 1     , 49.7   , 50.0   , 0.99  , AT_RISK   , false
			100   , 1     , 40     , 50.0   , 0.80  , AT_RISK   , false
			100   , 1     , 39.8   , 50.0   , 0.80  , AT_RISK   , false
			10000 , 1     , 3999.5 , 5000.0 , 0.80  , AT_RISK   , false
			10000 , 1     , 3974.9 , 5000.0 , 0.79  , OFF_TRACK , false
			100   , 1     , 39.7   , 50.0   , 0.79  , OFF_TRACK , false
			100   , 1     , 0      , 50.0   , 0.00  , OFF_TRACK , false
			100   , 1     , -5     , 50.0   , -0.10 , OFF_TRACK , true
			100   , 1     , 75     , 50.0   , 1.50  , ON_TRACK  , false
			100   , 1     , 100    , 50.0   , 2.00  , ACHIEVED  , false
			100   , 1     , 120    , 50.0   , 2.40  , ACHIEVED  , false
			""")
	void statusFollowsTheProgressRatioAgainstTheThresholds(String target, int scale, String actual, String expected,
			String ratio, Status status, boolean regression) {
		TargetEvaluation result = evaluate(Rules.linearStock("0", ">=", target, scale), "2023Q2=" + actual, "2023Q2");

		assertDecimal("E", result.expected(), expected);
		assertDecimal("r", result.progressRatio(), ratio);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.regression()).isEqualTo(regression);
	}

	/** A cost to bring down from 100 to 60 on the straight path: halfway (2023Q2) E = 80. */
	@ParameterizedTest(name = "lower is better, {0} {1}: A={2} → {5}")
	@CsvSource(textBlock = """
			# path   | comparator | A   | E     | r     | status    | regression | completion
			LINEAR   , <=         , 80  , 80.00 , 1.00  , ON_TRACK  , false      , 0.7500
			LINEAR   , <=         , 70  , 80.00 , 1.50  , ON_TRACK  , false      , 0.8571
			LINEAR   , <=         , 84  , 80.00 , 0.80  , AT_RISK   , false      , 0.7143
			LINEAR   , <=         , 86  , 80.00 , 0.70  , OFF_TRACK , false      , 0.6977
			LINEAR   , <=         , 100 , 80.00 , 0.00  , OFF_TRACK , false      , 0.6000
			LINEAR   , <=         , 105 , 80.00 , -0.25 , OFF_TRACK , true       , 0.5714
			LINEAR   , <=         , 60  , 80.00 , 2.00  , ACHIEVED  , false      , 1.0000
			LINEAR   , <          , 60  , 80.00 , 2.00  , ON_TRACK  , false      , 1.0000
			LINEAR   , <          , 59  , 80.00 , 2.05  , ACHIEVED  , false      , 1.0169
			COMPOUND , <=         , 77.46 , 77.46 , 1.00 , ON_TRACK , false      , 0.7746
			COMPOUND , <=         , 80  , 77.46 , 0.89  , AT_RISK   , false      , 0.7500
			""")
	void lowerIsBetterIsMirrored(PathShape path, String comparator, String actual, String expected, String ratio,
			Status status, boolean regression, String completion) {
		TargetRule rule = Rules.level(Nature.STOCK, path, Direction.LOWER, "100", comparator, "60", 2);

		TargetEvaluation result = evaluate(rule, "2023Q2=" + actual, "2023Q2");

		assertDecimal("E", result.expected(), expected);
		assertDecimal("r", result.progressRatio(), ratio);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.regression()).isEqualTo(regression);
		assertDecimal("completion T ÷ A", result.completionRate(), completion);
	}

	/** B = 0, T = 100: the target year's own figure decides; a year that is over without it waits. */
	@ParameterizedTest(name = "{0} as of {1} → {2}")
	@CsvSource(textBlock = """
			# series                 | as of  | status    | A   | A's period | r    | awaiting final
			2024=90 2025=99          , 2025   , MISSED    , 99  , 2025       , 0.99 , false
			2024=90 2025=100         , 2025   , ACHIEVED  , 100 , 2025       , 1.00 , false
			2024=90 2025Q4=100       , 2025Q4 , ACHIEVED  , 100 , 2025Q4     , 1.00 , false
			2024=90 2025Q4=95        , 2026   , MISSED    , 95  , 2025Q4     , 0.95 , false
			2025=99 2026=120         , 2026   , MISSED    , 99  , 2025       , 0.99 , false
			2025=101 2026=80         , 2027   , ACHIEVED  , 101 , 2025       , 1.01 , false
			2024=90 2025=99          , 2025Q4 , ON_TRACK  , 90  , 2024       , 1.13 , true
			2024=90 2025=99          , 2024   , ON_TRACK  , 90  , 2024       , 1.13 , false
			2024=90 2025Q3=95        , 2025Q3 , ON_TRACK  , 95  , 2025Q3     , 1.00 , false
			2024=90 2025Q3=90        , 2025Q3 , AT_RISK   , 90  , 2025Q3     , 0.95 , false
			2024=90                  , 2026   , ON_TRACK  , 90  , 2024       , 1.13 , true
			2024=70 2026=85          , 2026   , AT_RISK   , 85  , 2026       , 0.85 , true
			2024=70 2026=60          , 2027   , OFF_TRACK , 60  , 2026       , 0.60 , true
			2024=101                 , 2024   , ACHIEVED  , 101 , 2024       , 1.26 , false
			2024=101                 , 2026   , ACHIEVED  , 101 , 2024       , 1.26 , true
			""")
	void theTargetYearsFigureSettlesTheTarget(String series, String asOf, Status status, String actual,
			String period, String ratio, boolean awaitingFinal) {
		TargetEvaluation result = evaluate(Rules.linearStock("0", ">=", "100", 0), series, asOf);

		assertThat(result.status()).isEqualTo(status);
		assertDecimal("A", result.actual(), actual);
		assertThat(result.actualPeriod()).isEqualTo(Period.parse(period));
		assertDecimal("r", result.progressRatio(), ratio);
		assertThat(result.awaitingFinal()).isEqualTo(awaitingFinal);
	}

	@ParameterizedTest(name = "unknown baseline: {0} as of {1} → {2}")
	@CsvSource(textBlock = """
			# series            | as of | status      | A   | completion | required | awaiting final
			2023=120            , 2023  , ACHIEVED    , 120 , 1.2000     , -0.0871  , false
			2023=80             , 2023  , NO_BASELINE , 80  , 0.8000     , 0.1180   , false
			2023=80 2025=90     , 2025  , MISSED      , 90  , 0.9000     ,          , false
			2023=80 2025=100    , 2025  , ACHIEVED    , 100 , 1.0000     ,          , false
			2023=80 2026=90     , 2026  , NO_BASELINE , 90  , 0.9000     ,          , true
			''                  , 2026  , NO_DATA     ,     ,            ,          , false
			""")
	void withoutABaselineThereIsNoPath(String series, String asOf, Status status, String actual, String completion,
			String required, boolean awaitingFinal) {
		TargetEvaluation result = evaluate(Rules.linearStock(null, ">=", "100", 0), series, asOf);

		assertThat(result.status()).isEqualTo(status);
		assertDecimal("A", result.actual(), actual);
		assertThat(result.expected()).isNull();
		assertThat(result.progressRatio()).isNull();
		assertThat(result.cagr()).isNull();
		assertThat(result.projected()).isNull();
		assertThat(result.regression()).isFalse();
		assertDecimal("completion", result.completionRate(), completion);
		assertDecimal("required growth", result.requiredGrowth(), required);
		assertThat(result.awaitingFinal()).isEqualTo(awaitingFinal);
	}

	@ParameterizedTest(name = "B={0} T={1}: A={3} in {2}")
	@CsvSource(textBlock = """
			# B  | T   | period | A   | completion | cagr   | required | projected
			100  , 200 , 2022   , 121 , 0.6050     , 0.1000 , 0.1824   , 161
			100  , 200 , 2021Q2 , 110 , 0.5500     , 0.2100 , 0.1612   , 236
			100  , 200 , 2023Q2 , 121 , 0.6050     , 0.0792 , 0.2856   , 141
			100  , 200 , 2025   , 150 , 0.7500     , 0.0845 ,          ,
			100  , 200 , 2026   , 150 , 0.7500     , 0.0699 ,          ,
			100  , 200 , 2023   , 90  , 0.4500     , -0.0345, 0.4907   , 84
			0    , 200 , 2023   , 50  , 0.2500     ,        , 1.0000   ,
			100  , 200 , 2023   , -10 , -0.0500    ,        ,          ,
			100  , 0   , 2023   , 50  ,            , -0.2063,          , 31
			""")
	void ratesBesideTheStatus(String baseline, String target, String period, String actual, String completion,
			String cagr, String required, String projected) {
		TargetEvaluation result = evaluate(Rules.linearStock(baseline, ">=", target, 0), period + "=" + actual,
				"2026");

		assertDecimal("completion", result.completionRate(), completion);
		assertDecimal("CAGR", result.cagr(), cagr);
		assertDecimal("required growth", result.requiredGrowth(), required);
		assertDecimal("projected", result.projected(), projected);
	}

}
