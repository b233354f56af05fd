package org.culturetargets.portal.pages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.support.Downloads.csv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One time zone (issue 13): the same moment reads the same on the registry, the audit log and its download, and
 * the administrators' lock notices, in Beijing time (the setting's default), whatever the server's own zone; a day
 * begins at Beijing midnight. The moment chosen, 16:23 UTC, is the next day in Beijing.
 */
@PortalTest
@Transactional
class OneTimeZoneTest {

	static final Instant MOMENT = Instant.parse("2026-03-01T16:23:05Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMomentReadsTheSameInBeijingTimeOnTheRegistryTheAuditLogAndItsDownload() throws Exception {
		long enterprise = jdbc.sql("select min(id) from registry.enterprise").query(Long.class).single();
		jdbc.sql("update registry.enterprise set updated_at = ? where id = ?").params(Timestamp.from(MOMENT), enterprise)
			.update();
		jdbc.sql("""
				insert into audit.change (actor, occurred_at, subject, action, old_value, new_value, reason)
				values ('zone-tester', ?, 'time zone test', 'updated', null, null, null)
				""").params(Timestamp.from(MOMENT)).update();

		assertThat(page("/registry/enterprises/" + enterprise)).contains("2026-03-02 00:23")
			.doesNotContain("2026-03-01 16:23");
		assertThat(page("/audit?actor=zone-tester")).contains("2026-03-02 00:23:05").doesNotContain("16:23:05");
		List<List<String>> rows = csv(mvc, get("/audit").param("format", "csv").param("actor", "zone-tester")
			.with(httpBasic("admin", "demo")));
		assertThat(rows.get(1).get(0)).isEqualTo("2026-03-02 00:23:05");
		assertThat(page("/audit?actor=zone-tester&from=2026-03-02&to=2026-03-02"))
			.as("the day filter's days are Beijing days").contains("time zone test");
		assertThat(page("/audit?actor=zone-tester&from=2026-03-01&to=2026-03-01")).doesNotContain("time zone test");
	}

	@Test
	void aLockNoticeReadsInBeijingTime() throws Exception {
		Instant lockedAt = jdbc.sql("""
				insert into security.lock_notice (username, address, failures, locked_at, locked_until)
				values ('official', '192.0.2.7', 5, date_trunc('minute', now()) - interval '1 hour',
				        date_trunc('minute', now()) - interval '45 minutes')
				returning locked_at
				""").query(Timestamp.class).single().toInstant();
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		String beijing = minute.format(lockedAt.atZone(ZoneId.of("Asia/Shanghai")));
		String utc = minute.format(lockedAt.atZone(ZoneOffset.UTC));
		assertThat(page("/admin/users")).contains(beijing).doesNotContain(utc);
	}

	@Test
	void todayIsTheBeijingDay() {
		PortalTime time = new PortalTime(Clock.fixed(MOMENT, ZoneId.of("Asia/Shanghai")));
		assertThat(time.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(time.minute(MOMENT)).isEqualTo("2026-03-02 00:23");
		assertThat(time.second(null)).isEmpty();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString();
	}

}
