package org.culturetargets.portal.tasks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quarterly task progress reports through the API: the workflow, who may do what, stale versions, evidence files
 * (a hostile one refused with nothing stored) and the task's status after an approved report. Each test works on a
 * task of its own, led by 330106 with 330102 responsible and one milestone fallen due unreached.
 */
@PortalTest
class TaskReportApiTest {

	private static final String PERIOD = "2026Q4";

	private static final String PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	long task;

	long milestone;

	String url;

	@BeforeEach
	void aTaskOfItsOwn() {
		task = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en, kind, deadline)
				values ('HZ-14FYP', ?, '测试', 'zh', '测试任务', 'Test task', 'MILESTONE', date '2027-12-31') returning id
				""").param("report-test-" + System.nanoTime()).query(Long.class).single();
		jdbc.sql("insert into tasks.task_unit (task_id, role, area_code) values (?, 'LEAD', '330106'), (?, 'RESPONSIBLE', '330102')")
			.params(task, task)
			.update();
		milestone = jdbc.sql("""
				insert into tasks.task_milestone (task_id, title_zh, title_en, due_on) values (?, '方案印发', 'Plan issued', date '2026-11-30')
				returning id
				""").param(task).query(Long.class).single();
		url = "/api/tasks/" + task + "/reports/" + PERIOD;
	}

	/** Other tests count the plan's tasks: the test's own task goes, with its reports, and cached summaries with it. */
	@AfterEach
	void removeTheTask() {
		jdbc.sql("delete from tasks.task where id = ?").param(task).update();
		events.publishEvent(new DataChanged("tasks"));
	}

	@Test
	void staffSaveAndSubmitAReviewerApprovesAndTheTaskIsNoLongerBehind() throws Exception {
		taskStatus("BEHIND");
		save("district-330106", 0, "已印发实施方案。", "[{\"milestone\": " + milestone + ", \"reachedOn\": \"2026-11-20\"}]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.unit").value("area:330106"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.milestones[0].reachedOn").value("2026-11-20"));
		mvc.perform(post(url + "/submit").param("version", "1").with(httpBasic("district-330106", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		taskStatus("BEHIND");
		mvc.perform(post(url + "/approve").param("unit", "area:330106").param("version", "2")
			.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.reviewedBy").value("reviewer"));
		mvc.perform(get("/api/tasks/" + task).with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.assessment.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.assessment.reason").value("task.why.milestonesReached"))
			.andExpect(jsonPath("$.milestones[0].reachedOn").value("2026-11-20"));
		assertThat(jdbc.sql("select action from audit.change where subject like ? order by id")
			.param("task " + task + " report%")
			.query(String.class)
			.list()).containsExactly("saved", "submitted", "approved");
		assertThat(jdbc.sql("select action from tasks.task_event where task_id = ? order by id").param(task)
			.query(String.class).list()).containsExactly("REPORT_SAVED", "REPORT_SUBMITTED", "REPORT_APPROVED");
	}

	@Test
	void aCorrectionOfAnApprovedReportIsTheNextRevisionAndTheApprovedOneIsKept() throws Exception {
		save("district-330106", 0, "第一版", null).andExpect(status().isOk());
		mvc.perform(post(url + "/submit").with(httpBasic("district-330106", "demo"))).andExpect(status().isOk());
		mvc.perform(post(url + "/approve").param("unit", "area:330106").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk());
		save("district-330106", 3, "更正", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/tasks/" + task + "/reports").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].status").value("APPROVED"))
			.andExpect(jsonPath("$[1].narrative").value("第一版"));
	}

	@Test
	void aReviewerReturnsWithACommentAndTheUnitEditsAgain() throws Exception {
		save("district-330102", 0, "进展", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("area:330102"));
		mvc.perform(post(url + "/submit").with(httpBasic("district-330102", "demo"))).andExpect(status().isOk());
		mvc.perform(post(url + "/return").param("unit", "area:330102").contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"请补充佐证材料\"}").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.reviewComment").value("请补充佐证材料"));
		mvc.perform(post(url + "/return").param("unit", "area:330102").contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isBadRequest());
		save("district-330102", 3, "已补充", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void theRoleMatrix() throws Exception {
		// another district: neither lead nor responsible
		save("district-330105", 0, "x", null).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("不是此任务的牵头单位或责任单位")));
		// a responsible unit's staff cannot touch the lead unit's report
		mvc.perform(json(put(url).param("unit", "area:330106"), "{\"version\": 0, \"narrative\": \"x\"}")
			.with(httpBasic("district-330102", "demo")))
			.andExpect(status().isForbidden());
		// officials and reviewers do not write reports; staff do not approve
		save("official", 0, "x", null).andExpect(status().isForbidden());
		save("reviewer", 0, "x", null).andExpect(status().isForbidden());
		save("district-330106", 0, "x", null).andExpect(status().isOk());
		mvc.perform(post(url + "/submit").with(httpBasic("district-330106", "demo"))).andExpect(status().isOk());
		mvc.perform(post(url + "/approve").with(httpBasic("district-330106", "demo"))).andExpect(status().isForbidden());
		mvc.perform(post(url + "/approve").param("unit", "area:330106").with(httpBasic("official", "demo")))
			.andExpect(status().isForbidden());
		assertThat(reports()).isEqualTo(1);
	}

	@Test
	void noSelfApproval() throws Exception {
		mvc.perform(json(put(url).param("unit", "area:330106"), "{\"version\": 0, \"narrative\": \"管理员代填\"}")
			.with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		mvc.perform(post(url + "/submit").param("unit", "area:330106").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		mvc.perform(post(url + "/approve").param("unit", "area:330106").param("lang", "en")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You cannot review a report you submitted yourself."));
		mvc.perform(post(url + "/approve").param("unit", "area:330106").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void aStaleVersionIs409NamingWhoChangedTheReport() throws Exception {
		save("district-330106", 0, "第一稿", null).andExpect(status().isOk());
		save("district-330106", 1, "第二稿", null).andExpect(status().isOk());
		save("district-330106", 1, "过时的修改", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.changedBy").value("district-330106"))
			.andExpect(jsonPath("$.detail").value(containsString("district-330106")));
		save("district-330106", 0, "又一个新报告", null).andExpect(status().isConflict());
		mvc.perform(post(url + "/submit").param("version", "1").with(httpBasic("district-330106", "demo")))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select narrative from tasks.task_report where task_id = ?").param(task).query(String.class)
			.single()).isEqualTo("第二稿");
	}

	@Test
	void badInputNamesTheField() throws Exception {
		save("district-330106", 0, "x", "[{\"milestone\": 1, \"reachedOn\": \"2026-11-20\"}]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.milestones[0]").value(containsString("不是此任务的节点")));
		save("district-330106", 0, "x", "[{\"milestone\": " + milestone + ", \"reachedOn\": \"2099-01-01\"}]")
			.andExpect(status().isBadRequest());
		mvc.perform(json(put("/api/tasks/" + task + "/reports/2026"), "{\"version\": 0}")
			.with(httpBasic("district-330106", "demo"))).andExpect(status().isBadRequest());
		mvc.perform(json(put("/api/tasks/" + task + "/reports/2099Q1"), "{\"version\": 0}")
			.with(httpBasic("district-330106", "demo"))).andExpect(status().isBadRequest());
		assertThat(reports()).isZero();
	}

	@Test
	void evidenceIsAttachedAndDownloadable() throws Exception {
		String body = mvc.perform(multipart(url + "/evidence")
			.file(new MockMultipartFile("file", "方案.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)))
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.evidence[0].name").value("方案.pdf"))
			.andReturn().getResponse().getContentAsString();
		long id = jdbc.sql("select evidence_id from tasks.task_report_evidence e join tasks.task_report r on r.id = e.report_id where r.task_id = ?")
			.param(task).query(Long.class).single();
		assertThat(body).contains("/evidence/" + id);
		mvc.perform(get("/evidence/" + id).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF.getBytes(StandardCharsets.US_ASCII)));
		// dropping it from the list on a save detaches it
		save("district-330106", 2, "x", null, "[]").andExpect(status().isOk()).andExpect(jsonPath("$.evidence", hasSize(0)));
	}

	@Test
	void aHostileFileIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
		long files = jdbc.sql("select count(*) from evidence.file").query(Long.class).single();
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart(url + "/evidence").file(new MockMultipartFile("file", "report.pdf", "application/pdf", html))
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("内容与文件名不符")));
		mvc.perform(multipart(url + "/evidence").file(new MockMultipartFile("file", "report.pdf", "application/pdf", html))
			.param("lang", "en")
			.with(httpBasic("district-330106", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("is not what its name says")));
		// nor may another district upload to this task
		mvc.perform(multipart(url + "/evidence")
			.file(new MockMultipartFile("file", "ok.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)))
			.with(httpBasic("district-330105", "demo")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from evidence.file").query(Long.class).single()).isEqualTo(files);
		assertThat(reports()).isZero();
	}

	private void taskStatus(String expected) throws Exception {
		mvc.perform(get("/api/tasks/" + task).with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.assessment.status").value(expected));
	}

	private long reports() {
		return jdbc.sql("select count(*) from tasks.task_report where task_id = ?").param(task).query(Long.class).single();
	}

	private ResultActions save(String user, int version, String narrative, String milestones) throws Exception {
		return save(user, version, narrative, milestones, null);
	}

	private ResultActions save(String user, int version, String narrative, String milestones, String evidence)
			throws Exception {
		String body = "{\"version\": " + version + ", \"narrative\": \"" + narrative + "\""
				+ (milestones == null ? "" : ", \"milestones\": " + milestones)
				+ (evidence == null ? "" : ", \"evidence\": " + evidence) + "}";
		return mvc.perform(json(put(url), body).with(httpBasic(user, "demo")));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
