package org.culturetargets.portal.audit;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Every report write leaves an audit entry with old and new value; the log refuses to be changed, but for demo mode's
 * entries, which may be deleted; the page.
 */
@PortalTest
class AuditLogTest {

	static final String AREA = "330127";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	@Test
	void aReportSaveIsAuditedWithItsOldAndNewValues() throws Exception {
		String url = "/api/reports/" + AREA + "/" + calendar.currentQuarter();
		String subject = "report " + AREA + "/" + calendar.currentQuarter() + " r1";
		mvc.perform(put(url).with(httpBasic("district-" + AREA, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"values\": {\"gdp\": {\"value\": 111}}}")).andExpect(status().isOk());
		mvc.perform(put(url).with(httpBasic("district-" + AREA, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"values\": {\"gdp\": {\"value\": 222, \"note\": \"修正\"}}}")).andExpect(status().isOk());

		var entries = jdbc.sql("select actor, action, old_value, new_value from audit.change where subject = ? order by id")
			.param(subject)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)[0]).isEqualTo("district-" + AREA);
		assertThat(entries.get(0)[1]).isEqualTo("saved");
		assertThat(entries.get(0)[2]).isNull();
		assertThat(entries.get(0)[3]).contains("gdp=111");
		assertThat(entries.get(1)[2]).contains("gdp=111");
		assertThat(entries.get(1)[3]).contains("gdp=222").contains("修正");
	}

	@Test
	void theAuditTableRefusesUpdatesAndDeletes() {
		jdbc.sql("insert into audit.change (actor, occurred_at, subject, action) values ('test', now(), 'append-only test', 'tested')").update();
		assertThatThrownBy(() -> jdbc.sql("update audit.change set actor = 'someone else' where subject = 'append-only test'").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.change where subject = 'append-only test'").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit.change").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(jdbc.sql("select actor from audit.change where subject = 'append-only test'").query(String.class).single())
			.isEqualTo("test");
	}

	/** Demo mode's entries go when it ends (docs/operations.md, "Demo mode"); nothing else may, nor become one. */
	@Test
	void onlyAnEntryFlaggedDemoMayBeDeletedAndNoEntryBecomesOne() {
		jdbc.sql("""
				insert into audit.change (actor, occurred_at, subject, action, demo)
				values ('test', now(), 'demo entry test', 'tested', true), ('test', now(), 'real entry test', 'tested', false)
				""").update();
		assertThatThrownBy(() -> jdbc.sql("update audit.change set demo = true where subject = 'real entry test'").update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.change where subject in ('demo entry test', 'real entry test')")
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(jdbc.sql("delete from audit.change where subject = 'demo entry test'").update()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.change where subject = 'real entry test'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void administratorsAndReviewersReadTheLogFilteredAndOthersAreRefused() throws Exception {
		jdbc.sql("insert into audit.change (actor, occurred_at, subject, action, old_value, new_value, reason) values ('filter-test', now(), 'enterprise 91330106MA2H0RD12X', 'updated', 'old name', 'new name', 'typo')").update();
		mvc.perform(get("/audit").param("actor", "filter-test").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(1.0))
			.andExpect(content().string(containsString("old name")))
			.andExpect(content().string(containsString("typo")))
			// the action in the reader's language, the unknown one as recorded
			.andExpect(xpath("//tr[@class='audit-entry']/td[4]").string("修改"));
		mvc.perform(get("/audit").param("subject", "91330106MA2H0RD12X").param("action", "updated")
				.param("from", "2000-01-01").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[@class='audit-entry']/td[2]").string("filter-test"));
		mvc.perform(get("/audit").param("subject", "91330106MA2H0RD12X").param("to", "2000-01-01").with(httpBasic("admin", "demo")))
			.andExpect(xpath("count(//tr[@class='audit-entry'])").number(0.0));
		mvc.perform(get("/audit").with(httpBasic("official", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("仅限管理员和审核人员")));
		mvc.perform(get("/audit").with(httpBasic("district-330106", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").param("page", "0").with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
	}

}
