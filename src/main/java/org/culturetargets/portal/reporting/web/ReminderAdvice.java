package org.culturetargets.portal.reporting.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.reporting.domain.ReportService;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.ApiPaths;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * District staff see on every page a reminder of their current quarter's report while its due date is near or
 * passed and it is not handed in (the layout shows {@code reportReminder}). It costs every page of theirs one
 * statement in those weeks (the status of one report, by its unique index) and none outside them. Not cached: a
 * cache per district would have to be invalidated on every node of the portal by every status change of a report,
 * for a saving of well under a millisecond.
 */
@ControllerAdvice
class ReminderAdvice {

	private final ReportService reports;

	private final ReportingCalendar calendar;

	ReminderAdvice(ReportService reports, ReportingCalendar calendar) {
		this.reports = reports;
		this.calendar = calendar;
	}

	@ModelAttribute("reportReminder")
	Reminder reminder(HttpServletRequest request) {
		if (ApiPaths.isApi(request)) {
			return null;
		}
		return PortalUser.current()
			.filter(user -> user.role() == Role.DISTRICT_STAFF && user.areaCode().isPresent())
			.map(user -> {
				String area = user.areaCode().get();
				Period quarter = calendar.currentQuarter();
				// outside the reminder weeks no report's status could call for one: no query
				if (!calendar.needsReminder(quarter, null)) {
					return null;
				}
				ReportStatus status = reports.status(area, quarter).orElse(null);
				if (!calendar.needsReminder(quarter, status)) {
					return null;
				}
				return new Reminder(area, quarter, calendar.dueDate(quarter), calendar.isLate(quarter, status));
			})
			.orElse(null);
	}

	record Reminder(String area, Period period, LocalDate dueDate, boolean late) {
	}

}
