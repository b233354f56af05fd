package org.culturetargets.portal.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.reporting.ReportingSchedule;
import org.culturetargets.portal.shared.Period;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link ReportingCalendar} and the reports' states, for those who follow the cycle from outside. */
@Service
@Transactional(readOnly = true)
class CalendarSchedule implements ReportingSchedule {

	private final ReportingCalendar calendar;

	private final ReportRepository reports;

	private final PlanCatalog catalog;

	CalendarSchedule(ReportingCalendar calendar, ReportRepository reports, PlanCatalog catalog) {
		this.calendar = calendar;
		this.reports = reports;
		this.catalog = catalog;
	}

	@Override
	public LocalDate today() {
		return calendar.today();
	}

	@Override
	public Period quarterReportedOn(LocalDate day) {
		return ReportingCalendar.quarterReportedOn(day);
	}

	@Override
	public LocalDate opensOn(Period quarter) {
		return ReportingCalendar.end(quarter).plusDays(1);
	}

	@Override
	public LocalDate dueDate(Period quarter) {
		return calendar.dueDate(quarter);
	}

	@Override
	public LocalDate lastOpenDay(Period quarter) {
		return calendar.closesAfter(quarter);
	}

	@Override
	public List<String> districts() {
		return catalog.scopes().stream().filter(s -> s.kind() == ScopeKind.DISTRICT).map(ScopeView::code).toList();
	}

	@Override
	public Set<String> handedIn(Period quarter) {
		return reports.handedIn(quarter);
	}

}
