package org.culturetargets.portal.assessment.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.culturetargets.portal.assessment.ScoringRules;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.shared.Decimals;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.tasks.TaskStatus;

/**
 * The rules as the administrator's form sends them, as text: weights in percent, factors, and points by status
 * ({@code targetPoints[ACHIEVED]}, {@code taskPoints[OVERDUE]}; blank for a status not counted). {@link #rules}
 * checks every field and reports all problems at once, naming the field.
 */
public record RulesCmd(int version, String targetWeight, String taskWeight, String leadFactor,
		String responsibleFactor, Map<String, String> targetPoints, Map<String, String> taskPoints) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX_FACTOR = BigDecimal.TEN;

	public RulesCmd {
		targetPoints = targetPoints == null ? Map.of() : targetPoints;
		taskPoints = taskPoints == null ? Map.of() : taskPoints;
	}

	/** The rules this input sets for the plan and year, or every problem with it. */
	public ScoringRules rules(String planCode, int year) {
		InvalidInput.Check check = new InvalidInput.Check();
		BigDecimal targets = number(check, "targetWeight", targetWeight, BigDecimal.ZERO, HUNDRED, true);
		BigDecimal tasks = number(check, "taskWeight", taskWeight, BigDecimal.ZERO, HUNDRED, true);
		if (targets != null && tasks != null && targets.add(tasks).compareTo(HUNDRED) != 0) {
			check.reject("taskWeight", "assessment.invalid.weights", plain(targets.add(tasks)));
		}
		BigDecimal lead = number(check, "leadFactor", leadFactor, BigDecimal.ZERO, MAX_FACTOR, true);
		if (lead != null && lead.signum() == 0) {
			check.reject("leadFactor", "assessment.invalid.leadZero");
		}
		BigDecimal responsible = number(check, "responsibleFactor", responsibleFactor, BigDecimal.ZERO, MAX_FACTOR,
				true);
		Map<Status, BigDecimal> forTargets = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			BigDecimal points = number(check, "targetPoints[" + status + "]", targetPoints.get(status.name()),
					BigDecimal.ZERO, HUNDRED, false);
			if (points != null) {
				forTargets.put(status, points);
			}
		}
		Map<TaskStatus, BigDecimal> forTasks = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			BigDecimal points = number(check, "taskPoints[" + status + "]", taskPoints.get(status.name()),
					BigDecimal.ZERO, HUNDRED, false);
			if (points != null) {
				forTasks.put(status, points);
			}
		}
		check.done();
		return new ScoringRules(planCode, year, targets, tasks, lead, responsible, forTargets, forTasks, false, null,
				null, version);
	}

	/** A decimal within [min, max] with at most two decimals, as the columns keep it; null when blank or wrong. */
	private static BigDecimal number(InvalidInput.Check check, String field, String text, BigDecimal min,
			BigDecimal max, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				check.reject(field, "assessment.invalid.required");
			}
			return null;
		}
		BigDecimal value;
		try {
			value = Decimals.parse(text.strip());
		}
		catch (Decimals.OutOfBounds e) {
			check.reject(field, "assessment.invalid.range", text.strip(), plain(min), plain(max));
			return null;
		}
		catch (NumberFormatException e) {
			check.reject(field, "assessment.invalid.number", text.strip());
			return null;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			check.reject(field, "assessment.invalid.range", plain(value), plain(min), plain(max));
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			check.reject(field, "assessment.invalid.scale", plain(value));
			return null;
		}
		return value.setScale(2);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
