package org.culturetargets.portal.imports;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.culturetargets.portal.imports.ReferenceRows.newAreaCode;
import static org.culturetargets.portal.imports.ReferenceRows.serial;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Areas and groups through the import API (SPEC §9 {@code areas}): parents and members by code or name, also rows of
 * the same file; the admin forms' rules as problems; re-importing changes nothing; members are replaced. Committed
 * imports create provinces, cities and regions only: other tests count the seeded districts, belts and clusters.
 */
@PortalTest
class AreaImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long scopes(String... codes) {
		return jdbc.sql("select count(*) from plans.scope where code in (:codes)").param("codes", java.util.List.of(codes))
			.query(Long.class).single();
	}

	private String members(String group) {
		return jdbc.sql("select string_agg(member_code, ',' order by member_code) from plans.scope_member where group_code = ?")
			.param(group).query(String.class).single();
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	@Test
	void parentsAndMembersNamedInTheSameFileAreCreatedOnceAndMembersAreReplaced() throws Exception {
		int n = serial();
		String province = newAreaCode();
		String city = newAreaCode();
		String region = "import-test-region-" + n;
		byte[] file = csv("""
				code,kind,name_zh,name_en,parent,members,sort_order,source
				%2$s,CITY,测试市%4$d,Test city %4$d,测试省%4$d,,5,GB/T 2260
				%1$s,PROVINCE,测试省%4$d,Test province %4$d,中华人民共和国,,,GB/T 2260
				%3$s,REGION,测试区域%4$d,Test region %4$d,,测试市%4$d、330106,,test plan
				""".formatted(province, city, region, n));

		mvc.perform(upload("areas", true, "areas.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(scopes(province, city, region)).isZero();

		mvc.perform(upload("areas", false, "areas.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(3))
			.andExpect(jsonPath("$.created").value(3));
		assertThat(jdbc.sql("select parent_code || ' ' || sort_order from plans.scope where code = ?").param(city)
			.query(String.class).single()).isEqualTo(province + " 5");
		assertThat(jdbc.sql("select parent_code from plans.scope where code = ?").param(province)
			.query(String.class).single()).isEqualTo("100000");
		assertThat(members(region)).isEqualTo("330106," + city);

		String again = mvc.perform(upload("areas", false, "areas.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(3))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId(again))
			.query(Long.class).single()).isZero();

		String changed = mvc.perform(upload("areas", false, "areas-fixed.csv", csv("""
				code,kind,name_zh,name_en,parent,members,source
				%1$s,CITY,测试市%3$d,Test City %3$d,%4$s,,GB/T 2260
				%2$s,REGION,测试区域%3$d,Test region %3$d,,330106,test plan
				""".formatted(city, region, n, province))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(2))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andReturn().getResponse().getContentAsString();
		assertThat(members(region)).isEqualTo("330106");
		assertThat(jdbc.sql("select name_en || ' ' || sort_order from plans.scope where code = ?").param(city)
			.query(String.class).single()).isEqualTo("Test City " + n + " 5");
		assertThat(jdbc.sql("""
				select string_agg(subject || ': ' || (before->>'name_en') || ' -> ' || (after->>'name_en') || ', '
				                  || (before->'members')::text || ' -> ' || (after->'members')::text, '; ' order by row_no)
				from imports.change where import_id = ?""").param(importId(changed)).query(String.class).single())
			.isEqualTo(city + ": Test city " + n + " -> Test City " + n + ", null -> null; " + region + ": Test region "
					+ n + " -> Test region " + n + ", [\"330106\", \"" + city + "\"] -> [\"330106\"]");
	}

	@Test
	void aFileWithoutAMembersColumnKeepsAGroupsMembersAndAnEmptyCellClearsThem() throws Exception {
		int n = serial();
		String region = "import-test-region-" + n;
		mvc.perform(upload("areas", false, "v1.csv", csv("code,kind,name_zh,name_en,members,source\n" + region
				+ ",REGION,测试区域" + n + ",Test region " + n + ",330106、330108,test plan\n")))
			.andExpect(status().isOk());
		mvc.perform(upload("areas", false, "v2.csv", csv("code,kind,name_zh,name_en,source\n" + region
				+ ",REGION,测试区域" + n + ",Test region " + n + ",test plan\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(1));
		assertThat(members(region)).isEqualTo("330106,330108");
		mvc.perform(upload("areas", false, "v3.csv", csv("code,kind,name_zh,name_en,members,source\n" + region
				+ ",REGION,测试区域" + n + ",Test region " + n + ",,test plan\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(1));
		assertThat(jdbc.sql("select count(*) from plans.scope_member where group_code = ?").param(region)
			.query(Long.class).single()).isZero();
	}

	@Test
	void chineseHeadersKindsAndNamesAreRead() throws Exception {
		int n = serial();
		String district = newAreaCode();
		byte[] file = csv("""
				地区与分组,,,,,,,
				代码,类型,中文名称,英文名称,上级,成员,排序,来源
				%1$s,区县,测试区%2$d,Test district %2$d,杭州市,,,GB/T 2260
				import-test-belt-%2$d,产业带,测试带%2$d,Test belt %2$d,Hangzhou,测试区%2$d；西湖区,,规划
				""".formatted(district, n));
		mvc.perform(upload("areas", true, "地区.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(scopes(district, "import-test-belt-" + n)).isZero();
	}

	@Test
	void everyAdminRuleIsAProblemOnItsColumnAndNothingIsSaved() throws Exception {
		int n = serial();
		String a1 = newAreaCode(), a2 = newAreaCode(), a3 = newAreaCode(), a4 = newAreaCode(), a5 = newAreaCode(),
				a6 = newAreaCode();
		String g = "import-test-g" + n + "-";
		byte[] file = csv("""
				code,kind,name_zh,name_en,parent,members,sort_order,source
				12345,DISTRICT,甲%1$s,A%1$s,330100,,,s
				Belt-X%1$s,BELT,乙%1$s,B%1$s,,,,s
				330106,产业带,丙%1$s,C%1$s,,,,s
				%2$s,DISTRICT,丁%1$s,D%1$s,,,,s
				%3$s,DISTRICT,戊%1$s,E%1$s,nowhere,,,s
				%4$s,DISTRICT,己%1$s,F%1$s,belt-zhijiang,,,s
				%5$s,CITY,庚%1$s,G%1$s,%6$s,,,s
				%6$s,CITY,辛%1$s,H%1$s,%5$s,,,s
				%8$s1,REGION,壬%1$s,I%1$s,,nowhere2;330106,,s
				%8$s2,REGION,癸%1$s,J%1$s,,%8$s2,,s
				%8$s3,REGION,子%1$s,K%1$s,,%8$s4,,s
				%8$s4,REGION,丑%1$s,L%1$s,,%8$s3,,s
				%7$s,CITY,寅%1$s,M%1$s,330000,330106,,s
				%7$s,CITY,卯%1$s,N%1$s,330000,,,s
				""".formatted(n, a1, a2, a3, a4, a5, a6, g));
		mvc.perform(upload("areas", false, "bad-areas.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(14))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("code"))
			.andExpect(jsonPath("$.problems[0].value").value("12345"))
			.andExpect(jsonPath("$.problems[0].message").value("an area code is 6 digits (GB/T 2260), e.g. 330199"))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].message").value(
					"a group code starts with a lower-case letter and has only lower-case letters, digits and hyphens, e.g. belt-qiantang"))
			.andExpect(jsonPath("$.problems[2].row").value(4))
			.andExpect(jsonPath("$.problems[2].column").value("code"))
			.andExpect(jsonPath("$.problems[3].row").value(4))
			.andExpect(jsonPath("$.problems[3].column").value("kind"))
			.andExpect(jsonPath("$.problems[3].message").value("a stored area cannot become a group, nor a group an area"))
			.andExpect(jsonPath("$.problems[4].row").value(5))
			.andExpect(jsonPath("$.problems[4].column").value("parent"))
			.andExpect(jsonPath("$.problems[4].message").value("required, but empty"))
			.andExpect(jsonPath("$.problems[5].row").value(6))
			.andExpect(jsonPath("$.problems[5].value").value("nowhere"))
			.andExpect(jsonPath("$.problems[5].message").value("not a known area or group, nor a row of this file (code or name)"))
			.andExpect(jsonPath("$.problems[6].row").value(7))
			.andExpect(jsonPath("$.problems[6].message").value("the parent of an area must be an area, not a group"))
			.andExpect(jsonPath("$.problems[7].row").value(8))
			.andExpect(jsonPath("$.problems[7].message").value("the parents go round in a circle: this row is an ancestor of its parent"))
			.andExpect(jsonPath("$.problems[8].row").value(9))
			.andExpect(jsonPath("$.problems[8].column").value("parent"))
			.andExpect(jsonPath("$.problems[9].row").value(10))
			.andExpect(jsonPath("$.problems[9].column").value("members"))
			.andExpect(jsonPath("$.problems[9].message").value("'nowhere2' is not a known area or group, nor a row of this file"))
			.andExpect(jsonPath("$.problems[10].row").value(11))
			.andExpect(jsonPath("$.problems[10].message").value("a group cannot be its own member"))
			.andExpect(jsonPath("$.problems[11].row").value(12))
			.andExpect(jsonPath("$.problems[11].message").value(
					"the member '" + g + "4' already contains this group, so the members would go round in a circle"))
			.andExpect(jsonPath("$.problems[12].row").value(13))
			.andExpect(jsonPath("$.problems[12].message").value(
					"the member '" + g + "3' already contains this group, so the members would go round in a circle"))
			.andExpect(jsonPath("$.problems[13].row").value(14))
			.andExpect(jsonPath("$.problems[13].message").value("only belts, corridors, clusters and regions have members, areas do not"))
			.andExpect(jsonPath("$.problems[14].row").value(15))
			.andExpect(jsonPath("$.problems[14].column").value("code"))
			.andExpect(jsonPath("$.problems[14].message").value("same as row 14"))
			.andExpect(jsonPath("$.problems", hasSize(15)));
		assertThat(scopes(a1, a2, a3, a4, a5, a6, g + "1", g + "2", g + "3", g + "4")).isZero();
	}

}
