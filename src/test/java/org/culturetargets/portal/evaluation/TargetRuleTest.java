package org.culturetargets.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rule that cannot be judged is refused when it is made, not discovered halfway through an evaluation. */
class TargetRuleTest {

	@ParameterizedTest(name = "{0} {1} {2}, {3} → {4}, scale {5}: refused")
	@CsvSource(textBlock = """
			# kind   | comparator | target | baseline year | target year | scale
			LEVEL    ,            , 3000   , 2020          , 2025        , 0
			LEVEL    , GE         ,        , 2020          , 2025        , 0
			GROWTH   ,            , 10     , 2022          , 2025        , 1
			MAINTAIN , GE         ,        , 2020          , 2025        , 1
			LEVEL    , GE         , 3000   , 2025          , 2025        , 0
			LEVEL    , GE         , 3000   , 2025          , 2020        , 0
			LEVEL    , GE         , 3000   , 2020          , 2025        , -1
			MONITOR  ,            ,        , 2020          , 2025        , -1
			""")
	void incompleteRulesAreRefused(TargetKind kind, Comparator comparator, BigDecimal target, int baselineYear,
			int targetYear, int scale) {
		assertThatIllegalArgumentException().isThrownBy(() -> new TargetRule(kind, comparator, BigDecimal.ONE,
				baselineYear, target, targetYear, Direction.HIGHER, Nature.STOCK, PathShape.LINEAR, scale));
	}

	@Test
	void aWatchedFigureNeedsNoTarget() {
		assertThatNoException().isThrownBy(() -> new TargetRule(TargetKind.MONITOR, null, null, 2020, null, 2020,
				Direction.HIGHER, Nature.STOCK, PathShape.LINEAR, 0));
	}

	@Test
	void twoValuesForOnePeriodAreRefused() {
		List<Observation> series = SeriesText.parse("2020=2285 2021=2500p 2021=2586");

		assertThatIllegalArgumentException()
				.isThrownBy(() -> new ProgressEvaluator(Thresholds.defaults()).evaluate(Rules.addedValue(0), series,
						Period.parse("2021")))
				.withMessageContaining("2021");
	}

}
