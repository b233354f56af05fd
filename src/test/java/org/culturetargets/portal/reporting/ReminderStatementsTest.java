package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reminder banner district staff see on every page costs one small statement while the reminder weeks last
 * (the status of their report, a draft here) and none outside them.
 */
@PortalTest
@Import(StatementCounting.class)
class ReminderStatementsTest {

	static final String AREA = "330127";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	private long statements(String user) throws Exception {
		return StatementCounting.during(
				() -> mvc.perform(get("/areas").with(httpBasic(user, "demo"))).andExpect(status().isOk()));
	}

	@Test
	void theBannerCostsDistrictStaffOneStatementInTheReminderWeeksAndNoneOutside() throws Exception {
		jdbc.sql("""
				insert into reporting.report (area_code, period, status, created_by, changed_by)
				values (?, ?, 'DRAFT', 'test', 'test') on conflict do nothing""")
			.params(AREA, calendar.currentQuarter().toString())
			.update();
		// the page's data (the catalogue) is read once per version of the data: read it before counting
		statements("official");
		long banner = statements("district-" + AREA) - statements("official");
		assertThat(banner).isEqualTo(calendar.needsReminder(calendar.currentQuarter(), null) ? 1 : 0);
	}

}
