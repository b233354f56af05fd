package org.culturetargets.portal.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import org.culturetargets.portal.assessment.Assessment;
import org.culturetargets.portal.tasks.TaskStatus;
import org.culturetargets.portal.tasks.TaskSummary;
import org.culturetargets.portal.tasks.TaskView;

/**
 * The final evaluation's section on the plan's key tasks, as they stood at the end of its target year: counts by
 * status, the overdue and behind tasks with their units, and the target year's annual assessment when it scored
 * anyone ({@code assessment} null otherwise).
 */
public record FinalReportTasks(LocalDate asOf, TaskSummary summary, List<TaskView> late, Assessment assessment) {

	static FinalReportTasks of(LocalDate asOf, TaskSummary summary, List<TaskView> tasks, Assessment assessment) {
		List<TaskView> late = tasks.stream()
			.filter(t -> t.status() == TaskStatus.OVERDUE || t.status() == TaskStatus.BEHIND)
			.sorted((a, b) -> a.status() != b.status() ? a.status().compareTo(b.status()) : Long.compare(a.id(), b.id()))
			.toList();
		return new FinalReportTasks(asOf, summary, late,
				assessment != null && assessment.scored() ? assessment : null);
	}

	public List<TaskStatus> statuses() {
		return List.of(TaskStatus.values());
	}

}
