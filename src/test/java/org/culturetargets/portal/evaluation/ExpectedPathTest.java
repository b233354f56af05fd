package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The target path a chart draws: the same E as the evaluation, year by year. */
class ExpectedPathTest {

	private static TargetRule rule(PathShape path) {
		return new TargetRule(TargetKind.LEVEL, Comparator.GE, new BigDecimal("2285"), 2020, new BigDecimal("3000"),
				2025, Direction.HIGHER, Nature.FLOW, path, 2);
	}

	@Test
	void aCompoundPathGrowsByTheSameFactorEachYear() {
		assertThat(ProgressEvaluator.expectedAtEndOf(rule(PathShape.COMPOUND), 2020)).isEqualByComparingTo("2285.00");
		// the worked example of docs/methodology.md: E(2021) = 2285 × (3000/2285)^0.2
		assertThat(ProgressEvaluator.expectedAtEndOf(rule(PathShape.COMPOUND), 2021)).isEqualByComparingTo("2412.87");
		assertThat(ProgressEvaluator.expectedAtEndOf(rule(PathShape.COMPOUND), 2025)).isEqualByComparingTo("3000.00");
	}

	@Test
	void aLinearPathAddsTheSameAmountEachYear() {
		assertThat(ProgressEvaluator.expectedAtEndOf(rule(PathShape.LINEAR), 2022)).isEqualByComparingTo("2571.00");
	}

	@Test
	void noPathWithoutABaseline() {
		TargetRule noBaseline = new TargetRule(TargetKind.LEVEL, Comparator.GE, null, 2020, new BigDecimal("16"), 2025,
				Direction.HIGHER, Nature.STOCK, PathShape.LINEAR, 1);
		assertThat(ProgressEvaluator.expectedAtEndOf(noBaseline, 2022)).isNull();
	}

}
