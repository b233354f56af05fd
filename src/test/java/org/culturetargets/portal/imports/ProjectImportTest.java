package org.culturetargets.portal.imports;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.newCreditCode;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Projects through the import API, keyed by district and name: created, updated with the old values kept, unchanged
 * on a second import, and refused when status and dates disagree as the registry's form refuses them.
 */
@PortalTest
class ProjectImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static String newName() {
		return "导入项目" + newCreditCode().substring(8, 17);
	}

	private Map<String, Object> project(String area, String name) {
		return jdbc.sql("""
				select j.category, j.planned_investment::text as planned, j.completed_investment::text as completed,
				       j.status, j.planned_start::text as planned_start, j.started_on::text as started_on,
				       j.completed_on::text as completed_on, j.version,
				       array_to_string(array(select group_code from registry.project_group where project_id = j.id order by 1), ',') as groups
				from registry.project j where j.area_code = ? and j.name = ?
				""").params(area, name).query().listOfRows().stream().findFirst().orElse(null);
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	@Test
	void aDryRunChangesNothingTheCommitCreatesAndTheSameFileAgainChangesNothing() throws Exception {
		String a = newName();
		byte[] file = csv("""
				name,area,category,planned_investment,completed_investment,status,planned_start,started_on,completed_on,groups
				%1$s,330106,KEY,50000,12000.5,STARTED,2025-03-01,2025-04-15,,belt-zhijiang
				%1$s,330108,EXPORT,,,PLANNED,2027-01-01,,,
				""".formatted(a));
		mvc.perform(upload("projects", true, "projects.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(project("330106", a)).isNull();

		mvc.perform(upload("projects", false, "projects.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(2));
		assertThat(project("330106", a)).containsEntry("category", "KEY").containsEntry("planned", "50000.00")
			.containsEntry("completed", "12000.50").containsEntry("started_on", "2025-04-15")
			.containsEntry("groups", "belt-zhijiang");
		assertThat(project("330108", a)).containsEntry("status", "PLANNED").containsEntry("planned", null);

		String again = mvc.perform(upload("projects", false, "projects.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(2))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId(again))
			.query(Long.class).single()).isZero();
	}

	@Test
	void aChangedRowUpdatesTheProjectAndKeepsWhatItWas() throws Exception {
		String a = newName();
		String header = "name,area,category,completed_investment,status,started_on,completed_on\n";
		mvc.perform(upload("projects", false, "v1.csv", csv(header + a + ",330106,KEY,100,STARTED,2025-01-10,\n")))
			.andExpect(status().isOk());
		String body = mvc.perform(upload("projects", false, "v2.csv",
				csv(header + a + ",330106,KEY,250,COMPLETED,2025-01-10,2025-09-30\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("""
				select subject || ': ' || (before->>'status') || ' ' || (before->>'completed_investment') || ' -> '
				       || (after->>'status') || ' ' || (after->>'completed_investment') || ' ' || (after->>'completed_on')
				from imports.change where import_id = ?""").param(importId(body)).query(String.class).single())
			.isEqualTo("330106 " + a + ": STARTED 100.00 -> COMPLETED 250.00 2025-09-30");
		assertThat(project("330106", a)).containsEntry("status", "COMPLETED").containsEntry("version", 1);
	}

	@Test
	void chineseHeadersAndNamesAreRead() throws Exception {
		String a = newName();
		byte[] file = csv("""
				项目名称,所属地区,项目类别,计划投资（万元）,完成投资（万元）,项目状态,计划开工日期,开工日期,竣工日期,所属产业带/走廊/集群
				%s,西湖区,示范,"１，２００",300.25,已开工,2025年3月1日,2025/4/2,,之江文化产业带
				""".formatted(a));
		mvc.perform(upload("projects", false, "项目.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1));
		assertThat(project("330106", a)).containsEntry("category", "DEMONSTRATION").containsEntry("planned", "1200.00")
			.containsEntry("status", "STARTED").containsEntry("planned_start", "2025-03-01")
			.containsEntry("started_on", "2025-04-02").containsEntry("groups", "belt-zhijiang");
	}

	@Test
	void everyDisagreementOfStatusAndDatesIsListedAndNothingIsApplied() throws Exception {
		String a = newName();
		String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		byte[] file = csv("""
				name,area,category,status,started_on,completed_on
				%1$s-1,330106,KEY,STARTED,,
				%1$s-2,330106,KEY,PLANNED,2025-01-01,
				%1$s-3,330106,KEY,COMPLETED,2025-01-01,
				%1$s-4,330106,KEY,STARTED,2025-01-01,2025-06-01
				%1$s-5,330106,KEY,COMPLETED,2025-06-01,2025-01-01
				%1$s-6,330106,KEY,STARTED,%2$s,
				%1$s-7,330100,KEY,PLANNED,,
				%1$s-1,330106,EXPORT,PLANNED,,
				""".formatted(a, tomorrow));
		mvc.perform(upload("projects", false, "bad.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("started_on"))
			.andExpect(jsonPath("$.problems[0].message").value("a started or completed project needs its start date"))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].value").value("2025-01-01"))
			.andExpect(jsonPath("$.problems[1].message").value("a planned project has no start date yet"))
			.andExpect(jsonPath("$.problems[2].row").value(4))
			.andExpect(jsonPath("$.problems[2].column").value("completed_on"))
			.andExpect(jsonPath("$.problems[2].message").value("a completed project needs its completion date"))
			.andExpect(jsonPath("$.problems[3].row").value(5))
			.andExpect(jsonPath("$.problems[3].value").value("2025-06-01"))
			.andExpect(jsonPath("$.problems[3].message").value("a project not completed has no completion date"))
			.andExpect(jsonPath("$.problems[4].row").value(6))
			.andExpect(jsonPath("$.problems[4].column").value("completed_on"))
			.andExpect(jsonPath("$.problems[4].message").value("earlier than the start date 2025-06-01"))
			.andExpect(jsonPath("$.problems[5].row").value(7))
			.andExpect(jsonPath("$.problems[5].column").value("started_on"))
			.andExpect(jsonPath("$.problems[5].value").value(tomorrow))
			.andExpect(jsonPath("$.problems[5].message").value("later than today"))
			.andExpect(jsonPath("$.problems[6].row").value(8))
			.andExpect(jsonPath("$.problems[6].column").value("area"))
			.andExpect(jsonPath("$.problems[6].message").value("must be a district or county, not the whole city or a larger area"))
			.andExpect(jsonPath("$.problems[7].row").value(9))
			.andExpect(jsonPath("$.problems[7].column").value("name"))
			.andExpect(jsonPath("$.problems[7].value").value(a + "-1"))
			.andExpect(jsonPath("$.problems[7].message").value("same as row 2"))
			.andExpect(jsonPath("$.problems", hasSize(8)));
		assertThat(project("330106", a + "-1")).isNull();
	}

}
