package org.culturetargets.portal.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRole;

/**
 * One responsible unit's assessment: each target and task counted, with its status and points, and the result.
 * {@code area} units (districts, counties, the city) are judged on the targets the plan sets for their area;
 * departments have no area targets and are judged on their tasks only. {@code rank} is 1 for the best score, 0 for
 * a unit without one.
 */
public record UnitAssessment(String key, boolean area, String code, String nameZh, String nameEn,
		List<CountedTarget> targets, List<CountedTask> tasks, Scoring.Result result, int rank) {

	/** A target of the unit's area at its status as of the year; {@code points} null when its status is not counted. */
	public record CountedTarget(TargetView target, IndicatorView indicator, Status status, BigDecimal points) {

		public boolean counted() {
			return points != null;
		}

	}

	/** A task the unit leads or shares at its status as of the year's end; {@code points} null when not counted. */
	public record CountedTask(TaskView task, UnitRole role, BigDecimal points, BigDecimal factor) {

		public boolean counted() {
			return points != null && factor.signum() > 0;
		}

	}

	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn
				: nameZh;
	}

}
