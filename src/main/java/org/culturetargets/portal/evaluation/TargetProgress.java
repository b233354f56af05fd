package org.culturetargets.portal.evaluation;

import java.util.List;

import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.TargetView;

/**
 * A target with its plan, where it stands and the path it expects: what a page needs to draw the target beside its
 * indicator's values and to explain its status.
 *
 * @param evaluation as its plan's scorecard evaluates it by default, as of the latest data
 * @param path E year by year from the baseline year to the target year; empty unless a LEVEL target with B and T
 */
public record TargetProgress(PlanView plan, TargetView target, TargetEvaluation evaluation, List<ExpectedValue> path) {

	public TargetProgress {
		path = List.copyOf(path);
	}

}
