package org.culturetargets.portal.evaluation;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;

import java.util.List;

/** One target of a scorecard, its evaluation, and the values it was evaluated on (for the trend line). */
public record ScorecardLine(TargetView target, IndicatorView indicator, ScopeView scope, TargetEvaluation evaluation,
		List<FigureView> series) {
}
