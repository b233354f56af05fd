package org.culturetargets.portal.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The status of a task as of a date, from its deadline, its milestones, its start, its progress reports and its
 * completion (docs/methodology.md, "Key tasks"). Plain Java: nothing here reads a database or a clock, so that each
 * rule is tested with the dates it names. Anything dated after the as-of date has not happened yet.
 */
public final class TaskRule {

	private TaskRule() {
	}

	/** A milestone's due date and the date it was reached, if it was. */
	public record Milestone(LocalDate dueOn, LocalDate reachedOn) {

		public Milestone {
			Objects.requireNonNull(dueOn, "dueOn");
		}

		boolean reachedBy(LocalDate asOf) {
			return reachedOn != null && !reachedOn.isAfter(asOf);
		}

	}

	/** What the rule looks at; {@code reports} are the dates progress was reported on. */
	public record Facts(LocalDate deadline, LocalDate startedOn, LocalDate completedOn, List<Milestone> milestones,
			List<LocalDate> reports) {

		public Facts {
			milestones = List.copyOf(milestones);
			reports = List.copyOf(reports);
		}

	}

	public static TaskAssessment assess(Facts task, LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf");
		LocalDate deadline = task.deadline();
		LocalDate completed = task.completedOn();
		if (completed != null && !completed.isAfter(asOf)) {
			if (deadline == null) {
				return of(TaskStatus.COMPLETED, "task.why.completedNoDeadline", completed);
			}
			if (!completed.isAfter(deadline)) {
				return of(TaskStatus.COMPLETED_ON_TIME, "task.why.completedOnTime", completed, deadline);
			}
			return of(TaskStatus.COMPLETED, "task.why.completedLate", completed, deadline, days(deadline, completed));
		}
		if (deadline != null && asOf.isAfter(deadline)) {
			return of(TaskStatus.OVERDUE, "task.why.overdue", deadline, days(deadline, asOf));
		}
		List<Milestone> missed = task.milestones()
			.stream()
			.filter(m -> m.dueOn().isBefore(asOf) && !m.reachedBy(asOf))
			.sorted(Comparator.comparing(Milestone::dueOn))
			.toList();
		if (!missed.isEmpty()) {
			return of(TaskStatus.BEHIND, "task.why.behind", missed.size(), task.milestones().size(),
					missed.get(0).dueOn());
		}
		long reached = task.milestones().stream().filter(m -> m.reachedBy(asOf)).count();
		LocalDate lastReport = task.reports()
			.stream()
			.filter(d -> !d.isAfter(asOf))
			.max(Comparator.naturalOrder())
			.orElse(null);
		boolean started = task.startedOn() != null && !task.startedOn().isAfter(asOf);
		if (reached > 0) {
			return of(TaskStatus.IN_PROGRESS, "task.why.milestonesReached", reached, task.milestones().size());
		}
		if (lastReport != null) {
			return of(TaskStatus.IN_PROGRESS, "task.why.reported", lastReport);
		}
		if (started) {
			return of(TaskStatus.IN_PROGRESS, "task.why.started", task.startedOn());
		}
		return deadline == null ? of(TaskStatus.NOT_STARTED, "task.why.notStartedNoDeadline")
				: of(TaskStatus.NOT_STARTED, "task.why.notStarted", deadline);
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	private static TaskAssessment of(TaskStatus status, String key, Object... args) {
		return new TaskAssessment(status, key,
				Arrays.stream(args).map(a -> a instanceof LocalDate d ? (Object) d.toString() : a).toList());
	}

}
