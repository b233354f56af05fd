package org.culturetargets.portal.tasks.domain;

/** Where a task progress report stands: pages show it through {@code task.report.status.*}. */
public enum TaskReportStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** Whether its unit may still change it (an approved report is corrected in a new revision). */
	boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
