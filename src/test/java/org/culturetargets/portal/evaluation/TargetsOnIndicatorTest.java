package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An indicator's targets in a scope, as the indicator page draws them: evaluated as on the scorecard, with their path. */
@PortalTest
class TargetsOnIndicatorTest {

	@Autowired
	Scorecards scorecards;

	@Test
	void eachTargetCarriesItsScorecardEvaluationAndThePathItExpects() {
		List<TargetProgress> targets = scorecards.targetsOn("added_value", "330100");
		TargetProgress fyp = targets.stream()
			.filter(t -> t.plan().code().equals("HZ-14FYP") && t.target().targetYear() == 2025)
			.findFirst()
			.orElseThrow();
		ScorecardLine line = scorecards.scorecard("HZ-14FYP", "330100", null)
			.orElseThrow()
			.lines()
			.stream()
			.filter(l -> l.target().id() == fyp.target().id())
			.findFirst()
			.orElseThrow();

		assertThat(targets).allMatch(t -> t.target().indicatorCode().equals("added_value"));
		assertThat(fyp.evaluation()).isEqualTo(line.evaluation());
		// the worked example: the compound path from 2285 in 2020 to 3000 in 2025, E(2021) as the scorecard reads it
		assertThat(fyp.path()).hasSize(6)
			.startsWith(new ExpectedValue(2020, new BigDecimal("2285.00")))
			.contains(new ExpectedValue(2021, new BigDecimal("2412.87")))
			.endsWith(new ExpectedValue(2025, new BigDecimal("3000.00")));
	}

	@Test
	void aScopeWithoutTargetsOnTheIndicatorHasNone() {
		assertThat(scorecards.targetsOn("added_value", "no-such-scope")).isEmpty();
	}

}
