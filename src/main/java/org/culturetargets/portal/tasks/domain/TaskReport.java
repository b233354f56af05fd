package org.culturetargets.portal.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One revision of a unit's quarterly progress report on a task, with the milestones it says were reached. */
public record TaskReport(long id, long taskId, String unitKey, String period, int revision, TaskReportStatus status,
		String narrative, String reviewComment, String changedBy, Instant changedAt, String submittedBy,
		Instant submittedAt, String reviewedBy, Instant reviewedAt, int version, List<Reached> milestones,
		List<Evidence> evidence) {

	/** A milestone of the task and the day the unit says it was reached. */
	public record Reached(long milestoneId, LocalDate reachedOn) {
	}

	/** An evidence file attached to the report: download it at {@code /evidence/{id}}. */
	public record Evidence(long id, String name) {
	}

	public String statusKey() {
		return "task.report.status." + status.name();
	}

}
