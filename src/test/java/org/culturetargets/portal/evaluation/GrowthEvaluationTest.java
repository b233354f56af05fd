package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.culturetargets.portal.evaluation.DecimalAssertions.assertDecimal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GROWTH targets, like the western districts' revenue growing by more than 10 % a year (Action Plan 2023-2025,
 * baseline 2022). Each year's growth is shown, and compared with g, at one decimal of a percent.
 */
class GrowthEvaluationTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} as of {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# series                                   | as of  | status    | growths (year:percent:met)         | A    | A's period | awaiting final
			2022=100 2023=111                          | 2023   | ON_TRACK  | 2023:11.0:y                        | 11.0 | 2023       | false
			2022=100 2023=110                          | 2023   | OFF_TRACK | 2023:10.0:n                        | 10.0 | 2023       | false
			2022=100 2023=111 2024=123 2025=136        | 2025   | ACHIEVED  | 2023:11.0:y 2024:10.8:y 2025:10.6:y | 10.6 | 2025       | false
			2022=100 2023=111 2024=120 2025=135        | 2025   | MISSED    | 2023:11.0:y 2024:8.1:n 2025:12.5:y  | 12.5 | 2025       | false
			2022=100 2023=111 2024=120                 | 2024   | OFF_TRACK | 2023:11.0:y 2024:8.1:n             | 8.1  | 2024       | false
			2022=100 2023=105 2024=120                 | 2024   | ON_TRACK  | 2023:5.0:n 2024:14.3:y             | 14.3 | 2024       | false
			2022=100 2023=111 2024=123 2025=136        | 2024   | ON_TRACK  | 2023:11.0:y 2024:10.8:y            | 10.8 | 2024       | false
			2022=100 2023=111 2024=123 2025=136 2026=90 | 2026  | ACHIEVED  | 2023:11.0:y 2024:10.8:y 2025:10.6:y | 10.6 | 2025       | false
			2022=100 2023=111 2025=140                 | 2025   | ON_TRACK  | 2023:11.0:y                        | 11.0 | 2023       | true
			2022=100 2024=123 2025=136                 | 2025   | ON_TRACK  | 2025:10.6:y                        | 10.6 | 2025       | false
			2022=100 2024=120                          | 2024   | NO_DATA   |                                    |      |            | false
			2020=80 2021=90                            | 2024   | NO_DATA   |                                    |      |            | false
			2022Q4=100 2023Q4=111                      | 2023Q4 | ON_TRACK  | 2023:11.0:y                        | 11.0 | 2023       | false
			2022=100 2023=111 2023Q2=50 2024Q2=56      | 2024Q2 | ON_TRACK  | 2023:11.0:y 2024:12.0:y            | 12.0 | 2024Q2     | false
			2022=100 2023=111 2023Q2=50 2024Q2=54      | 2024Q3 | OFF_TRACK | 2023:11.0:y 2024:8.0:n             | 8.0  | 2024Q2     | false
			2023Q3=80 2024Q3=90                        | 2024   | ON_TRACK  | 2024:12.5:y                        | 12.5 | 2024Q3     | false
			2022=100 2023=111 2023Q2=50 2024Q2=56 2024=118 | 2024 | OFF_TRACK | 2023:11.0:y 2024:6.3:n            | 6.3  | 2024       | false
			2023=100 2024=111 2024Q1=30 2025Q1=34      | 2025Q1 | ON_TRACK  | 2024:11.0:y 2025:13.3:y            | 13.3 | 2025Q1     | false
			2022=100 2023=110.04                       | 2023   | OFF_TRACK | 2023:10.0:n                        | 10.0 | 2023       | false
			2022=100 2023=110.06                       | 2023   | ON_TRACK  | 2023:10.1:y                        | 10.1 | 2023       | false
			2022=100 2023=110.05                       | 2023   | ON_TRACK  | 2023:10.1:y                        | 10.1 | 2023       | false
			2022=0 2023=10                             | 2023   | NO_DATA   |                                    |      |            | false
			""")
	void eachYearsGrowthIsComparedWithG(String series, String asOf, Status status, String growths, String actual,
			String period, boolean awaitingFinal) {
		TargetEvaluation result = evaluator.evaluate(Rules.growth(">", "10", 2), SeriesText.parse(series),
				Period.parse(asOf));

		assertThat(result.status()).isEqualTo(status);
		assertThat(result.growths()).extracting(YearGrowth::year, YearGrowth::growthPercent, YearGrowth::met)
				.containsExactlyElementsOf(growthsOf(growths).stream()
						.map(g -> tuple(g.year(), g.growthPercent(), g.met())).toList());
		assertDecimal("latest growth", result.actual(), actual);
		assertThat(result.actualPeriod()).isEqualTo(period == null ? null : Period.parse(period));
		assertThat(result.awaitingFinal()).isEqualTo(awaitingFinal);
		assertThat(result.expected()).isNull();
		assertThat(result.progressRatio()).isNull();
	}

	@ParameterizedTest(name = "{0} as of {1}: estimated {2}, provisional {3}, regression {4}")
	@CsvSource(textBlock = """
			# series                              | as of  | estimated | provisional | regression | years provisional
			2022=100 2023=111                     , 2023   , false     , false       , false      , false
			2022=100 2023=111p                    , 2023   , false     , true        , false      , true
			2022=100p 2023=111                    , 2023   , false     , true        , false      , true
			2022=100 2023=111 2023Q2=50 2024Q2=56 , 2024Q2 , true      , true        , false      , false true
			2022=100 2023=95                      , 2023   , false     , false       , true       , false
			2022=100 2023=100                     , 2023   , false     , false       , false      , false
			""")
	void partYearAndProvisionalFiguresAreMarked(String series, String asOf, boolean estimated, boolean provisional,
			boolean regression, String yearsProvisional) {
		TargetEvaluation result = evaluator.evaluate(Rules.growth(">", "10", 0), SeriesText.parse(series),
				Period.parse(asOf));

		assertThat(result.estimated()).isEqualTo(estimated);
		assertThat(result.provisional()).isEqualTo(provisional);
		assertThat(result.regression()).isEqualTo(regression);
		assertThat(result.growths()).extracting(YearGrowth::provisional)
				.containsExactlyElementsOf(Arrays.stream(yearsProvisional.split(" ")).map(Boolean::valueOf).toList());
	}

	@ParameterizedTest(name = "growth {1} of {0}: met {2}")
	@CsvSource(textBlock = """
			# series            | comparator | met
			2022=100 2023=110   , >=         , true
			2022=100 2023=110   , >          , false
			2022=100 2023=109.9 , >=         , false
			2022=100 2023=109.96, >=         , true
			""")
	void comparatorAppliesToTheShownGrowth(String series, String comparator, boolean met) {
		TargetEvaluation result = evaluator.evaluate(Rules.growth(comparator, "10", 2), SeriesText.parse(series),
				Period.parse("2023"));

		assertThat(result.growths()).singleElement().extracting(YearGrowth::met).isEqualTo(met);
		assertThat(result.status()).isEqualTo(met ? Status.ON_TRACK : Status.OFF_TRACK);
	}

	/** {@code 2023:11.0:y 2024:8.1:n}; provisional is not compared here. */
	private static List<YearGrowth> growthsOf(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.trim().split("\\s+")).map(entry -> entry.split(":"))
				.map(p -> new YearGrowth(Integer.parseInt(p[0]), new BigDecimal(p[1]), p[2].equals("y"), false))
				.toList();
	}

}
