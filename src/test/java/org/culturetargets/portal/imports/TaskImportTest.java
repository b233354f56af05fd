package org.culturetargets.portal.imports;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Key tasks through the import centre (issue 15): created and shown on the plan's board and in the API at once,
 * updated by a second file (not duplicated), refused whole with each problem at its row and column, and the templates
 * of both languages read back as they are downloaded.
 */
@PortalTest
class TaskImportTest {

	private static final String PLAN = "HZ-NEW3-2026";

	private static final String HEADER = "plan,code,source_section,title_zh,title_en,kind,deadline,annual_cycle,lead,"
			+ "responsible,targets\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheImportedTasks() {
		jdbc.sql("delete from tasks.task where code like 'imp-%'").update();
	}

	private String indicator() {
		return jdbc.sql("select min(indicator_code) from plans.target where plan_code = ?").param(PLAN)
			.query(String.class).single();
	}

	private Map<String, Object> task(String code) {
		return jdbc.sql("""
				select t.id, t.title_zh, t.title_en, t.kind, t.deadline::text as deadline, t.annual_cycle, t.version,
				       t.created_by,
				       (select coalesce(u.area_code, u.department_code) from tasks.task_unit u
				        where u.task_id = t.id and u.role = 'LEAD') as lead,
				       array_to_string(array(select coalesce(u.area_code, u.department_code) from tasks.task_unit u
				                             where u.task_id = t.id and u.role = 'RESPONSIBLE' order by 1), ',') as responsible,
				       (select count(*) from tasks.task_target x where x.task_id = t.id) as targets,
				       array_to_string(array(select e.action from tasks.task_event e where e.task_id = t.id
				                             order by e.id), ',') as events
				from tasks.task t where t.plan_code = ? and t.code = ?
				""").params(PLAN, code).query().listOfRows().stream().findFirst().orElse(null);
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	private long tasks(String code) {
		return jdbc.sql("select count(*) from tasks.task where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void aGoodFileCreatesTasksThatTheBoardAndTheApiShowAndASecondFileUpdatesThem() throws Exception {
		String indicator = indicator();
		byte[] file = csv(HEADER + """
				%1$s,imp-trade-base,市政府工作报告 2026,建设文化出海服务中心,Build the culture export service centre,成果类,2026-12-31,否,杭州市文化创意产业协会,西湖区、Binjiang,%2$s
				%1$s,imp-new3-fund,市政府工作报告 2026,设立“新三样”产业基金,Set up the new three categories fund,常态类,,是,330106,,
				""".formatted(PLAN, indicator));
		// the board as it is before, so that a page kept from before the import would show
		mvc.perform(get("/tasks/plans/" + PLAN).with(httpBasic("official", "demo")))
			.andExpect(content().string(not(containsString("建设文化出海服务中心"))));

		mvc.perform(upload("tasks", true, "tasks.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(task("imp-trade-base")).isNull();

		String body = mvc.perform(upload("tasks", false, "tasks.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(2))
			.andReturn().getResponse().getContentAsString();
		long importId = importId(body);
		assertThat(task("imp-trade-base")).containsEntry("kind", "DELIVERABLE").containsEntry("deadline", "2026-12-31")
			.containsEntry("lead", "hz-cci-association").containsEntry("responsible", "330106,330108")
			.containsEntry("targets", 1L).containsEntry("events", "CREATED")
			.containsEntry("created_by", "import #" + importId);
		assertThat(task("imp-new3-fund")).containsEntry("kind", "RECURRING").containsEntry("annual_cycle", true)
			.containsEntry("deadline", null).containsEntry("lead", "330106").containsEntry("responsible", "");

		mvc.perform(get("/tasks/plans/" + PLAN).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建设文化出海服务中心")));
		mvc.perform(get("/api/plans/" + PLAN + "/tasks").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.tasks[?(@.code == 'imp-trade-base')].titleEn")
				.value("Build the culture export service centre"))
			.andExpect(jsonPath("$.tasks[?(@.code == 'imp-new3-fund')].unassigned").value(false));
		assertThat(jdbc.sql("select count(*) from audit.change where subject like ? and action = 'imported'")
			.param("import #" + importId + " tasks %").query(Long.class).single()).isEqualTo(1);

		// the same tasks again, one retitled and handed to another lead: updated in place, the other left alone
		byte[] second = csv(HEADER + """
				%1$s,imp-trade-base,市政府工作报告 2026,建设文化“出海”综合服务中心,Build the culture export service centre,成果类,2026-12-31,否,西湖区,Binjiang,%2$s
				%1$s,imp-new3-fund,市政府工作报告 2026,设立“新三样”产业基金,Set up the new three categories fund,常态类,,是,330106,,
				""".formatted(PLAN, indicator));
		String again = mvc.perform(upload("tasks", false, "tasks-v2.csv", second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.unchanged").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(tasks("imp-trade-base")).isEqualTo(1);
		assertThat(task("imp-trade-base")).containsEntry("title_zh", "建设文化“出海”综合服务中心")
			.containsEntry("lead", "330106").containsEntry("responsible", "330108").containsEntry("version", 1)
			.containsEntry("events", "CREATED,ASSIGNED").containsEntry("targets", 1L);
		assertThat(task("imp-new3-fund")).containsEntry("version", 0).containsEntry("events", "CREATED");
		assertThat(jdbc.sql("""
				select subject || ': ' || (before->>'lead') || ' -> ' || (after->>'lead')
				from imports.change where import_id = ?""")
			.param(importId(again)).query(String.class).single())
			.isEqualTo(PLAN + " imp-trade-base: hz-cci-association -> 330106");
		// the history names the units as the reader reads them, not by their codes
		mvc.perform(get("/imports/" + importId(again)).param("lang", "en")
				.with(httpBasic("admin", "demo")))
			.andExpect(xpath("//table[@id='changes']").string(containsString(
					"Hangzhou Cultural and Creative Industry Association")))
			.andExpect(xpath("//table[@id='changes']").string(containsString("Xihu")))
			.andExpect(xpath("//table[@id='changes']").string(not(containsString("hz-cci-association"))));
	}

	@Test
	void aColumnTheFileLacksLeavesTheTasksValueAsItIs() throws Exception {
		mvc.perform(upload("tasks", false, "tasks.csv", csv(HEADER + """
				%s,imp-partial,市政府工作报告 2026,部分更新,Partly updated,节点类,2026-09-30,否,杭州市文化创意产业协会,西湖区、滨江区,
				""".formatted(PLAN))))
			.andExpect(jsonPath("$.committed").value(1));
		// only the lead: Binjiang leads now, and is no longer listed among the responsible units
		mvc.perform(upload("tasks", false, "lead.csv", csv("""
				所属规划,任务编号,出处,任务名称,任务类型,牵头单位
				%s,imp-partial,市政府工作报告 2026,部分更新,节点,Binjiang
				""".formatted(PLAN))))
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andExpect(jsonPath("$.changed").value(1));
		assertThat(task("imp-partial")).containsEntry("lead", "330108").containsEntry("responsible", "330106")
			.containsEntry("title_en", "Partly updated").containsEntry("deadline", "2026-09-30")
			.containsEntry("kind", "MILESTONE").containsEntry("events", "CREATED,ASSIGNED");
	}

	@Test
	void oneBadRowSavesNothingAndIsNamedByRowAndColumn() throws Exception {
		byte[] file = csv(HEADER + """
				%1$s,imp-good-1,市政府工作报告 2026,好的任务一,Good task one,成果类,2026-12-31,,330106,,
				%1$s,imp-bad,市政府工作报告 2026,坏的任务,Bad task,成果类,2026-02-30,,330106,,
				%1$s,imp-good-2,市政府工作报告 2026,好的任务二,Good task two,节点类,2026-06-30,,330106,,
				""".formatted(PLAN));
		mvc.perform(upload("tasks", false, "bad.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems", hasSize(1)))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("deadline"))
			.andExpect(jsonPath("$.problems[0].value").value("2026-02-30"));
		assertThat(tasks("imp-good-1") + tasks("imp-good-2") + tasks("imp-bad")).isZero();
	}

	@Test
	void unknownUnitsPlansAndTargetsAndTextTooLongAreEachAProblemAtTheirCell() throws Exception {
		String tooLong = "长".repeat(301);
		byte[] file = csv(HEADER + """
				%1$s,imp-units,市政府工作报告 2026,单位不明,Units unknown,成果类,2026-12-31,,杭州市不存在局,"西湖区,火星""区{\\}",
				NOPE-PLAN,imp-plan,市政府工作报告 2026,规划不明,Plan unknown,成果类,2026-12-31,,,,
				%1$s,imp-target,市政府工作报告 2026,指标不明,Indicator unknown,成果类,2026-12-31,,,,no_such_indicator
				%1$s,imp-long,市政府工作报告 2026,%2$s,Too long,成果类,2026-12-31,,,,
				%1$s,imp-no-en,市政府工作报告 2026,没有英文名称,,成果类,,,西湖区,西湖区,
				%1$s,imp-kind,市政府工作报告 2026,类型不明,Kind unknown,随便,2026-12-31,,,,
				""".formatted(PLAN, tooLong));
		mvc.perform(upload("tasks", true, "problems.csv", file).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems", hasSize(9)))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("lead"))
			.andExpect(jsonPath("$.problems[0].message").value(
					"\"杭州市不存在局\" is not an area or department of the reference data (code, Chinese or English name)"))
			.andExpect(jsonPath("$.problems[1].row").value(2))
			.andExpect(jsonPath("$.problems[1].column").value("responsible"))
			.andExpect(jsonPath("$.problems[1].value").value("火星\"区{\\}"))
			.andExpect(jsonPath("$.problems[2].row").value(3))
			.andExpect(jsonPath("$.problems[2].column").value("plan"))
			.andExpect(jsonPath("$.problems[3].row").value(4))
			.andExpect(jsonPath("$.problems[3].column").value("targets"))
			.andExpect(jsonPath("$.problems[3].message").value(
					"plan " + PLAN + " has no target on the indicator \"no_such_indicator\""))
			.andExpect(jsonPath("$.problems[4].row").value(5))
			.andExpect(jsonPath("$.problems[4].column").value("title_zh"))
			.andExpect(jsonPath("$.problems[4].message").value("longer than 300 characters"))
			.andExpect(jsonPath("$.problems[5].row").value(6))
			.andExpect(jsonPath("$.problems[?(@.row == 6)].column", hasSize(3)))
			.andExpect(jsonPath("$.problems[?(@.row == 7)].column").value("kind"));
	}

	@Test
	void bothTemplatesReadBackAsTheyAreDownloadedOnceFilledIn() throws Exception {
		for (String language : new String[] { "zh", "en" }) {
			String template = mvc.perform(get("/imports/templates/tasks").param("format", "csv")
					.param("headers", language).with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(template).contains("zh".equals(language) ? "所属规划,任务编号,出处,任务名称" : "plan,code,source_section");
			String code = "imp-template-" + language;
			mvc.perform(upload("tasks", false, "template-" + language + ".csv",
					csv(template.replace("6.3-trade-base", code))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.problems", hasSize(0)))
				.andExpect(jsonPath("$.committed").value(1));
			assertThat(jdbc.sql("""
					select count(*) from tasks.task t join tasks.task_unit u on u.task_id = t.id
					where t.plan_code = 'HZ-14FYP' and t.code = ?""").param(code).query(Long.class).single())
				.isEqualTo(3);
			byte[] xlsx = mvc.perform(get("/imports/templates/tasks").param("format", "xlsx").param("headers", language)
					.with(httpBasic("admin", "demo")))
				.andReturn().getResponse().getContentAsByteArray();
			mvc.perform(upload("tasks", true, "template-" + language + ".xlsx", xlsx))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.problems", hasSize(0)))
				.andExpect(jsonPath("$.created").value(1));
		}
	}

	@Test
	void theImportCentreOffersTheKindInTheReadersLanguage() throws Exception {
		mvc.perform(get("/imports").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//select[@name='kind']/option[@value='tasks']").string("重点任务"));
		mvc.perform(get("/imports").param("lang", "en").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//select[@name='kind']/option[@value='tasks']").string("Key tasks"));
	}

}
