package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.plans.IndicatorView;

/**
 * One row of a report as the form and the review show it: the value beside last year's same quarter, and what the
 * validation rules found on it.
 */
public record ReportLine(IndicatorView indicator, BigDecimal value, String note, BigDecimal lastYear,
		BigDecimal growth, List<Finding> findings) {

	/** A validation rule flagged the value (a notice that a rule could not judge it flags nothing). */
	public boolean anomalous() {
		return findings.stream().anyMatch(Finding::flags);
	}

	/** A hard rule flagged the value and the district's note does not explain it. */
	public boolean unexplainedHard() {
		return (note == null || note.isBlank()) && findings.stream().anyMatch(Finding::hard);
	}

}
