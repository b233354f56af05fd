package org.culturetargets.portal.dashboard.web;

import java.util.List;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanView;

/**
 * A line of the indicators' list: the indicator, its latest value in the city (null when it has none), and the
 * status of each plan's city target on it.
 */
public record IndicatorRow(IndicatorView indicator, FigureView latest, List<PlanStatus> statuses) {

	/** A plan's target on the indicator, as that plan's scorecard judges it. */
	public record PlanStatus(PlanView plan, Status status) {
	}

}
