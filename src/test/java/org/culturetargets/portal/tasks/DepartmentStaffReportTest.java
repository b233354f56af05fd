package org.culturetargets.portal.tasks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * City departments' staff report on the key tasks of their department as district staff do on their district's:
 * a task led by the Cultural and Creative Industry Association with 330106 responsible, and one of the Talent
 * Association only, which the association's staff may read but not report on.
 */
@PortalTest
class DepartmentStaffReportTest {

	private static final String STAFF = "department-hz-cci-association";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService accounts;

	long own;

	long other;

	long milestone;

	@BeforeEach
	void twoTasks() {
		own = task("department-own-");
		jdbc.sql("""
				insert into tasks.task_unit (task_id, role, department_code, area_code)
				values (?, 'LEAD', 'hz-cci-association', null), (?, 'RESPONSIBLE', null, '330106')
				""").params(own, own).update();
		milestone = jdbc.sql("""
				insert into tasks.task_milestone (task_id, title_zh, title_en, due_on) values (?, '服务团组建', 'Teams formed', date '2026-11-30')
				returning id
				""").param(own).query(Long.class).single();
		other = task("department-other-");
		jdbc.sql("insert into tasks.task_unit (task_id, role, department_code) values (?, 'LEAD', 'hz-cci-talent-association')")
			.param(other).update();
	}

	private long task(String prefix) {
		return jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en, kind, deadline)
				values ('HZ-14FYP', ?, '测试', 'zh', '部门测试任务', 'Department test task', 'MILESTONE', date '2027-12-31') returning id
				""").param(prefix + System.nanoTime()).query(Long.class).single();
	}

	@AfterEach
	void removeTheTasks() {
		jdbc.sql("delete from tasks.task where id in (?, ?)").params(own, other).update();
		events.publishEvent(new DataChanged("tasks"));
	}

	@Test
	void departmentStaffSaveAndSubmitThroughTheApiForTheirDepartmentAndAReviewerApproves() throws Exception {
		String url = "/api/tasks/" + own + "/reports/2026Q4";
		mvc.perform(put(url).with(httpBasic(STAFF, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"narrative\": \"服务团已组建。\", \"milestones\": [{\"milestone\": " + milestone
					+ ", \"reachedOn\": \"2026-11-20\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("department:hz-cci-association"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(post(url + "/submit").param("version", "1").with(httpBasic(STAFF, "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submittedBy").value(STAFF));
		mvc.perform(post(url + "/approve").param("unit", "department:hz-cci-association").param("version", "2")
			.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/tasks/" + own).with(httpBasic(STAFF, "demo")))
			.andExpect(jsonPath("$.milestones[0].reachedOn").value("2026-11-20"));
	}

	@Test
	void anotherUnitsReportIsForbiddenThroughTheApiAndNothingIsStored() throws Exception {
		mvc.perform(put("/api/tasks/" + other + "/reports/2026Q4").with(httpBasic(STAFF, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"narrative\": \"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/tasks/" + own + "/reports/2026Q4").param("unit", "area:330106")
			.with(httpBasic(STAFF, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"narrative\": \"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/tasks/" + other + "/reports/2026Q4/submit").with(httpBasic(STAFF, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/tasks/" + own + "/reports/2026Q4/approve").param("unit", "area:330106")
			.with(httpBasic(STAFF, "demo")))
			.andExpect(status().isForbidden());
		assertThat(reports()).isZero();
	}

	@Test
	void theTaskPageOffersTheFormAndItsPostSavesAndSubmits() throws Exception {
		mvc.perform(get("/tasks/" + own).with(as(STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-form\"")))
			.andExpect(content().string(containsString("id=\"evidence-form\"")));
		mvc.perform(post("/tasks/" + own + "/reports/2026Q4").param("version", "0").param("narrative", "已组建服务团。")
			.param("reached_" + milestone, "2026-11-20").param("submit", "").with(as(STAFF)).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + own))
			.andExpect(flash().attributeExists("saved"));
		assertThat(jdbc.sql("select unit_key || ' ' || status from tasks.task_report where task_id = ?").param(own)
			.query(String.class).single()).isEqualTo("department:hz-cci-association SUBMITTED");
	}

	@Test
	void anotherUnitsTaskPageHasNoFormAndItsPostIsForbidden() throws Exception {
		mvc.perform(get("/tasks/" + other).with(as(STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"report-form\""))));
		mvc.perform(post("/tasks/" + other + "/reports/2026Q4").param("version", "0").param("narrative", "x")
			.with(as(STAFF)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/tasks/" + own + "/reports/2026Q4").param("unit", "area:330106").param("version", "0")
			.param("narrative", "x").with(as(STAFF)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(reports()).isZero();
	}

	@Test
	void departmentStaffSeeTheBoards() throws Exception {
		mvc.perform(get("/tasks/departments/hz-cci-association").with(as(STAFF))).andExpect(status().isOk());
		mvc.perform(get("/tasks/plans/HZ-14FYP").with(as(STAFF))).andExpect(status().isOk());
		mvc.perform(get("/tasks/scopes/330106").with(as(STAFF))).andExpect(status().isOk());
	}

	private long reports() {
		return jdbc.sql("select count(*) from tasks.task_report where task_id in (?, ?)").params(own, other)
			.query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
