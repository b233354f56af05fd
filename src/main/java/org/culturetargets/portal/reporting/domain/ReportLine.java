package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;

import org.culturetargets.portal.plans.IndicatorView;

/** One row of a report as the form and the review show it: the value beside last year's same quarter. */
public record ReportLine(IndicatorView indicator, BigDecimal value, String note, BigDecimal lastYear,
		BigDecimal growth) {

	/** A change beyond ±50 % on last year's same quarter. */
	public boolean anomalous() {
		return ReportCheck.anomalous(growth);
	}

}
