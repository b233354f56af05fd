package org.culturetargets.portal.imports;

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
 * Parks and platforms through the import API: created with their groups, updated by name with the groups replaced
 * and the old values kept, unchanged on a second import, and refused with the registry editor's reasons.
 */
@PortalTest
class ParkImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A park name no other test or demo row has. */
	private static String newName() {
		return "导入园区" + newCreditCode().substring(8, 17);
	}

	private Map<String, Object> park(String name) {
		return jdbc.sql("""
				select p.name_en, p.area_code, p.level, p.type, p.key_platform, p.recognised_year, p.source, p.version,
				       p.updated_by,
				       array_to_string(array(select group_code from registry.park_group where park_id = p.id order by 1), ',') as groups
				from registry.park p where p.name_zh = ?
				""").param(name).query().listOfRows().stream().findFirst().orElse(null);
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	@Test
	void aDryRunChangesNothingTheCommitCreatesAndTheSameFileAgainChangesNothing() throws Exception {
		String a = newName();
		byte[] file = csv("""
				name,name_en,area,level,type,key_platform,recognised_year,groups,source
				%s,Import Park,330108,NATIONAL,PARK,Y,2019,belt-zhijiang;belt-canal,test document
				""".formatted(a));
		mvc.perform(upload("parks", true, "parks.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(park(a)).isNull();

		mvc.perform(upload("parks", false, "parks.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1));
		assertThat(park(a)).containsEntry("name_en", "Import Park").containsEntry("area_code", "330108")
			.containsEntry("level", "NATIONAL").containsEntry("key_platform", true).containsEntry("recognised_year", 2019)
			.containsEntry("groups", "belt-canal,belt-zhijiang");

		String again = mvc.perform(upload("parks", false, "parks.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId(again))
			.query(Long.class).single()).isZero();
		assertThat(park(a)).containsEntry("version", 0);
	}

	@Test
	void aChangedRowUpdatesTheParkReplacesItsGroupsAndKeepsWhatItWas() throws Exception {
		String a = newName();
		String header = "name,area,level,type,groups,source\n";
		mvc.perform(upload("parks", false, "v1.csv", csv(header + a + ",330106,PROVINCIAL,BASE,belt-zhijiang;belt-canal,doc 1\n")))
			.andExpect(status().isOk());
		String body = mvc.perform(upload("parks", false, "v2.csv", csv(header + a + ",330106,NATIONAL,BASE,belt-canal,doc 2\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("""
				select subject || ': ' || (before->>'level') || ' ' || (before->'groups')::text || ' -> '
				       || (after->>'level') || ' ' || (after->'groups')::text
				from imports.change where import_id = ?""").param(importId(body)).query(String.class).single())
			.isEqualTo(a + ": PROVINCIAL [\"belt-canal\", \"belt-zhijiang\"] -> NATIONAL [\"belt-canal\"]");
		assertThat(park(a)).containsEntry("level", "NATIONAL").containsEntry("source", "doc 2")
			.containsEntry("groups", "belt-canal").containsEntry("version", 1)
			.containsEntry("updated_by", "import #" + importId(body));
	}

	@Test
	void aFileWithoutAGroupsColumnKeepsTheParksGroups() throws Exception {
		String a = newName();
		mvc.perform(upload("parks", false, "v1.csv", csv("name,area,type,groups,source\n" + a
				+ ",330106,BASE,belt-zhijiang;belt-canal,doc 1\n"))).andExpect(status().isOk());
		mvc.perform(upload("parks", false, "v2.csv", csv("name,area,type,source\n" + a + ",330106,BASE,doc 1\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.changed").value(0));
		assertThat(park(a)).containsEntry("groups", "belt-canal,belt-zhijiang");
		mvc.perform(upload("parks", false, "v3.csv", csv("name,area,type,groups,source\n" + a + ",330106,BASE,,doc 1\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1));
		assertThat(park(a)).containsEntry("groups", "");
	}

	@Test
	void chineseHeadersAndNamesAreRead() throws Exception {
		String a = newName();
		byte[] file = csv("""
				园区名称,所属地区,级别,类型,是否重点平台,认定年份,所属产业带/走廊/集群,来源
				%s,滨江区,省级,街区,是,2020年,之江文化产业带、大运河（杭州段）文化产业带,《规划》表3
				""".formatted(a));
		mvc.perform(upload("parks", false, "园区.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1));
		assertThat(park(a)).containsEntry("area_code", "330108").containsEntry("level", "PROVINCIAL")
			.containsEntry("type", "BLOCK").containsEntry("key_platform", true).containsEntry("recognised_year", 2020)
			.containsEntry("groups", "belt-canal,belt-zhijiang");
	}

	@Test
	void everyBreachOfTheRegistrysRulesIsListedAndNothingIsApplied() throws Exception {
		String a = newName();
		String b = newName();
		String c = newName();
		String d = newName();
		int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
		byte[] file = csv("""
				name,area,level,type,recognised_year,groups,source
				%s,330106,NATIONAL,PARK,%d,,doc
				%s,330100,NATIONAL,PARK,,,doc
				%s,330106,COUNTY,PARK,,,doc
				%s,330106,NATIONAL,PARK,,no-such-belt,doc
				%s,330106,NATIONAL,PARK,,,
				%s,330106,NATIONAL,PARK,,,doc
				""".formatted(a, nextYear, b, c, d, d + "x", a));
		mvc.perform(upload("parks", false, "bad.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("recognised_year"))
			.andExpect(jsonPath("$.problems[0].value").value(String.valueOf(nextYear)))
			.andExpect(jsonPath("$.problems[0].message").value("must be between 1949 and " + (nextYear - 1)))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].column").value("area"))
			.andExpect(jsonPath("$.problems[1].message").value("must be a district or county, not the whole city or a larger area"))
			.andExpect(jsonPath("$.problems[2].row").value(4))
			.andExpect(jsonPath("$.problems[2].column").value("level"))
			.andExpect(jsonPath("$.problems[2].value").value("COUNTY"))
			.andExpect(jsonPath("$.problems[2].message").value("must be one of: NATIONAL / PROVINCIAL / MUNICIPAL"))
			.andExpect(jsonPath("$.problems[3].row").value(5))
			.andExpect(jsonPath("$.problems[3].column").value("groups"))
			.andExpect(jsonPath("$.problems[3].message").value("'no-such-belt' is not a known belt, corridor, cluster or region"))
			.andExpect(jsonPath("$.problems[4].row").value(6))
			.andExpect(jsonPath("$.problems[4].column").value("source"))
			.andExpect(jsonPath("$.problems[4].message").value("required, but empty"))
			.andExpect(jsonPath("$.problems[5].row").value(7))
			.andExpect(jsonPath("$.problems[5].column").value("name"))
			.andExpect(jsonPath("$.problems[5].value").value(a))
			.andExpect(jsonPath("$.problems[5].message").value("same as row 2"))
			.andExpect(jsonPath("$.problems", hasSize(6)));
		assertThat(park(a)).isNull();
		assertThat(park(b)).isNull();
	}

}
