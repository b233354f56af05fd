package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A verdict resting on a provisional figure (快报) says so, including an estimate built from one. */
class ProvisionalFiguresTest {

	private final ProgressEvaluator evaluator = new ProgressEvaluator(Thresholds.defaults());

	@ParameterizedTest(name = "{0} as of {1} → provisional {2}")
	@CsvSource(textBlock = """
			# series                               | as of  | provisional | status
			2020=1000 2021=1250                    , 2021   , false       , ON_TRACK
			2020=1000 2021=1250p                   , 2021   , true        , ON_TRACK
			2020=1000p 2021=1250                   , 2021   , false       , ON_TRACK
			2021=1250p 2022=1500                   , 2022   , false       , ON_TRACK
			2020=1000 2020Q2=400 2021Q2=500        , 2021Q2 , false       , ON_TRACK
			2020=1000p 2020Q2=400 2021Q2=500       , 2021Q2 , true        , ON_TRACK
			2020=1000 2020Q2=400p 2021Q2=500       , 2021Q2 , true        , ON_TRACK
			2020=1000 2020Q2=400 2021Q2=500p       , 2021Q2 , true        , ON_TRACK
			2024=1900 2025=2100p                   , 2025   , true        , ACHIEVED
			2024=1900 2025=1950p                   , 2025   , true        , MISSED
			""")
	void provisionalIsCarriedToTheVerdict(String series, String asOf, boolean provisional, Status status) {
		TargetRule rule = Rules.level(Nature.FLOW, PathShape.LINEAR, Direction.HIGHER, "1000", ">=", "2000", 0);

		TargetEvaluation result = evaluator.evaluate(rule, SeriesText.parse(series), Period.parse(asOf));

		assertThat(result.provisional()).isEqualTo(provisional);
		assertThat(result.status()).isEqualTo(status);
	}

}
