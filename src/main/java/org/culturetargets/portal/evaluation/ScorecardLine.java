package org.culturetargets.portal.evaluation;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;

import java.util.List;

/** One target of a scorecard, its evaluation, and the values it was evaluated on (for the trend line). */
public record ScorecardLine(TargetView target, IndicatorView indicator, ScopeView scope, TargetEvaluation evaluation,
		List<FigureView> series) {

	/** Whether the value the target is judged on was computed from synthetic demo data: never an official figure. */
	public boolean actualSynthetic() {
		return evaluation.actualPeriod() != null && series.stream()
			.anyMatch(f -> f.period().equals(evaluation.actualPeriod()) && f.synthetic());
	}

}
