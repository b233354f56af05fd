package org.culturetargets.portal.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.culturetargets.portal.shared.Period;

/**
 * The reporting calendar as others follow it (docs/reporting.md, "Due dates"): which quarter is reported on a day,
 * when it opens, is due and closes, and which districts have handed it in. Dates are Beijing time.
 */
public interface ReportingSchedule {

	LocalDate today();

	/** The quarter districts report on {@code day}: the last one that ended before it. */
	Period quarterReportedOn(LocalDate day);

	/** The first day a quarter's report may be entered: the day after the quarter ends. */
	LocalDate opensOn(Period quarter);

	LocalDate dueDate(Period quarter);

	/** The last day a quarter's report may be entered, submitted or corrected. */
	LocalDate lastOpenDay(Period quarter);

	/** The codes of every district, in the catalogue's order. */
	List<String> districts();

	/** The districts whose report of the quarter is submitted or approved. */
	Set<String> handedIn(Period quarter);

}
