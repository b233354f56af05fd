package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The thresholds are settings: the same progress earns a different colour under different settings. */
class ThresholdsTest {

	/** B = 0, T = 100: at 2023Q2 E = 50, so r = A ÷ 50. */
	@ParameterizedTest(name = "r = {0}: on track from {1}, at risk from {2} → {3}")
	@CsvSource(textBlock = """
			# A    | on track | at risk | status
			47.5   , 1.0      , 0.8     , AT_RISK
			47.5   , 0.95     , 0.8     , ON_TRACK
			47.25  , 0.95     , 0.8     , ON_TRACK
			47     , 0.95     , 0.8     , AT_RISK
			30     , 1.0      , 0.8     , OFF_TRACK
			30     , 0.9      , 0.6     , AT_RISK
			29.5   , 0.9      , 0.6     , OFF_TRACK
			50     , 1.1      , 0.9     , AT_RISK
			40     , 1.0      , 1.0     , OFF_TRACK
			""")
	void statusUsesTheConfiguredThresholds(String actual, BigDecimal onTrack, BigDecimal atRisk, Status status) {
		ProgressEvaluator evaluator = new ProgressEvaluator(new Thresholds(onTrack, atRisk));

		TargetEvaluation result = evaluator.evaluate(Rules.linearStock("0", ">=", "100", 2),
				SeriesText.parse("2023Q2=" + actual), Period.parse("2023Q2"));

		assertThat(result.status()).isEqualTo(status);
	}

	@Test
	void defaultsAreThoseOfTheSpecification() {
		assertThat(Thresholds.defaults().onTrack()).isEqualByComparingTo("1.0");
		assertThat(Thresholds.defaults().atRisk()).isEqualByComparingTo("0.8");
	}

	@Test
	void atRiskMayNotLieAboveOnTrack() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(new BigDecimal("0.8"), new BigDecimal("1.0")));
	}

}
