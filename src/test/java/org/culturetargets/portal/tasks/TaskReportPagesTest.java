package org.culturetargets.portal.tasks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The task page's progress report: the unit's form, the reviewer's decision, the history with evidence links. */
@PortalTest
class TaskReportPagesTest {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PortalTime time;

	long task;

	long milestone;

	@BeforeEach
	void aTaskOfItsOwn() {
		task = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en, kind, deadline)
				values ('HZ-14FYP', ?, '测试', 'zh', '页面测试任务', 'Page test task', 'MILESTONE', date '2027-12-31') returning id
				""").param("report-page-" + System.nanoTime()).query(Long.class).single();
		jdbc.sql("insert into tasks.task_unit (task_id, role, area_code) values (?, 'LEAD', '330106')").param(task).update();
		milestone = jdbc.sql("""
				insert into tasks.task_milestone (task_id, title_zh, title_en, due_on) values (?, '方案印发', 'Plan issued', date '2026-11-30')
				returning id
				""").param(task).query(Long.class).single();
	}

	/** Other tests count the plan's tasks: the test's own task goes, with its reports, and cached summaries with it. */
	@AfterEach
	void removeTheTask() {
		jdbc.sql("delete from tasks.task where id = ?").param(task).update();
		events.publishEvent(new DataChanged("tasks"));
	}

	@Test
	void theUnitReportsTheReviewerApprovesAndTheHistoryListsTheEvidence() throws Exception {
		String page = "/tasks/" + task;
		mvc.perform(get(page).with(as("district-330106")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-form\"")))
			.andExpect(content().string(containsString("尚无进展报告")));
		mvc.perform(get(page).with(as("district-330105")))
			.andExpect(content().string(not(containsString("id=\"report-form\""))));
		String quarter = Period.lastEndedQuarter(time.today().plusMonths(3).withDayOfMonth(1)).toString();
		mvc.perform(multipart(page + "/reports/" + quarter + "/evidence").file(new MockMultipartFile("file", "方案.pdf",
				"application/pdf", PDF)).with(as("district-330106")).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("saved", "佐证材料已上传。"));
		mvc.perform(multipart(page + "/reports/" + quarter + "/evidence").file(new MockMultipartFile("file", "x.pdf",
				"application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(as("district-330106")).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("reportProblem", containsString("内容与文件名不符")));
		mvc.perform(post(page + "/reports/" + quarter).param("version", "2").param("narrative", "已印发实施方案")
			.param("reached_" + milestone, "2026-10-15").param("submit", "submit")
			.with(as("district-330106")).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("saved", "进展报告已提交审核。"));
		mvc.perform(get(page).with(as("reviewer")))
			.andExpect(content().string(containsString("id=\"reports-to-review\"")))
			.andExpect(content().string(containsString("已提交，待审核")))
			.andExpect(content().string(not(containsString("SUBMITTED"))));
		mvc.perform(post(page + "/reports/" + quarter + "/approve").param("unit", "area:330106").param("version", "4")
			.with(as("reviewer")).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("saved", "进展报告已审核通过。"));
		long evidence = jdbc.sql("select e.evidence_id from tasks.task_report_evidence e join tasks.task_report r on r.id = e.report_id where r.task_id = ?")
			.param(task).query(Long.class).single();
		mvc.perform(get(page).param("lang", "en").with(as("official")))
			.andExpect(content().string(containsString("href=\"/evidence/" + evidence + "\"")))
			.andExpect(content().string(containsString("Approved")))
			.andExpect(content().string(containsString("Plan issued 2026-10-15")))
			.andExpect(content().string(not(containsString("APPROVED"))));
		assertThat(jdbc.sql("select status from tasks.task_report where task_id = ?").param(task).query(String.class).single())
			.isEqualTo("APPROVED");
	}

	@Test
	void anotherDistrictsPostIsForbidden() throws Exception {
		mvc.perform(post("/tasks/" + task + "/reports/2026Q3").param("version", "0").param("narrative", "x")
			.with(as("district-330105")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from tasks.task_report where task_id = ?").param(task).query(Long.class)
			.single()).isZero();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
