package org.culturetargets.portal.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.shared.Period;

/**
 * A plan's targets for one scope, evaluated as of a period. {@code scopes} are all scopes the plan sets targets
 * for; {@code periods} the periods with data that can be chosen as "as of".
 */
public record Scorecard(PlanView plan, ScopeView scope, Period asOf, boolean asOfDefaulted, List<ScopeView> scopes,
		List<Period> periods, List<ScorecardLine> lines, Thresholds thresholds) {

	/** How many targets stand at each status, in the order of {@link Status}. */
	public Map<Status, Long> counts() {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		lines.forEach(line -> counts.merge(line.evaluation().status(), 1L, Long::sum));
		return counts;
	}

	/** True when the plan's target year has passed as of this scorecard: the final evaluation applies. */
	public boolean finalEvaluation() {
		return asOf != null && asOf.year() >= plan.periodEnd();
	}

}
