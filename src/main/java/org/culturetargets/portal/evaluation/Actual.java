package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;

import org.culturetargets.portal.shared.Period;

/**
 * The value A a LEVEL target is judged on.
 *
 * @param period the period A was reported for
 * @param judgedAt the period at whose end the path is read: {@code period}, or the year's end for an estimate
 * @param estimated A is an annual value estimated from a year-to-date figure
 */
record Actual(BigDecimal value, Period period, Period judgedAt, boolean estimated, boolean provisional) {

	static Actual of(Observation observation) {
		return new Actual(observation.value(), observation.period(), observation.period(), false,
				observation.provisional());
	}

	/**
	 * A flow's annual value estimated from a year-to-date figure: last year's annual scaled by how this year's
	 * year-to-date compares with last year's at the same quarter. Judged against the path at the year's end,
	 * since it stands for the whole year.
	 */
	static Actual annualised(Observation yearToDate, Observation sameQuarterLastYear, Observation lastYear) {
		BigDecimal value = lastYear.value().multiply(yearToDate.value())
				.divide(sameQuarterLastYear.value(), MathContext.DECIMAL64);
		boolean provisional = yearToDate.provisional() || sameQuarterLastYear.provisional() || lastYear.provisional();
		return new Actual(value, yearToDate.period(), Period.ofYear(yearToDate.period().year()), true, provisional);
	}

	/** True when A is the year's own closing figure, not an estimate or a mid-year level. */
	boolean isYearEndOf(int year) {
		return !estimated && period.year() == year && period.endQuarter() == 4;
	}

}
