package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.evaluation.DecimalAssertions.assertDecimal;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A flow's quarterly figures are year-to-date (1-6月 …). Before Q4 the annual value is estimated as last year's
 * annual × (YTD now ÷ YTD at the same quarter last year) and judged against the path at the end of that year.
 * Without all three figures only year-end figures count. Target: 1000 in 2020 → 2000 in 2025, straight path,
 * so E = 1000 + 1000·f.
 */
class FlowAnnualisationTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} as of {1} → A={3} (estimated: {5})")
	@CsvSource(textBlock = """
			# nature | series                                   | as of  | status    | A    | A's period | estimated | f    | E    | r
			FLOW     , 2020=1000 2020Q2=400 2021Q2=460          , 2021Q2 , OFF_TRACK , 1150 , 2021Q2     , true      , 0.2  , 1200 , 0.75
			FLOW     , 2020Q4=1000 2020Q2=400 2021Q2=460        , 2021Q2 , OFF_TRACK , 1150 , 2021Q2     , true      , 0.2  , 1200 , 0.75
			FLOW     , 2020=1000 2020Q2=400 2021Q2=460          , 2021Q3 , OFF_TRACK , 1150 , 2021Q2     , true      , 0.2  , 1200 , 0.75
			FLOW     , 2020=1000 2020Q2=400 2021Q2=520          , 2021Q2 , ON_TRACK  , 1300 , 2021Q2     , true      , 0.2  , 1200 , 1.50
			FLOW     , 2022=1500 2022Q3=1000 2023Q3=1100        , 2023Q3 , ON_TRACK  , 1650 , 2023Q3     , true      , 0.6  , 1600 , 1.08
			FLOW     , 2024=1900 2024Q1=400 2025Q1=440          , 2025Q1 , ACHIEVED  , 2090 , 2025Q1     , true      , 1    , 2000 , 1.09
			FLOW     , 2024=1800 2024Q1=400 2025Q1=420          , 2025Q1 , AT_RISK   , 1890 , 2025Q1     , true      , 1    , 2000 , 0.89
			FLOW     , 2020=1000 2021Q4=1250                    , 2021Q4 , ON_TRACK  , 1250 , 2021Q4     , false     , 0.2  , 1200 , 1.25
			FLOW     , 2020=1000 2021=1100 2022Q2=600           , 2022Q2 , OFF_TRACK , 1100 , 2021       , false     , 0.2  , 1200 , 0.50
			FLOW     , 2020=1000 2021Q4=1100 2021Q2=500 2022Q2=600 2022Q3=900 , 2022Q3 , OFF_TRACK , 1100 , 2021Q4 , false , 0.2 , 1200 , 0.50
			FLOW     , 2020=1000 2021Q2=460                     , 2021Q2 , NO_DATA   ,      ,            , false     ,      ,      ,
			FLOW     , 2020=1000 2021Q2=500 2022Q2=560          , 2022Q2 , NO_DATA   ,      ,            , false     ,      ,      ,
			FLOW     , 2020=1000 2020Q2=0 2021Q2=460            , 2021Q2 , NO_DATA   ,      ,            , false     ,      ,      ,
			FLOW     , 2020=1000 2020Q2=400 2021Q2=460 2021Q3=700 , 2021Q3 , NO_DATA ,      ,            , false     ,      ,      ,
			STOCK    , 2020=1000 2020Q2=400 2021Q2=460          , 2021Q2 , OFF_TRACK , 460  , 2021Q2     , false     , 0.1  , 1100 , -5.40
			""")
	void yearToDateFiguresAreAnnualised(Nature nature, String series, String asOf, Status status, String actual,
			String period, boolean estimated, String f, String expected, String ratio) {
		TargetRule rule = Rules.level(nature, PathShape.LINEAR, Direction.HIGHER, "1000", ">=", "2000", 0);

		TargetEvaluation result = evaluator.evaluate(rule, SeriesText.parse(series), Period.parse(asOf));

		assertThat(result.status()).isEqualTo(status);
		assertDecimal("A", result.actual(), actual);
		assertThat(result.actualPeriod()).isEqualTo(period == null ? null : Period.parse(period));
		assertThat(result.estimated()).isEqualTo(estimated);
		assertDecimal("f", result.timeFraction(), f);
		assertDecimal("E", result.expected(), expected);
		assertDecimal("r", result.progressRatio(), ratio);
	}

	/** Added value on the compound path: an estimate from 2021Q2 is read against E at the end of 2021, not at mid-year. */
	@ParameterizedTest(name = "{0}: E = {2} at f = {1}")
	@CsvSource(textBlock = """
			# series                               | f   | E       | requiredGrowth
			2020=2285 2020Q2=1000 2021Q2=1100      , 0.2 , 2412.87 , 0.0452
			2020=2285 2021Q2=1100                  ,     ,         ,
			""")
	void estimateIsJudgedAtTheEndOfItsYear(String series, String f, String expected, String required) {
		TargetEvaluation result = evaluator.evaluate(Rules.addedValue(2), SeriesText.parse(series),
				Period.parse("2021Q2"));

		assertDecimal("f", result.timeFraction(), f);
		assertDecimal("E", result.expected(), expected);
		assertDecimal("required growth", result.requiredGrowth(), required);
	}

}
