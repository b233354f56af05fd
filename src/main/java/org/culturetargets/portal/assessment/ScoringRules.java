package org.culturetargets.portal.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.tasks.TaskStatus;
import org.culturetargets.portal.tasks.UnitRole;

/**
 * How an annual assessment scores a unit (docs/methodology.md, "Annual assessment"): the weights of the targets'
 * part and the tasks' part in percent (summing to 100), the points (0–100) a target or a task earns at each status
 * (a status without points is not counted), and the factor a task counts with when the unit leads it or shares it.
 * {@code defaults} is true for the portal's default rules, used for a plan and year the administrator has not set.
 */
public record ScoringRules(String planCode, Integer year, BigDecimal targetWeight, BigDecimal taskWeight,
		BigDecimal leadFactor, BigDecimal responsibleFactor, Map<Status, BigDecimal> targetPoints,
		Map<TaskStatus, BigDecimal> taskPoints, boolean defaults, String updatedBy, Instant updatedAt, int version) {

	public ScoringRules {
		Objects.requireNonNull(targetWeight, "targetWeight");
		Objects.requireNonNull(taskWeight, "taskWeight");
		Objects.requireNonNull(leadFactor, "leadFactor");
		Objects.requireNonNull(responsibleFactor, "responsibleFactor");
		targetPoints = targetPoints.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targetPoints));
		taskPoints = taskPoints.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(taskPoints));
	}

	/** The points of a target at this status; null when such a target is not counted. */
	public BigDecimal points(Status status) {
		return targetPoints.get(status);
	}

	/** The points of a task at this status; null when such a task is not counted. */
	public BigDecimal points(TaskStatus status) {
		return taskPoints.get(status);
	}

	public BigDecimal factor(UnitRole role) {
		return role == UnitRole.LEAD ? leadFactor : responsibleFactor;
	}

	/** The target statuses in the order the rules list them. */
	public Status[] targetStatuses() {
		return Status.values();
	}

	public TaskStatus[] taskStatuses() {
		return TaskStatus.values();
	}

}
