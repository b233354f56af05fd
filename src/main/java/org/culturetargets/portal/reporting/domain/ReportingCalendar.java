package org.culturetargets.portal.reporting.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates of the reporting cycle. A quarter's report is due {@code portal.reporting.due-days} after the quarter
 * ends (SPEC §2: the 20th day). The quarter opens for reporting the day after it ends and is <em>closed</em>
 * {@code portal.reporting.closed-after-days} after its due date: from then on nobody enters, submits or corrects
 * its report, so that published evaluations do not shift under their readers. Districts are reminded from
 * {@code portal.reporting.remind-days} before the due date until they hand the report in.
 */
@Component
public class ReportingCalendar {

	private final int dueDays;

	private final int remindDays;

	private final int closedAfterDays;

	private final Clock clock;

	@Autowired
	ReportingCalendar(@Value("${portal.reporting.due-days:20}") int dueDays,
			@Value("${portal.reporting.remind-days:5}") int remindDays,
			@Value("${portal.reporting.closed-after-days:90}") int closedAfterDays, PortalTime time) {
		this(dueDays, remindDays, closedAfterDays, time.clock());
	}

	public ReportingCalendar(int dueDays, int remindDays, int closedAfterDays, Clock clock) {
		this.dueDays = dueDays;
		this.remindDays = remindDays;
		this.closedAfterDays = closedAfterDays;
		this.clock = clock;
	}

	/** The portal's time zone, in which the calendar's days begin. */
	public ZoneId zone() {
		return clock.getZone();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public static LocalDate end(Period quarter) {
		return LocalDate.of(quarter.year(), quarter.endQuarter() * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
	}

	public LocalDate dueDate(Period quarter) {
		return end(quarter).plusDays(dueDays);
	}

	public LocalDate closesAfter(Period quarter) {
		return dueDate(quarter).plusDays(closedAfterDays);
	}

	public boolean isOpen(Period quarter) {
		return today().isAfter(end(quarter));
	}

	public boolean isClosed(Period quarter) {
		return today().isAfter(closesAfter(quarter));
	}

	/** The quarter districts report now: the last one that has ended. */
	public Period currentQuarter() {
		return quarterReportedOn(today());
	}

	/** The quarter districts report on a day: the last one that ended before it. */
	public static Period quarterReportedOn(LocalDate day) {
		LocalDate lastQuarterEnd = day.withDayOfMonth(1).minusMonths((day.getMonthValue() - 1) % 3).minusDays(1);
		return Period.ofQuarter(lastQuarterEnd.getYear(), (lastQuarterEnd.getMonthValue() + 2) / 3);
	}

	/** Handed in after its due date, by the calendar day in China: late, though no longer missing. */
	public boolean submittedLate(Period quarter, Instant submittedAt) {
		return submittedAt != null && submittedAt.atZone(clock.getZone()).toLocalDate().isAfter(dueDate(quarter));
	}

	/** Not handed in (no report at all is {@code null}) and past its due date. */
	public boolean isLate(Period quarter, ReportStatus status) {
		return !handedIn(status) && today().isAfter(dueDate(quarter));
	}

	/** Not handed in, and the due date is near or passed (while the quarter is still open). */
	public boolean needsReminder(Period quarter, ReportStatus status) {
		return !handedIn(status) && isOpen(quarter) && !isClosed(quarter)
				&& !today().isBefore(dueDate(quarter).minusDays(remindDays));
	}

	private static boolean handedIn(ReportStatus status) {
		return status != null && status.handedIn();
	}

}
