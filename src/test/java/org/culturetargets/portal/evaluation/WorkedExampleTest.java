package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked example: Hangzhou's cultural added value, 2285 亿元 in 2020 (seed 001, indicator table
 * row 1) to at least 3000 in 2025, a money flow on the compound path; published 2586 for 2021 and 3211 for 2023.
 * The returned numbers are the rounded ones that are shown: E at the display scale, r at two decimals
 * (2.354 before rounding, 2.35 as returned), rates at four decimals. Equality here includes the scale.
 */
class WorkedExampleTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} as of {1}, shown with {2} decimals → {3}")
	@CsvSource(textBlock = """
			# series              | as of | scale | status   | A       | f      | E       | r    | completion | cagr   | required | projected
			2020=2285 2021=2586     , 2021  , 2     , ON_TRACK , 2586.00 , 0.2000 , 2412.87 , 2.35 , 0.8620     , 0.1317 , 0.0378   , 4242.26
			2020=2285 2021=2586     , 2021  , 0     , ON_TRACK , 2586    , 0.2000 , 2413    , 2.35 , 0.8620     , 0.1317 , 0.0378   , 4242
			2020=2285 2021=2586 2023=3211 , 2023 , 2 , ACHIEVED , 3211.00 , 0.6000 , 2690.46 , 2.28 , 1.0703     , 0.1201 , -0.0334  , 4028.50
			2020=2285 2021=2586 2023=3211 , 2022 , 2 , ON_TRACK , 2586.00 , 0.2000 , 2412.87 , 2.35 , 0.8620     , 0.1317 , 0.0378   , 4242.26
			""")
	void addedValueOfThe14thFiveYearPlan(String series, String asOf, int scale, Status status, BigDecimal actual,
			BigDecimal f, BigDecimal expected, BigDecimal ratio, BigDecimal completion, BigDecimal cagr,
			BigDecimal required, BigDecimal projected) {
		TargetEvaluation result = evaluator.evaluate(Rules.addedValue(scale), SeriesText.parse(series),
				Period.parse(asOf));

		assertThat(result.status()).isEqualTo(status);
		assertThat(result.actual()).isEqualTo(actual);
		assertThat(result.timeFraction()).isEqualTo(f);
		assertThat(result.expected()).isEqualTo(expected);
		assertThat(result.progressRatio()).isEqualTo(ratio);
		assertThat(result.completionRate()).isEqualTo(completion);
		assertThat(result.cagr()).isEqualTo(cagr);
		assertThat(result.requiredGrowth()).isEqualTo(required);
		assertThat(result.projected()).isEqualTo(projected);
		assertThat(result.regression()).isFalse();
		assertThat(result.estimated()).isFalse();
		assertThat(result.awaitingFinal()).isFalse();
	}

}
