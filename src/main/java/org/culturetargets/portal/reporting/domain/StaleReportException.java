package org.culturetargets.portal.reporting.domain;

import java.time.Instant;

/** A write named a version of the report that is no longer the current one: someone else changed it meanwhile. */
public class StaleReportException extends RuntimeException {

	private final String reportName;

	private final String changedBy;

	private final Instant changedAt;

	public StaleReportException(String reportName, String changedBy, Instant changedAt) {
		super(reportName + " was changed by " + changedBy + " at " + changedAt);
		this.reportName = reportName;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String reportName() {
		return reportName;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

}
