package org.culturetargets.portal.tasks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan's tasks counted by status as of a date: what the scorecard shows beside the targets. */
public record TaskSummary(String planCode, Map<TaskStatus, Long> counts, long total, long unassigned) {

	/** {@code tasks} (a plan's, as of one date) counted, for a caller that has read them already. */
	public static TaskSummary of(String planCode, List<TaskView> tasks) {
		Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
		for (TaskView task : tasks) {
			counts.merge(task.status(), 1L, Long::sum);
		}
		return new TaskSummary(planCode, counts, tasks.size(), tasks.stream().filter(TaskView::unassigned).count());
	}

	public long count(TaskStatus status) {
		return counts.getOrDefault(status, 0L);
	}

}
