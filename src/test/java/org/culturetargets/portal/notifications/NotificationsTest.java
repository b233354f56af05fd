package org.culturetargets.portal.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.notifications.domain.MailOutbox;
import org.culturetargets.portal.notifications.domain.ReminderJob;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications end to end, over HTTP against the real database and a real SMTP server (GreenMail, in this JVM):
 * who is told of what, in which language, the reminders of the reporting calendar once each, the job once across
 * nodes, 催报 once a day, and e-mail that fails without holding anything up. A context of its own (e-mail on), so
 * its districts' reports are its own.
 */
@PortalTest
// the jobs are run by the tests, not by the clock
@TestPropertySource(properties = { "portal.notifications.reminder-cron=-", "portal.notifications.mail-interval=PT1H",
		"portal.base-url=https://targets.example.org/" })
class NotificationsTest {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	static final String FULL = """
			{"version": %d, "narrative": "平稳", "values": {
			  "added_value": {"value": 210.5}, "total_output": {"value": "820"}, "gdp": {"value": 2300},
			  "employment": {"value": 6.2}, "cultural_talents": {"value": 12}}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	ReminderJob job;

	@Autowired
	MailOutbox outbox;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startSmtp() {
		smtp = smtp();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	static GreenMail smtp() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@BeforeEach
	void nothingSentYet() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		jdbc.sql("delete from notifications.notification").update();
		// released, not deleted: the lock provider remembers which locks have a row and only updates them
		jdbc.sql("update notifications.shedlock set lock_until = timezone('utc', now()) - interval '1 second'").update();
	}

	Period quarter() {
		return calendar.currentQuarter();
	}

	/** The quarter as a Chinese notification writes it: 2026年三季度. */
	String quarterInWords() {
		return quarter().year() + "年" + "一二三四".charAt(quarter().quarter() - 1) + "季度";
	}

	ResultActions submit(String area) throws Exception {
		String url = "/api/reports/" + area + "/" + quarter();
		mvc.perform(put(url).with(httpBasic("district-" + area, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content(FULL.formatted(0))).andExpect(status().isOk());
		return mvc.perform(post(url + "/submit").with(httpBasic("district-" + area, "demo"))).andExpect(status().isOk());
	}

	ResultActions returnReport(String area, String comment) throws Exception {
		return mvc.perform(post("/api/reports/" + area + "/" + quarter() + "/return").with(httpBasic("reviewer", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"" + comment + "\"}"));
	}

	ResultActions notificationsOf(String user, String lang) throws Exception {
		return mvc.perform(get("/api/notifications").param("lang", lang).with(httpBasic(user, "demo")));
	}

	long count(String kind, String recipient) {
		return jdbc.sql("select count(*) from notifications.notification where kind = ? and recipient like ?")
			.params(kind, recipient).query(Long.class).single();
	}

	@Test
	void reviewersAreToldOfASubmissionAndTheDistrictOfItsReturnWithTheCommentAsText() throws Exception {
		submit("330102");
		notificationsOf("reviewer", "zh").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("REPORT_SUBMITTED"))
			.andExpect(jsonPath("$[0].read").value(false))
			.andExpect(jsonPath("$[0].link").value("/reports/330102/" + quarter()))
			.andExpect(jsonPath("$[0].text").value("district-330102 提交了 上城区" + quarterInWords() + "报表，等待审核。"));
		notificationsOf("reviewer", "en")
			.andExpect(jsonPath("$[0].text").value("district-330102 submitted the Q" + quarter().quarter() + " " + quarter().year() + " report of Shangcheng for review."));
		assertThat(count("REPORT_SUBMITTED", "district-%")).isZero();

		returnReport("330102", "<b>请核对</b> GDP").andExpect(status().isOk());
		notificationsOf("district-330102", "zh")
			.andExpect(jsonPath("$[0].kind").value("REPORT_RETURNED"))
			.andExpect(jsonPath("$[0].arguments[3]").value("<b>请核对</b> GDP"));
		// the comment is the reviewer's text: shown as text, never as markup
		mvc.perform(get("/notifications").with(httpBasic("district-330102", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("意见：&lt;b&gt;请核对&lt;/b&gt; GDP")))
			.andExpect(content().string(not(containsString("<b>请核对</b>"))));
	}

	@Test
	void theBellCountsTheUnreadAndOnlyTheRecipientMarksOneRead() throws Exception {
		submit("330105");
		mvc.perform(get("/notifications").with(httpBasic("reviewer", "demo")))
			.andExpect(content().string(containsString("id=\"unread-count\">1<")));
		long id = jdbc.sql("select id from notifications.notification where recipient = 'reviewer'").query(Long.class).single();

		mvc.perform(post("/api/notifications/{id}/read", id).with(httpBasic("official", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/notifications/{id}/read", id).with(httpBasic("reviewer", "demo"))).andExpect(status().isNoContent());
		notificationsOf("reviewer", "zh").andExpect(jsonPath("$[0].read").value(true));
		mvc.perform(get("/notifications").with(httpBasic("reviewer", "demo")))
			.andExpect(content().string(not(containsString("unread-count"))));
	}

	@Test
	void administratorsAreToldOfACommittedImport() throws Exception {
		String body = mvc.perform(multipart("/api/imports/{kind}", "values")
			.file(new MockMultipartFile("file", "历年数值.csv", "text/csv",
					"indicator,area,period,value,status\nadded_value,330106,2019,100,final\n".getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "false").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long importId = Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
		notificationsOf("admin", "zh")
			.andExpect(jsonPath("$[0].kind").value("IMPORT_COMMITTED"))
			.andExpect(jsonPath("$[0].link").value("/imports/" + importId))
			.andExpect(jsonPath("$[0].text").value("导入 #" + importId + "（指标数值，文件 历年数值.csv）已生效：新增 1 行，变更 0 行，未变 0 行。"));
		assertThat(count("IMPORT_COMMITTED", "reviewer")).isZero();
	}

	@Test
	void remindersFollowTheCalendarOncePerAccountQuarterAndKindAndSkipHandedInAndDisabledAccounts() {
		jdbc.sql("""
				insert into reporting.report (area_code, period, status, created_by, changed_by, submitted_by, submitted_at)
				values ('330110', '2024Q3', 'SUBMITTED', 'test', 'test', 'test', now())""").update();
		jdbc.sql("""
				insert into security.account (username, password_hash, role, area_code, enabled)
				values ('district-330109-left', 'x', 'DISTRICT_STAFF', '330109', false)""").update();
		int districts = 13;

		assertThat(job.remind(LocalDate.of(2024, 9, 30))).as("2024Q2, overdue").isEqualTo(districts);
		assertThat(job.remind(LocalDate.of(2024, 10, 5))).as("2024Q3 open").isEqualTo(districts - 1);
		assertThat(job.remind(LocalDate.of(2024, 10, 6))).as("again").isZero();
		assertThat(job.remind(LocalDate.of(2024, 10, 13))).as("a week before 10-20").isEqualTo(districts - 1);
		assertThat(job.remind(LocalDate.of(2024, 10, 21))).as("overdue").isEqualTo(districts - 1);
		assertThat(job.remind(LocalDate.of(2024, 10, 22))).isZero();
		assertThat(job.remind(LocalDate.of(2025, 1, 1))).as("2024Q4 opens").isEqualTo(districts);

		assertThat(count("OVERDUE", "district-330110")).as("handed in 2024Q3").isEqualTo(1);
		assertThat(count("%", "district-330109-left")).isZero();
		assertThat(jdbc.sql("select string_agg(distinct arguments[3], ',') from notifications.notification where kind = 'DUE_SOON'")
			.query(String.class).single()).isEqualTo("2024-10-20");
	}

	@Test
	void theJobRunsOnceWhenTwoRunsRaceAndAnotherNodeFindsItLocked() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Optional<Integer>>> runs = List.of(threads.submit(() -> {
				start.await();
				return job.run();
			}), threads.submit(() -> {
				start.await();
				return job.run();
			}));
			long ran = 0;
			for (Future<Optional<Integer>> run : runs) {
				ran += run.get().isPresent() ? 1 : 0;
			}
			assertThat(ran).isEqualTo(1);
		}
		finally {
			threads.shutdown();
		}
		// a second node: its own lock provider on the same database finds the lock held (at least a minute)
		JdbcTemplateLockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("notifications.shedlock").usingDbTime().build());
		Optional<SimpleLock> lock = otherNode.lock(new LockConfiguration(java.time.Instant.now(), "notifications-reminders",
				Duration.ofMinutes(10), Duration.ZERO));
		assertThat(lock).isEmpty();
		assertThat(job.run()).isEmpty();
	}

	@Test
	void aReturnIsMailedInTheRecipientsLanguageWithTheLink() throws Exception {
		submit("330112");
		returnReport("330112", "GDP 偏高").andExpect(status().isOk());
		assertThat(outbox.deliver()).contains(1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("district-330112@example.org");
		assertThat(mail.getSubject()).isEqualTo("文化产业目标监测平台：季度报表被退回");
		String text = mail.getContent().toString();
		assertThat(text).contains("临安区" + quarterInWords() + "报表被 reviewer 退回，意见：GDP 偏高")
			.contains("https://targets.example.org/reports/330112/" + quarter());

		jdbc.sql("update security.account set language = 'en' where username = 'district-330113'").update();
		submit("330113");
		returnReport("330113", "too high").andExpect(status().isOk());
		assertThat(outbox.deliver()).contains(1);
		MimeMessage english = smtp.getReceivedMessages()[1];
		assertThat(english.getSubject()).isEqualTo("Culture Targets: a report was returned");
		assertThat(english.getContent().toString()).contains("Linping: the Q" + quarter().quarter() + " " + quarter().year() + " report was returned by reviewer with the comment: too high");
	}

	@Test
	void aFailingMailServerHoldsNothingUpAndTheMailIsRetried() throws Exception {
		smtp.stop();
		try {
			submit("330114");
			returnReport("330114", "请补充说明").andExpect(status().isOk());
			assertThat(count("REPORT_RETURNED", "district-330114")).isEqualTo(1);
			mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
			assertThat(outbox.deliver()).contains(0);
			assertThat(jdbc.sql("select attempts || ' ' || (last_error is not null) || ' ' || (next_attempt_at > now()) from notifications.mail")
				.query(String.class).single()).isEqualTo("1 true true");
		}
		finally {
			smtp = smtp();
		}
		jdbc.sql("update notifications.mail set next_attempt_at = now()").update();
		assertThat(outbox.deliver()).contains(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void mailForAnAccountDisabledSinceIsDropped() throws Exception {
		jdbc.sql("""
				insert into security.account (username, password_hash, role, area_code, email)
				values ('district-330122-b', 'x', 'DISTRICT_STAFF', '330122', 'b@example.org')""").update();
		job.remind(calendar.today());
		jdbc.sql("update security.account set enabled = false where username = 'district-330122-b'").update();
		outbox.deliver();
		assertThat(smtp.getReceivedMessages()).noneMatch(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals("b@example.org");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(jdbc.sql("select count(*) from notifications.mail where address = 'b@example.org' and dropped_at is not null")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLateDistrictIsRemindedOnceADayFromTheBoardAudited() throws Exception {
		String board = "/reports/completeness?period=" + quarter();
		mvc.perform(get(board).with(httpBasic("reviewer", "demo")))
			.andExpect(content().string(containsString("已报 ")))
			.andExpect(content().string(containsString("district-330127@example.org")))
			.andExpect(content().string(containsString("0571-0000-0127")));
		mvc.perform(get(board).with(httpBasic("district-330127", "demo")))
			.andExpect(content().string(not(containsString("@example.org"))));

		mvc.perform(post("/reports/completeness/chase").param("area", "330127").param("period", quarter().toString())
			.with(httpBasic("district-330127", "demo")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/reports/completeness/chase").param("area", "330127").param("period", quarter().toString())
			.with(httpBasic("reviewer", "demo")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count("CHASED", "district-330127")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.change where subject = ? and action = 'reminded' and actor = 'reviewer'")
			.param("report 330127/" + quarter()).query(Long.class).single()).isEqualTo(1);

		mvc.perform(post("/reports/completeness/chase").param("area", "330127").param("period", quarter().toString())
			.with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已由 reviewer 向该区县催报过；每个区县每天最多催报一次")));
		assertThat(count("CHASED", "district-330127")).isEqualTo(1);
	}

}
