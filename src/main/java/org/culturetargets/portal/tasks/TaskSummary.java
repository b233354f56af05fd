package org.culturetargets.portal.tasks;

import java.util.Map;

/** A plan's tasks counted by status as of a date: what the scorecard shows beside the targets. */
public record TaskSummary(String planCode, Map<TaskStatus, Long> counts, long total, long unassigned) {

	public long count(TaskStatus status) {
		return counts.getOrDefault(status, 0L);
	}

}
