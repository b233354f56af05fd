package org.culturetargets.portal.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.tasks.TaskStatus;
import org.culturetargets.portal.tasks.UnitRole;

/**
 * The arithmetic of the annual assessment, in plain Java (no database, no clock), exact decimals:
 * <ul>
 * <li>targets' part: the mean of the counted targets' points;</li>
 * <li>tasks' part: the mean of the counted tasks' points, each weighted by the unit's factor (lead or shared);</li>
 * <li>score: the parts weighted by the rules' percentages; a part with nothing counted is left out and the other
 * part weighs 100 %; with nothing counted at all there is no score.</li>
 * </ul>
 * Each part is rounded to two decimals (half up) as it is shown, and the score is computed from the parts as shown,
 * so a reader can redo the sum from the page.
 */
public final class Scoring {

	static final int SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scoring() {
	}

	/** A task the unit leads or shares, at its status. */
	public record TaskShare(TaskStatus status, UnitRole role) {
	}

	/** What a unit scored: a part is null when nothing of it was counted, the score when neither part was. */
	public record Result(BigDecimal targetPart, int targetsCounted, BigDecimal taskPart, int tasksCounted,
			BigDecimal score) {

		/** The weight the part had in the score (100 when it stood alone, 0 when it was left out). */
		public BigDecimal appliedWeight(BigDecimal weight, boolean targets) {
			BigDecimal own = targets ? targetPart : taskPart;
			BigDecimal other = targets ? taskPart : targetPart;
			return own == null ? BigDecimal.ZERO : other == null ? HUNDRED : weight;
		}

	}

	public static Result score(ScoringRules rules, List<Status> targets, List<TaskShare> tasks) {
		BigDecimal targetSum = BigDecimal.ZERO;
		int targetsCounted = 0;
		for (Status status : targets) {
			BigDecimal points = rules.points(status);
			if (points != null) {
				targetSum = targetSum.add(points);
				targetsCounted++;
			}
		}
		BigDecimal taskSum = BigDecimal.ZERO;
		BigDecimal factors = BigDecimal.ZERO;
		int tasksCounted = 0;
		for (TaskShare task : tasks) {
			BigDecimal points = rules.points(task.status());
			BigDecimal factor = rules.factor(task.role());
			if (points != null && factor.signum() > 0) {
				taskSum = taskSum.add(points.multiply(factor));
				factors = factors.add(factor);
				tasksCounted++;
			}
		}
		BigDecimal targetPart = targetsCounted == 0 ? null
				: targetSum.divide(BigDecimal.valueOf(targetsCounted), SCALE, RoundingMode.HALF_UP);
		BigDecimal taskPart = tasksCounted == 0 ? null : taskSum.divide(factors, SCALE, RoundingMode.HALF_UP);
		return new Result(targetPart, targetsCounted, taskPart, tasksCounted, combine(rules, targetPart, taskPart));
	}

	private static BigDecimal combine(ScoringRules rules, BigDecimal targetPart, BigDecimal taskPart) {
		if (targetPart == null) {
			return taskPart;
		}
		if (taskPart == null) {
			return targetPart;
		}
		return targetPart.multiply(rules.targetWeight())
			.add(taskPart.multiply(rules.taskWeight()))
			.divide(HUNDRED)
			.setScale(SCALE, RoundingMode.HALF_UP);
	}

}
