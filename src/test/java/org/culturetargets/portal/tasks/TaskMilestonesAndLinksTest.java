package org.culturetargets.portal.tasks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Administrators keep a task's milestones and its links to targets and registry rows: each change on the task's
 * version (a stale form is refused), in its history and the audit log; bad input is named beside its field and
 * nothing is saved. The task and assign forms render their unit pickers from one fragment.
 */
@PortalTest
class TaskMilestonesAndLinksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	long task;

	@BeforeEach
	void aTaskOfItsOwn() {
		task = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en, kind, deadline)
				values ('HZ-14FYP', ?, '测试', 'zh', '里程碑测试任务', 'Milestone test task', 'MILESTONE', date '2027-12-31')
				returning id
				""").param("milestone-test-" + System.nanoTime()).query(Long.class).single();
		jdbc.sql("insert into tasks.task_unit (task_id, role, area_code) values (?, 'LEAD', '330106')").param(task).update();
	}

	@AfterEach
	void removeTheTask() {
		jdbc.sql("delete from tasks.task where id = ?").param(task).update();
		events.publishEvent(new DataChanged("tasks"));
	}

	@Test
	void anAdministratorAddsChangesAndRemovesAMilestone() throws Exception {
		mvc.perform(post("/admin/tasks/" + task + "/milestones").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("titleZh", "方案印发").param("titleEn", "Plan issued")
			.param("dueOn", "2026-06-30").param("reason", "督查室要求"))
			.andExpect(redirectedUrl("/admin/tasks/" + task + "/milestones"));
		long milestone = jdbc.sql("select id from tasks.task_milestone where task_id = ?").param(task).query(Long.class).single();
		mvc.perform(get("/admin/tasks/" + task + "/milestones").param("edit", String.valueOf(milestone))
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//form[@id='milestone-form']//input[@id='titleZh']/@value").string("方案印发"))
			.andExpect(xpath("//tr[@data-milestone='" + milestone + "']/td[1]").string("方案印发"));
		mvc.perform(post("/admin/tasks/" + task + "/milestones/" + milestone).with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "1").param("titleZh", "方案印发").param("titleEn", "Plan issued")
			.param("dueOn", "2026-06-30").param("reachedOn", "2026-06-20"))
			.andExpect(redirectedUrl("/admin/tasks/" + task + "/milestones"));
		assertThat(jdbc.sql("select reached_on::text from tasks.task_milestone where id = ?").param(milestone)
			.query(String.class).single()).isEqualTo("2026-06-20");
		mvc.perform(get("/api/tasks/" + task).with(httpBasic("official", "demo")))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/tasks/" + task + "/milestones/" + milestone + "/remove").with(httpBasic("admin", "demo"))
			.with(csrf()).param("version", "2"))
			.andExpect(redirectedUrl("/admin/tasks/" + task + "/milestones"));
		assertThat(jdbc.sql("select count(*) from tasks.task_milestone where task_id = ?").param(task).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select action from tasks.task_event where task_id = ? order by id").param(task)
			.query(String.class).list()).containsExactly("MILESTONE_ADDED", "MILESTONE_CHANGED", "MILESTONE_REMOVED");
		assertThat(jdbc.sql("select action || ' ' || coalesce(reason, '') from audit.change where subject = ? order by id")
			.param("task " + task).query(String.class).list())
			.containsExactly("milestone added 督查室要求", "milestone changed ", "milestone removed ");
		mvc.perform(get("/tasks/" + task).with(httpBasic("official", "demo")))
			.andExpect(content().string(containsString("删除里程碑")));
	}

	@Test
	void aBadMilestoneIsNamedBesideItsFieldsAndAStaleOneIsRefused() throws Exception {
		mvc.perform(post("/admin/tasks/" + task + "/milestones").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("titleZh", "").param("titleEn", "x".repeat(301))
			.param("dueOn", "2026-13-40").param("reachedOn", "2999-01-01"))
			.andExpect(status().isOk())
			.andExpect(xpath("//input[@id='titleZh']/following-sibling::div[@class='invalid-feedback']").string("请填写此项。"))
			.andExpect(xpath("//input[@id='titleEn']/following-sibling::div[@class='invalid-feedback']").string("不能超过 300 个字符。"))
			.andExpect(content().string(containsString("“2026-13-40”不是日期")))
			.andExpect(content().string(containsString("达成日期不能晚于今天")));
		mvc.perform(post("/admin/tasks/" + task + "/milestones").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "7").param("titleZh", "甲").param("titleEn", "A").param("dueOn", "2026-06-30"))
			.andExpect(status().isOk())
			.andExpect(xpath("//div[@id='stale']").string("此任务已被他人修改，请刷新后重试。"));
		assertThat(jdbc.sql("select count(*) from tasks.task_milestone where task_id = ?").param(task).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select version from tasks.task where id = ?").param(task).query(Integer.class).single()).isZero();
	}

	@Test
	void anAdministratorLinksATargetAParkAProjectAndAnEnterpriseAndRemovesOne() throws Exception {
		long target = jdbc.sql("select min(id) from plans.target where plan_code = 'HZ-14FYP'").query(Long.class).single();
		long park = jdbc.sql("select min(id) from registry.park").query(Long.class).single();
		long project = jdbc.sql("select min(id) from registry.project").query(Long.class).single();
		long enterprise = jdbc.sql("select min(id) from registry.enterprise").query(Long.class).single();
		mvc.perform(get("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//select[@id='target']/option[@value='" + target + "']").exists())
			.andExpect(xpath("//select[@id='park']/option[@value='" + park + "']").exists());
		link(0, "TARGET", "target", target);
		link(1, "PARK", "park", park);
		link(2, "PROJECT", "project", project);
		link(3, "ENTERPRISE", "enterprise", enterprise);
		mvc.perform(get("/api/tasks/" + task).with(httpBasic("official", "demo")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from tasks.task_link where task_id = ?").param(task).query(Long.class).single())
			.isEqualTo(3);
		mvc.perform(post("/admin/tasks/" + task + "/links/remove").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "4").param("kind", "PARK").param("ref", String.valueOf(park)))
			.andExpect(redirectedUrl("/admin/tasks/" + task + "/links"));
		assertThat(jdbc.sql("select kind from tasks.task_link where task_id = ? order by kind").param(task)
			.query(String.class).list()).containsExactly("ENTERPRISE", "PROJECT");
		assertThat(jdbc.sql("select action from audit.change where subject = ? order by id").param("task " + task)
			.query(String.class).list()).containsExactly("link added", "link added", "link added", "link added", "link removed");
	}

	@Test
	void anUnknownOrRepeatedLinkIsNamedBesideItsListAndNothingIsSaved() throws Exception {
		long otherPlansTarget = jdbc.sql("select min(id) from plans.target where plan_code <> 'HZ-14FYP'").query(Long.class).single();
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("kind", "TARGET").param("target", String.valueOf(otherPlansTarget)))
			.andExpect(status().isOk())
			.andExpect(xpath("//select[@id='target']/following-sibling::div[contains(@class, 'invalid-feedback')]")
				.string(containsString("“" + otherPlansTarget + "”不是可关联的编号")));
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("kind", "PROJECT").param("project", "99999999"))
			.andExpect(xpath("//input[@id='project']/following-sibling::div[contains(@class, 'invalid-feedback')]")
				.string(containsString("“99999999”不是可关联的编号")));
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("kind", "ENTERPRISE").param("enterprise", "abc"))
			.andExpect(content().string(containsString("“abc”不是可关联的编号")));
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("kind", "SHOP").param("park", "1"))
			.andExpect(content().string(containsString("请选择关联类型")));
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("kind", "PARK").param("park", ""))
			.andExpect(xpath("//select[@id='park']/following-sibling::div[contains(@class, 'invalid-feedback')]")
				.string("请填写此项。"));
		long park = jdbc.sql("select min(id) from registry.park").query(Long.class).single();
		link(0, "PARK", "park", park);
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "1").param("kind", "PARK").param("park", String.valueOf(park)))
			.andExpect(content().string(containsString("已关联编号 " + park)));
		assertThat(jdbc.sql("select count(*) from tasks.task_link where task_id = ?").param(task).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from tasks.task_target where task_id = ?").param(task).query(Long.class).single())
			.isZero();
	}

	@Test
	void otherRolesCannotOpenTheForms() throws Exception {
		for (String user : new String[] { "official", "district-330106", "department-hz-cci-association", "reviewer" }) {
			mvc.perform(get("/admin/tasks/" + task + "/milestones").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/admin/tasks/" + task + "/links").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theUnitPickersOfTheTaskAndAssignFormsComeFromOneFragment() throws Exception {
		mvc.perform(get("/admin/tasks/new").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//form[@id='task-form']//div[@class='col-md-6']/select[@id='lead']/option[@value='department:hz-cci-association']").exists())
			.andExpect(xpath("//form[@id='task-form']//select[@id='responsible']/@size").string("6"));
		mvc.perform(get("/admin/tasks/" + task + "/assign").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//form[@id='assign-form']//div[@class='mb-3']/select[@id='lead']/option[@selected]/@value").string("area:330106"))
			.andExpect(xpath("//form[@id='assign-form']//select[@id='responsible']/@size").string("8"));
		mvc.perform(post("/admin/tasks/" + task + "/assign").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", "0").param("lead", "area:999999").param("responsible", "department:nowhere"))
			.andExpect(xpath("//select[@id='lead']/following-sibling::div[contains(@class, 'invalid-feedback')]")
				.string("没有这个单位：area:999999。"))
			.andExpect(xpath("//select[@id='responsible']/following-sibling::div[contains(@class, 'invalid-feedback')]")
				.string("没有这个单位：department:nowhere。"));
	}

	private void link(int version, String kind, String field, long ref) throws Exception {
		mvc.perform(post("/admin/tasks/" + task + "/links").with(httpBasic("admin", "demo")).with(csrf())
			.param("version", String.valueOf(version)).param("kind", kind).param(field, String.valueOf(ref)))
			.andExpect(redirectedUrl("/admin/tasks/" + task + "/links"));
	}

}
