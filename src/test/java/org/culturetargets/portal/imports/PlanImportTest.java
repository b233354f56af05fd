package org.culturetargets.portal.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.culturetargets.portal.imports.ReferenceRows.newIndicator;
import static org.culturetargets.portal.imports.ReferenceRows.serial;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans and targets through the import API (SPEC §9 {@code plans}): one row per target with the plan's columns
 * repeated, the plan merged before its targets, re-importing changes nothing, and the admin forms' rules as
 * problems on their rows and columns.
 */
@PortalTest
class PlanImportTest {

	private static final String HEADER = "plan,plan_title_zh,plan_title_en,issuer_zh,issuer_en,level,home_scope,"
			+ "period_start,period_end,plan_baseline_year,plan_source,indicator,scope,kind,comparator,baseline,"
			+ "baseline_year,target,target_year,wording,source\n";

	/** The plan's columns of a valid new plan, with the given Chinese title. */
	private static final String PLAN = "%s,Test plan,测试机关,Test issuer,MUNICIPAL,330100,2026,2030,2025,测试文件";

	/** The plan's columns left empty, as a stored plan's rows may have them. */
	private static final String NO_PLAN = ",,,,,,,,,";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Other tests check the seeds' plans exactly: the plans these tests import go again. */
	@AfterEach
	void removeTheImportedPlans() {
		jdbc.sql("delete from plans.target where plan_code like 'IMPORT-TEST-%'").update();
		jdbc.sql("delete from plans.plan where code like 'IMPORT-TEST-%'").update();
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	private long targets(String plan) {
		return jdbc.sql("select count(*) from plans.target where plan_code = ?").param(plan).query(Long.class).single();
	}

	@Test
	void aPlanAndItsTargetsAreCreatedOnceAndAChangedCellIsUpdatedWithItsOldValueKept() throws Exception {
		String plan = "IMPORT-TEST-" + serial();
		String indicator = newIndicator(jdbc, "亿元");
		String planColumns = PLAN.formatted("测试规划");
		byte[] file = csv(HEADER + """
				%1$s,%2$s,%3$s,330100,LEVEL,>=,2285,2025,3500,2030,力争 3500 亿元,测试文件 表 1 第 1 行
				%1$s,%2$s,%3$s,330106,GROWTH,>=,,2025,8,2030,,测试文件 表 1 第 2 行
				%1$s,%4$s,%3$s,western-districts,MONITOR,,,2025,,2030,,测试文件 第三部分
				""".formatted(plan, planColumns, indicator, NO_PLAN));

		mvc.perform(upload("plans", true, "plan.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("plans"))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(jdbc.sql("select count(*) from plans.plan where code = ?").param(plan).query(Long.class).single())
			.isZero();

		String body = mvc.perform(upload("plans", false, "plan.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andReturn().getResponse().getContentAsString();
		long importId = importId(body);
		assertThat(jdbc.sql("""
				select title_zh || '/' || level || '/' || home_scope || '/' || period_start || '-' || period_end || '/'
				       || baseline_year || '/' || source
				from plans.plan where code = ?""").param(plan).query(String.class).single())
			.isEqualTo("测试规划/MUNICIPAL/330100/2026-2030/2025/测试文件");
		assertThat(jdbc.sql("""
				select string_agg(scope_code || ' ' || kind || ' ' || coalesce(comparator, '-') || ' '
				                  || coalesce(target_value::numeric(10, 0)::text, '-') || ' ' || set_by, ', ' order by sort_order)
				from plans.target where plan_code = ?""").param(plan).query(String.class).single())
			.isEqualTo("330100 LEVEL >= 3500 import #%1$d, 330106 GROWTH >= 8 import #%1$d, western-districts MONITOR - - import #%1$d"
				.formatted(importId));

		String again = mvc.perform(upload("plans", false, "plan.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(3))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId(again))
			.query(Long.class).single()).isZero();

		String changed = mvc.perform(upload("plans", false, "plan-2.csv", csv("plan,plan_title_zh,indicator,scope,kind,comparator,baseline_year,target,target_year,source\n"
				+ plan + ",测试规划（修订）," + indicator + ",330106,GROWTH,>=,2025,8,2030,测试文件 表 1 第 2 行\n"
				+ plan + ",," + indicator + ",330100,LEVEL,>=,2025,3600,2030,测试文件 表 1 第 1 行\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(2))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("""
				select string_agg(row_no || ' ' || subject || ': ' || coalesce(before->>'title_zh', before->>'target_value') || ' -> '
				                  || coalesce(after->>'title_zh', after->>'target_value'), '; ' order by row_no, subject)
				from imports.change where import_id = ?""").param(importId(changed)).query(String.class).single())
			.isEqualTo("2 plan %1$s: 测试规划 -> 测试规划（修订）; 3 %1$s %2$s 330100 LEVEL 2030: 3500.000000 -> 3600.000000"
				.formatted(plan, indicator));
		assertThat(jdbc.sql("select title_zh || ' ' || title_en from plans.plan where code = ?").param(plan)
			.query(String.class).single()).isEqualTo("测试规划（修订） Test plan");
		assertThat(jdbc.sql("""
				select coalesce(baseline_value::text, '-') || ' ' || target_value::numeric(10, 0) || ' ' || coalesce(wording, '-')
				from plans.target where plan_code = ? and scope_code = '330100'""").param(plan)
			.query(String.class).single()).as("a target's row replaces it whole: empty cells clear").isEqualTo("- 3600 -");
	}

	@Test
	void chineseHeadersKindsComparatorsAndScopeNamesAreRead() throws Exception {
		String plan = "IMPORT-TEST-" + serial();
		String indicator = newIndicator(jdbc, "个");
		byte[] file = csv("""
				规划目标表,,,,,,,,,,,,,,,,,,,,
				计划代码,计划名称,计划英文名称,发文机关,发文机关英文名,层级,适用地区,起始年,结束年,规划基期年,规划来源,指标代码,目标地区,目标类型,比较符,基期值,基期年,目标值,目标年,原文表述,来源
				%1$s,测试规划,Test plan,测试机关,Test issuer,市级,杭州市,2026年,2030年,2025年,测试文件,%2$s,西湖区,达到,≥,10,2025,"1,200",2030,,表 1
				""".formatted(plan.toLowerCase(), indicator));
		mvc.perform(upload("plans", false, "规划.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1));
		assertThat(jdbc.sql("""
				select p.level || ' ' || p.home_scope || ' ' || t.scope_code || ' ' || t.kind || ' ' || t.comparator || ' '
				       || t.target_value::numeric(10, 0)
				from plans.plan p join plans.target t on t.plan_code = p.code where p.code = ?""").param(plan)
			.query(String.class).single()).isEqualTo("MUNICIPAL 330100 330106 LEVEL >= 1200");
	}

	@Test
	void everyAdminRuleIsAProblemOnItsRowAndColumnAndNothingIsSaved() throws Exception {
		int n = serial();
		String p1 = "IMPORT-TEST-" + n;
		String p2 = "IMPORT-TEST-" + n + "-B";
		String indicator = newIndicator(jdbc, "亿元");
		byte[] file = csv(HEADER + """
				%1$s,%3$s,%5$s,330100,LEVEL,>=,1,2025,2,2030,,s
				%1$s,%4$s,%5$s,330106,LEVEL,>=,1,2025,2,2030,,s
				%2$s,测试规划,Test plan,测试机关,,,330100,2026,2030,2025,测试文件,%5$s,330100,LEVEL,>=,1,2025,2,2030,,s
				%1$s,%6$s,no_such_indicator,330100,LEVEL,>=,1,2025,2,2030,,s
				%1$s,%6$s,%5$s,330108,LEVEL,,1,2025,,2030,,s
				%1$s,%6$s,%5$s,330109,LEVEL,>=,1,2030,2,2030,,s
				%1$s,%6$s,%5$s,330100,LEVEL,>=,1,2025,2,2030,,s
				HZ_X%7$d,测试规划,Test plan,测试机关,Test issuer,MUNICIPAL,330100,2030,2026,2026,测试文件,%5$s,330100,LEVEL,>=,1,2025,2,2030,,s
				""".formatted(p1, p2, PLAN.formatted("测试规划"), PLAN.formatted("另一个名称"), indicator, NO_PLAN, n));
		mvc.perform(upload("plans", false, "bad-plan.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(8))
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("plan_title_zh"))
			.andExpect(jsonPath("$.problems[0].value").value("另一个名称"))
			.andExpect(jsonPath("$.problems[0].message").value("differs from '测试规划' on row 2 of the same plan"))
			.andExpect(jsonPath("$.problems[1].row").value(4))
			.andExpect(jsonPath("$.problems[1].column").value("issuer_en"))
			.andExpect(jsonPath("$.problems[1].message").value("a new plan needs this column on one of its rows"))
			.andExpect(jsonPath("$.problems[2].row").value(4))
			.andExpect(jsonPath("$.problems[2].column").value("level"))
			.andExpect(jsonPath("$.problems[3].row").value(5))
			.andExpect(jsonPath("$.problems[3].column").value("indicator"))
			.andExpect(jsonPath("$.problems[3].message").value("not a known indicator code; add the indicator first"))
			.andExpect(jsonPath("$.problems[4].row").value(6))
			.andExpect(jsonPath("$.problems[4].column").value("comparator"))
			.andExpect(jsonPath("$.problems[4].message").value("required for a LEVEL target"))
			.andExpect(jsonPath("$.problems[5].row").value(6))
			.andExpect(jsonPath("$.problems[5].column").value("target"))
			.andExpect(jsonPath("$.problems[6].row").value(7))
			.andExpect(jsonPath("$.problems[6].column").value("baseline_year"))
			.andExpect(jsonPath("$.problems[6].message").value("must be before 2030"))
			.andExpect(jsonPath("$.problems[7].row").value(8))
			.andExpect(jsonPath("$.problems[7].column").value("target_year"))
			.andExpect(jsonPath("$.problems[7].message").value("same as row 2"))
			.andExpect(jsonPath("$.problems[8].row").value(9))
			.andExpect(jsonPath("$.problems[8].column").value("plan"))
			.andExpect(jsonPath("$.problems[8].value").value("HZ_X" + n))
			.andExpect(jsonPath("$.problems[8].message").value("a plan code has only capital letters, digits and hyphens, e.g. HZ-15FYP"))
			.andExpect(jsonPath("$.problems[9].column").value("period_end"))
			.andExpect(jsonPath("$.problems[9].message").value("must not be before 2030"))
			.andExpect(jsonPath("$.problems[10].column").value("plan_baseline_year"))
			.andExpect(jsonPath("$.problems[10].message").value("must be before 2026"))
			.andExpect(jsonPath("$.problems", hasSize(11)));
		assertThat(targets(p1) + targets(p2)).isZero();
	}

	@Test
	void newWordsReplaceTheTranslationOfTheOldOnes() throws Exception {
		String plan = "IMPORT-TEST-" + serial();
		String indicator = newIndicator(jdbc, "亿元");
		String row = HEADER + "%1$s,%2$s,%3$s,330100,LEVEL,>=,2285,2025,3500,2030,%4$s,测试文件 表 1 第 1 行\n";
		mvc.perform(upload("plans", false, "plan.csv",
				csv(row.formatted(plan, PLAN.formatted("测试规划"), indicator, "力争 3500 亿元"))))
			.andExpect(status().isOk());
		jdbc.sql("update plans.target set wording_zh = wording, wording_en = 'strive for 350 billion yuan' where plan_code = ?")
			.param(plan).update();

		mvc.perform(upload("plans", false, "plan.csv",
				csv(row.formatted(plan, PLAN.formatted("测试规划"), indicator, "力争 3500 亿元"))))
			.andExpect(status().isOk());
		assertThat(wording(plan)).isEqualTo("力争 3500 亿元 | 力争 3500 亿元 | strive for 350 billion yuan");

		mvc.perform(upload("plans", false, "plan.csv",
				csv(row.formatted(plan, PLAN.formatted("测试规划"), indicator, "突破 3500 亿元"))))
			.andExpect(status().isOk());
		// no stale translation: the page falls back to the new words in their own language
		assertThat(wording(plan)).isEqualTo("突破 3500 亿元 | null | null");
	}

	private String wording(String plan) {
		return jdbc.sql("select concat_ws(' | ', wording, coalesce(wording_zh, 'null'), coalesce(wording_en, 'null')) "
				+ "from plans.target where plan_code = ?").param(plan).query(String.class).single();
	}

}
