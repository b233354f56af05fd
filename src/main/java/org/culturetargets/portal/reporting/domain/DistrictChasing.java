package org.culturetargets.portal.reporting.domain;

import java.time.Instant;
import java.time.LocalDateTime;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.reporting.DistrictChased;
import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催报 from the completeness board: a reviewer or administrator reminds a district that has not handed in the
 * quarter's report. At most once a day per district (Beijing date, {@code reporting.chase}'s key), so that a
 * district is not flooded by several reviewers; the reminder is audited and its staff are told
 * ({@link DistrictChased}).
 */
@Service
@Transactional
public class DistrictChasing {

	private final JdbcClient jdbc;

	private final ReportRepository reports;

	private final ReportingCalendar calendar;

	private final PlanCatalog catalog;

	private final ApplicationEventPublisher events;

	DistrictChasing(JdbcClient jdbc, ReportRepository reports, ReportingCalendar calendar, PlanCatalog catalog,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.calendar = calendar;
		this.catalog = catalog;
		this.events = events;
	}

	public void chase(String areaCode, Period period, PortalUser user) {
		if (user.role() != Role.REVIEWER && user.role() != Role.ADMIN) {
			throw new ChaseRefusedException("chase.refused.role", true);
		}
		catalog.scope(areaCode)
			.filter(s -> s.kind() == ScopeKind.DISTRICT)
			.orElseThrow(() -> new NotFoundException("district", areaCode));
		if (period.isAnnual() || !calendar.isOpen(period) || calendar.isClosed(period)) {
			throw new ChaseRefusedException("chase.refused.period", false, period);
		}
		if (reports.handedIn(period).contains(areaCode)) {
			throw new ChaseRefusedException("chase.refused.handedIn", false, period);
		}
		int inserted = jdbc.sql("""
				insert into reporting.chase (area_code, chased_on, period, chased_by) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(areaCode, calendar.today(), period.toString(), user.getUsername()).update();
		if (inserted == 0) {
			record Earlier(String by, Instant at) {
			}
			Earlier earlier = jdbc.sql("select chased_by, chased_at from reporting.chase where area_code = ? and chased_on = ?")
				.params(areaCode, calendar.today())
				.query((rs, row) -> new Earlier(rs.getString(1), rs.getTimestamp(2).toInstant()))
				.single();
			throw new ChaseRefusedException("chase.refused.today", false, earlier.by(),
					LocalDateTime.ofInstant(earlier.at(), calendar.zone()).toLocalTime().withSecond(0).withNano(0).toString());
		}
		events.publishEvent(new DistrictChased(user.getUsername(), Instant.now(), areaCode, period,
				calendar.dueDate(period)));
	}

	/** Whether the board offers 催报 for a district's status in the quarter. */
	public boolean mayChase(Period period, ReportStatus status) {
		return (status == null || !status.handedIn()) && calendar.isOpen(period) && !calendar.isClosed(period);
	}

}
