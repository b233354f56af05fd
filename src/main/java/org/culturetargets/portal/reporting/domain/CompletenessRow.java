package org.culturetargets.portal.reporting.domain;

import java.time.LocalDate;

import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.reporting.ReportStatus;

/**
 * One district on the completeness board (催报): its report's latest revision, if any, whether it is late (not
 * handed in after the due date) and whether it was handed in late.
 */
public record CompletenessRow(ScopeView district, Report report, LocalDate dueDate, boolean late,
		boolean submittedLate) {

	/** {@code null} when the district has not saved anything for the quarter. */
	public ReportStatus status() {
		return report == null ? null : report.status();
	}

}
