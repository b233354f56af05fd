package org.culturetargets.portal.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** Administrators create, assign and close tasks; every other role is refused; bad input saves nothing. */
@PortalTest
class TaskAdminTest {

	private static final String PLAN = "HZ-NEW3-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheTestsTasks() {
		jdbc.sql("delete from tasks.task where code like 'test-%'").update();
	}

	private MockHttpServletRequestBuilder create(String user, String code) {
		return create(user, code, Map.of()).with(csrf());
	}

	/** The new-task form as posted (by HTTP Basic unless the user is null), some fields typed otherwise, no CSRF token. */
	private static MockHttpServletRequestBuilder create(String user, String code, Map<String, String> typed) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("planCode", PLAN);
		fields.put("code", code);
		fields.put("sourceSection", "市政府工作报告 2026");
		fields.put("titleZh", "建设文化“新三样”出海服务中心");
		fields.put("titleEn", "Build the service centre for the new three categories going global");
		fields.put("kind", "DELIVERABLE");
		fields.put("deadline", "2026-06-30");
		fields.put("lead", "department:hz-cci-association");
		fields.put("reason", "测试");
		fields.putAll(typed);
		MockHttpServletRequestBuilder request = post("/admin/tasks");
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		fields.forEach(request::param);
		return request.param("responsible", typed.getOrDefault("responsible", "area:330113"), "area:330106");
	}

	private long created(String code) throws Exception {
		mvc.perform(create("admin", code)).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from tasks.task where code = ?").param(code).query(Long.class).single();
	}

	private int version(long id) {
		return jdbc.sql("select version from tasks.task where id = ?").param(id).query(Integer.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from tasks.task").query(Long.class).single();
	}

	@ParameterizedTest
	@ValueSource(strings = { "official", "reviewer", "district-330106" })
	void onlyAdministratorsCreateAssignOrClose(String user) throws Exception {
		long id = jdbc.sql("select min(id) from tasks.task").query(Long.class).single();
		long before = count();
		mvc.perform(get("/admin/tasks/new").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
		mvc.perform(create(user, "test-refused")).andExpect(status().isForbidden());
		for (String action : List.of("assign", "close")) {
			mvc.perform(get("/admin/tasks/" + id + "/" + action).with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/tasks/" + id + "/" + action).with(httpBasic(user, "demo")).with(csrf())
				.param("lead", "department:hz-cci-association")
				.param("completedOn", "2026-01-01")
				.param("note", "x")
				.param("version", "0")).andExpect(status().isForbidden());
		}
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from tasks.task where id = ? and completed_on is not null").param(id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		// HTTP Basic needs no token (another site cannot forge it); a browser's signed-in session does
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/login").param("username", "admin").param("password", "demo").with(csrf()))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(create(null, "test-no-csrf", Map.of()).session(session)).andExpect(status().isForbidden());
		mvc.perform(create(null, "test-no-csrf", Map.of()).session(session).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from tasks.task where code = 'test-no-csrf'").query(Long.class).single()).isZero();
		mvc.perform(create(null, "test-no-csrf", Map.of()).session(session).with(csrf()))
			.andExpect(redirectedUrlPattern("/tasks/*"));
	}

	@Test
	void anAdministratorCreatesATaskWhichIsAuditedAndShown() throws Exception {
		long before = count();
		mvc.perform(create("admin", "test-created")).andExpect(redirectedUrlPattern("/tasks/*"));
		assertThat(count()).isEqualTo(before + 1);
		long id = jdbc.sql("select id from tasks.task where code = 'test-created'").query(Long.class).single();
		mvc.perform(get("/tasks/" + id).with(httpBasic("official", "demo")))
			.andExpect(xpath("//*[@id='task-title']/span").string("建设文化“新三样”出海服务中心"))
			.andExpect(xpath("//*[@id='task-units']").string(containsString("杭州市文化创意产业协会")))
			.andExpect(xpath("//*[@id='task-units']").string(containsString("临平区")))
			.andExpect(xpath("//ul[@id='task-history']/li[1]").string(containsString("创建")));
		assertThat(jdbc.sql("select actor || ' ' || action || ' ' || reason from audit.change where subject = ? order by id desc limit 1")
			.param("task " + id).query(String.class).single()).isEqualTo("admin created 测试");
		mvc.perform(get("/admin/tasks/new").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void badInputIsShownBesideEachFieldAndNothingIsSaved() throws Exception {
		long before = count();
		mvc.perform(create("admin", "test bad!", Map.of("titleZh", " ", "deadline", "2026-13-40", "kind", "SOMETHING",
				"responsible", "area:999999", "descriptionZh", "只有中文")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(xpath("//form[@id='task-form']").exists())
			.andExpect(content().string(containsString("只能包含字母、数字、点、下划线和短横线")))
			.andExpect(content().string(containsString("请填写此项。")))
			.andExpect(content().string(containsString("“2026-13-40”不是日期")))
			.andExpect(content().string(containsString("请选择任务类型。")))
			.andExpect(content().string(containsString("没有这个单位：area:999999。")))
			.andExpect(content().string(containsString("说明须中英文都填写，或都不填写。")));
		assertThat(count()).isEqualTo(before);
		created("test-twice");
		mvc.perform(create("admin", "test-twice").param("lang", "en"))
			.andExpect(content().string(containsString("Plan HZ-NEW3-2026 already has a task with code test-twice.")));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void assigningReplacesTheUnitsAndAStaleFormIsRefused() throws Exception {
		long id = created("test-assign");
		int version = version(id);
		mvc.perform(get("/admin/tasks/" + id + "/assign").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//select[@id='lead']/option[@selected]/@value").string("department:hz-cci-association"));
		mvc.perform(post("/admin/tasks/" + id + "/assign").with(httpBasic("admin", "demo")).with(csrf())
			.param("lead", "area:330106")
			.param("responsible", "area:330106")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("牵头单位不必再列为责任单位。")));
		mvc.perform(post("/admin/tasks/" + id + "/assign").with(httpBasic("admin", "demo")).with(csrf())
			.param("lead", "area:330106")
			.param("responsible", "department:hz-cci-research-centre")
			.param("version", String.valueOf(version))
			.param("reason", "分工调整"))
			.andExpect(redirectedUrl("/tasks/" + id));
		assertThat(jdbc.sql("select role || ' ' || coalesce(area_code, department_code) from tasks.task_unit where task_id = ? order by role")
			.param(id).query(String.class).list()).containsExactly("LEAD 330106", "RESPONSIBLE hz-cci-research-centre");
		assertThat(jdbc.sql("select new_value from audit.change where subject = ? and action = 'assigned'").param("task " + id)
			.query(String.class).single()).isEqualTo("LEAD area:330106, RESPONSIBLE department:hz-cci-research-centre");
		// the same form again, on the version it read: someone else's change is not overwritten
		mvc.perform(post("/admin/tasks/" + id + "/assign").with(httpBasic("admin", "demo")).with(csrf())
			.param("lead", "")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='stale']").string("此任务已被他人修改，请刷新后重试。"));
		assertThat(jdbc.sql("select count(*) from tasks.task_unit where task_id = ?").param(id).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void closingNeedsADateNotInTheFutureAndANoteAndHappensOnce() throws Exception {
		long id = created("test-close");
		ResultActions refused = mvc.perform(post("/admin/tasks/" + id + "/close").with(httpBasic("admin", "demo")).with(csrf())
			.param("completedOn", "2999-01-01")
			.param("note", "")
			.param("version", String.valueOf(version(id))));
		refused.andExpect(status().isOk())
			.andExpect(content().string(containsString("完成日期不能晚于今天")))
			.andExpect(content().string(containsString("请填写此项。")));
		mvc.perform(post("/admin/tasks/" + id + "/close").with(httpBasic("admin", "demo")).with(csrf())
			.param("completedOn", "2026-03-01")
			.param("note", "服务中心已揭牌运行")
			.param("version", String.valueOf(version(id))))
			.andExpect(redirectedUrl("/tasks/" + id));
		mvc.perform(get("/tasks/" + id).with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[contains(@class,'task-status')]/@data-status").string("COMPLETED_ON_TIME"))
			.andExpect(xpath("//*[@id='task-closed']").string(startsWith("已于 2026-03-01 关闭（admin）")));
		mvc.perform(post("/admin/tasks/" + id + "/close").with(httpBasic("admin", "demo")).with(csrf())
			.param("completedOn", "2026-03-02")
			.param("note", "again")
			.param("version", String.valueOf(version(id))))
			.andExpect(content().string(containsString("任务已于 2026-03-01 关闭。")));
		assertThat(jdbc.sql("select count(*) from audit.change where subject = ? and action = 'closed'").param("task " + id)
			.query(Long.class).single()).isEqualTo(1);
	}

}
