package org.culturetargets.portal.tasks;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/plans/{plan}/tasks} and {@code GET /api/tasks/{id}} (SPEC §10). */
@PortalTest
class TaskApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlansTasksWithTheirStatusAsOfADate() throws Exception {
		mvc.perform(get("/api/plans/HZ-ICCC-2025/tasks").param("asOf", "2024-04-15").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan").value("HZ-ICCC-2025"))
			.andExpect(jsonPath("$.asOf").value("2024-04-15"))
			.andExpect(jsonPath("$.tasks", hasSize(41)))
			.andExpect(jsonPath("$.tasks[0].code").value("1.1-digital-content-centre"))
			.andExpect(jsonPath("$.tasks[0].sourceLanguage").value("en"))
			.andExpect(jsonPath("$.tasks[0].assessment.status").value("BEHIND"))
			.andExpect(jsonPath("$.tasks[0].assessment.explanationEn")
				.value("3 of 8 milestones fell due without being reached; the earliest was due on 2023-07-31."))
			.andExpect(jsonPath("$.tasks[0].milestones", hasSize(8)))
			.andExpect(jsonPath("$.tasks[0].milestones[0].checkpoint").value("MID_YEAR"))
			.andExpect(jsonPath("$.tasks[0].unassigned").value(true));
	}

	@Test
	void oneTaskWithItsUnitsAndTargets() throws Exception {
		long id = jdbc.sql("select id from tasks.task where plan_code = 'HZ-ICCC-2025' and code = '3.14-westward'")
			.query(Long.class).single();
		mvc.perform(get("/api/tasks/" + id).param("asOf", "2026-01-31").with(httpBasic("district-330106", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.sourceSection")
				.value("3、Key tasks (3) 14. Promote the coordinated and integrated development of industries"))
			.andExpect(jsonPath("$.units", hasSize(5)))
			.andExpect(jsonPath("$.units[0].type").value("area"))
			.andExpect(jsonPath("$.units[0].nameZh").value("富阳区"))
			.andExpect(jsonPath("$.scopes[0]").value("western-districts"))
			.andExpect(jsonPath("$.targets", hasSize(1)))
			.andExpect(jsonPath("$.assessment.status").value("OVERDUE"))
			.andExpect(jsonPath("$.assessment.reason").value("task.why.overdue"))
			.andExpect(jsonPath("$.assessment.explanationZh").value("截止日期 2025-12-31 已过 31 天，尚未完成。"));
	}

	@Test
	void problemsAreProblemDetails() throws Exception {
		mvc.perform(get("/api/tasks/99999999").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/plans/NOPE/tasks").with(httpBasic("official", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/plans/HZ-14FYP/tasks").param("asOf", "2025-02-30").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.asOf[0]").value(containsString("2025-02-30")));
		mvc.perform(get("/api/plans/HZ-14FYP/tasks")).andExpect(status().isUnauthorized());
	}

	@Test
	void theOpenApiDocumentListsThem() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "demo")))
			.andExpect(content().string(containsString("/api/plans/{plan}/tasks")))
			.andExpect(content().string(containsString("/api/tasks/{id}")));
	}

}
