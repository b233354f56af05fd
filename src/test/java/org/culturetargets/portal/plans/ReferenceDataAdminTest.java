package org.culturetargets.portal.plans;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Administrators create and edit plans, indicators, targets, areas and groups on pages, with every mistake named
 * beside its field and nothing saved; the targets page sets districts' targets against the city's.
 */
@PortalTest
@RecordApplicationEvents
class ReferenceDataAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	/** Other tests check the seeds' reference data exactly: what these tests add goes again. */
	@AfterEach
	void removeWhatTheTestsAdded() {
		List<String> plans = List.of("HZ-15FYP", "RULES", "SUMS", "EDIT-ME", "HUGE");
		jdbc.sql("delete from plans.target where plan_code in (:plans)").param("plans", plans).update();
		jdbc.sql("delete from plans.plan where code in (:plans)").param("plans", plans).update();
		jdbc.sql("delete from plans.indicator where code = 'film_share'").update();
		jdbc.sql("delete from plans.indicator where code = 'film_boxoffice'").update();
		jdbc.sql("delete from plans.scope_member where group_code = 'cluster-test'").update();
		jdbc.sql("delete from plans.scope where code in ('cluster-test', '330199')").update();
	}

	@Test
	void everyAdminPageRendersForAdministratorsOnly() throws Exception {
		for (String page : new String[] { "/admin/plans", "/admin/plans/new", "/admin/plans/HZ-14FYP/edit",
				"/admin/plans/HZ-14FYP/targets", "/admin/plans/HZ-14FYP/targets/new", "/admin/indicators",
				"/admin/indicators/new", "/admin/indicators/digital_revenue_share/edit", "/admin/areas",
				"/admin/areas/new", "/admin/areas/330106/edit", "/admin/groups", "/admin/groups/new",
				"/admin/groups/western-districts/edit", "/admin/users", "/admin/users/new" }) {
			mvc.perform(get(page).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
			mvc.perform(get(page).param("lang", "en").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
			mvc.perform(get(page).with(httpBasic("reviewer", "demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/plans/NOPE/targets").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/targets/999999/edit").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void theAdminMenuIsShownToAdministratorsOnly() throws Exception {
		mvc.perform(get("/").with(httpBasic("admin", "demo"))).andExpect(xpath("//*[@id='admin-menu']").exists());
		mvc.perform(get("/").with(httpBasic("official", "demo"))).andExpect(xpath("//*[@id='admin-menu']").doesNotExist());
	}

	@Test
	void anAdministratorEntersANewPlanAndItsTargetsWhichTheScorecardThenShows() throws Exception {
		admin(post("/admin/plans"), "code", "HZ-15FYP", "titleZh", "杭州市文化产业发展“十五五”规划", "titleEn",
				"Hangzhou 15th Five-Year Plan for the Cultural Industry", "issuerZh", "杭州市人民政府", "issuerEn",
				"Hangzhou Municipal People's Government", "level", "MUNICIPAL", "homeScope", "330100", "periodStart",
				"2026", "periodEnd", "2030", "baselineYear", "2025", "issuedOn", "", "source", "test document, table 1",
				"reason", "published by the city")
			.andExpect(redirectedUrl("/admin/plans"));
		target("HZ-15FYP", "added_value", "330100", "LEVEL", "GE", "4000").andExpect(redirectedUrl("/admin/plans/HZ-15FYP/targets"));
		mvc.perform(get("/").param("plan", "HZ-15FYP").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[@data-indicator='added_value']").exists());
		assertThat(jdbc.sql("select set_by from plans.target where plan_code = 'HZ-15FYP'").query(String.class).single())
			.isEqualTo("admin");
		assertThat(events.stream(ReferenceDataChanged.class).filter(e -> e.subject().equals("plan HZ-15FYP")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.action()).isEqualTo("created");
				assertThat(e.newValue()).contains("periodEnd=2030");
				assertThat(e.reason()).isEqualTo("published by the city");
			});
	}

	@Test
	void thePlanFormNamesEachMistakeAndSavesNothing() throws Exception {
		long plans = count("plans.plan");
		admin(post("/admin/plans"), "code", "hz 15", "titleZh", "", "titleEn", "t", "issuerZh", "i", "issuerEn", "i",
				"level", "CITY", "homeScope", "339999", "periodStart", "2026", "periodEnd", "2030", "baselineYear", "2030",
				"issuedOn", "30.6.2026", "source", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“代码”的值“hz 15”格式不对")))
			.andExpect(content().string(containsString("“名称（中文）”为必填项")))
			.andExpect(content().string(containsString("“层级”的值“CITY”不在可选范围内")))
			.andExpect(content().string(containsString("没有代码为“339999”的地区或组团")))
			.andExpect(content().string(containsString("“基期年”（2030）须早于 2030 年")))
			.andExpect(content().string(containsString("不是日期")))
			.andExpect(content().string(containsString("“来源（文件及章节）”为必填项")))
			.andExpect(xpath("//input[@id='code']/@value").string("hz 15"));
		admin(post("/admin/plans").param("lang", "en"), "code", "HZ-14FYP", "titleZh", "t", "titleEn", "t", "issuerZh",
				"i", "issuerEn", "i", "level", "MUNICIPAL", "homeScope", "330100", "periodStart", "2031", "periodEnd",
				"2030", "baselineYear", "2020", "source", "s")
			.andExpect(xpath("//div[@class='invalid-feedback'][.='Code \"HZ-14FYP\" already exists.']").exists())
			.andExpect(xpath("//div[@class='invalid-feedback'][.='Period to (2030) may not be before the start of the period (2031).']").exists());
		assertThat(count("plans.plan")).isEqualTo(plans);
	}

	@Test
	void aPlanIsEditedWithItsOldAndNewValuesAudited() throws Exception {
		admin(post("/admin/plans"), "code", "EDIT-ME", "titleZh", "旧名称", "titleEn", "Old", "issuerZh", "i", "issuerEn",
				"i", "level", "DISTRICT", "homeScope", "330106", "periodStart", "2024", "periodEnd", "2026",
				"baselineYear", "2023", "source", "s")
			.andExpect(redirectedUrl("/admin/plans"));
		admin(post("/admin/plans/EDIT-ME"), "code", "IGNORED", "titleZh", "新名称", "titleEn", "New", "issuerZh", "i",
				"issuerEn", "i", "level", "DISTRICT", "homeScope", "330106", "periodStart", "2024", "periodEnd", "2026",
				"baselineYear", "2023", "source", "s", "reason", "typo")
			.andExpect(redirectedUrl("/admin/plans"));
		assertThat(jdbc.sql("select title_zh from plans.plan where code = 'EDIT-ME'").query(String.class).single())
			.isEqualTo("新名称");
		assertThat(count("plans.plan where code = 'IGNORED'")).isZero();
		assertThat(events.stream(ReferenceDataChanged.class).filter(e -> e.action().equals("updated")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.oldValue()).contains("titleZh=旧名称");
				assertThat(e.newValue()).contains("titleZh=新名称");
				assertThat(e.reason()).isEqualTo("typo");
			});
	}

	@Test
	void targetRulesAreTheImportsRules() throws Exception {
		plan("RULES");
		long targets = count("plans.target");
		target("RULES", "added_value", "330100", "LEVEL", "", "4000")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“比较方式”为必填项")));
		admin(post("/admin/plans/RULES/targets"), "indicatorCode", "no_such", "scopeCode", "330100", "kind", "LEVEL",
				"comparator", "GE", "baselineYear", "2030", "targetValue", "abc", "targetYear", "2030", "source", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有代码为“no_such”的指标")))
			.andExpect(content().string(containsString("“目标值”的值“abc”不是数字")))
			.andExpect(content().string(containsString("“基期年”（2030）须早于 2030 年")))
			.andExpect(content().string(containsString("“来源（文件及章节）”为必填项")));
		assertThat(count("plans.target")).isEqualTo(targets);
		target("RULES", "cultural_talents", "330100", "MONITOR", "", "").andExpect(redirectedUrl("/admin/plans/RULES/targets"));
		target("RULES", "added_value", "330100", "LEVEL", ">=", "4000.5").andExpect(redirectedUrl("/admin/plans/RULES/targets"));
		target("RULES", "added_value", "330100", "LEVEL", "GE", "4100")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有指标 added_value、范围 330100、类型 LEVEL、目标年 2030 的目标")));
		assertThat(jdbc.sql("select target_value from plans.target where plan_code = 'RULES' and kind = 'LEVEL'")
			.query(BigDecimal.class).single()).isEqualByComparingTo("4000.5");
		long id = jdbc.sql("select id from plans.target where plan_code = 'RULES' and kind = 'LEVEL'").query(Long.class).single();
		admin(post("/admin/targets/" + id), "indicatorCode", "added_value", "scopeCode", "330100", "kind", "LEVEL",
				"comparator", "GT", "baselineValue", "3000", "baselineYear", "2025", "targetValue", "4200",
				"targetYear", "2030", "source", "revised", "reason", "plan revised")
			.andExpect(redirectedUrl("/admin/plans/RULES/targets"));
		assertThat(jdbc.sql("select comparator || ' ' || target_value from plans.target where id = ?").param(id)
			.query(String.class).single()).isEqualTo("> 4200.000000");
	}

	@Test
	void theTargetsPageSetsTheDistrictsSumAgainstTheCitysTarget() throws Exception {
		plan("SUMS");
		target("SUMS", "added_value", "330100", "LEVEL", "GE", "4000");
		target("SUMS", "added_value", "330106", "LEVEL", "GE", "1500.25");
		target("SUMS", "added_value", "330102", "LEVEL", "GE", "2000");
		target("SUMS", "total_output", "330106", "LEVEL", "GE", "300");
		// shares and growth rates never add up, so they are left out
		target("SUMS", "digital_revenue_share", "330100", "LEVEL", "GE", "65");
		target("SUMS", "digital_revenue_share", "330106", "LEVEL", "GE", "70");
		target("SUMS", "added_value", "330108", "GROWTH", "GE", "8");
		mvc.perform(get("/admin/plans/SUMS/targets").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//section[@id='consistency']//tr[@data-sum])").number(2.0))
			.andExpect(xpath("//tr[@data-sum='added_value LEVEL 2030']/td[contains(@class,'city-target')]").string("4000"))
			.andExpect(xpath("//tr[@data-sum='added_value LEVEL 2030']/td[contains(@class,'district-sum')]").string("3500.25"))
			.andExpect(xpath("//tr[@data-sum='added_value LEVEL 2030']/td[contains(@class,'gap')]").string("499.75"))
			.andExpect(xpath("//tr[@data-sum='added_value LEVEL 2030']/td[last()]").string("330100 杭州市下辖 13 个区县中已设 2 个"))
			.andExpect(xpath("//tr[@data-sum='total_output LEVEL 2030']/td[contains(@class,'city-target')]").string("未设全市目标"));
		target("SUMS", "added_value", "330108", "LEVEL", "GE", "499.75");
		mvc.perform(get("/admin/plans/SUMS/targets").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//tr[@data-sum='added_value LEVEL 2030']/td[contains(@class,'gap')]").string("一致"));
	}

	@Test
	void indicatorsKeepTheirUnitsAndRatioParts() throws Exception {
		long indicators = count("plans.indicator");
		indicator("film_boxoffice", "公斤", "total_output", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“单位”的值“公斤”不在可选范围内")))
			.andExpect(content().string(containsString("比率指标的分子和分母须同时填写")));
		indicator("Film", "万元", "", "").andExpect(content().string(containsString("“代码”的值“Film”格式不对")));
		indicator("added_value", "万元", "", "").andExpect(content().string(containsString("“代码”为“added_value”的记录已存在")));
		assertThat(count("plans.indicator")).isEqualTo(indicators);
		indicator("film_boxoffice", "万元", "", "").andExpect(redirectedUrl("/admin/indicators"));
		indicator("film_share", "%", "film_boxoffice", "total_output").andExpect(redirectedUrl("/admin/indicators"));
		assertThat(jdbc.sql("select numerator_code || '/' || denominator_code from plans.indicator where code = 'film_share'")
			.query(String.class).single()).isEqualTo("film_boxoffice/total_output");
		mvc.perform(get("/admin/indicators/film_share/edit").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//select[@id='numeratorCode']/option[@selected]/@value").string("film_boxoffice"));
	}

	@Test
	void areasFormATreeUnderExistingAreas() throws Exception {
		long scopes = count("plans.scope");
		area("330199", "DISTRICT", "339999").andExpect(content().string(containsString("没有代码为“339999”的地区或组团")));
		area("330199", "DISTRICT", "belt-canal").andExpect(content().string(containsString("须为地区，不能是组团")));
		area("33019", "DISTRICT", "330100").andExpect(content().string(containsString("“代码”的值“33019”格式不对")));
		area("330199", "BELT", "330100").andExpect(content().string(containsString("“类型”的值“BELT”不在可选范围内")));
		area("330199", "DISTRICT", "").andExpect(content().string(containsString("“上级”为必填项")));
		assertThat(count("plans.scope")).isEqualTo(scopes);
		area("330199", "DISTRICT", "330100").andExpect(redirectedUrl("/admin/areas"));
		admin(post("/admin/areas/330100"), "kind", "CITY", "parentCode", "330199", "nameZh", "杭州市", "nameEn",
				"Hangzhou", "sortOrder", "0", "source", "GB/T 2260")
			.andExpect(content().string(containsString("“330199”是本地区的下级，不能作为上级")));
		assertThat(jdbc.sql("select parent_code from plans.scope where code = '330100'").query(String.class).single())
			.isEqualTo("330000");
	}

	@Test
	void groupsKeepTheirMembers() throws Exception {
		group("cluster-test", "330106", "no-such-scope").andExpect(content().string(containsString("没有代码为“no-such-scope”的地区或组团")));
		assertThat(count("plans.scope where code = 'cluster-test'")).isZero();
		group("cluster-test", "330106", "330108").andExpect(redirectedUrl("/admin/groups"));
		assertThat(members("cluster-test")).isEqualTo("330106,330108");
		admin(post("/admin/groups/cluster-test"), "kind", "CLUSTER", "parentCode", "330100", "nameZh", "测试组团",
				"nameEn", "Test cluster", "sortOrder", "900", "source", "test", "members", "330108", "members", "330110")
			.andExpect(redirectedUrl("/admin/groups"));
		assertThat(members("cluster-test")).isEqualTo("330108,330110");
		admin(post("/admin/groups/cluster-test"), "kind", "CLUSTER", "parentCode", "330100", "nameZh", "测试组团",
				"nameEn", "Test cluster", "sortOrder", "900", "source", "test", "members", "cluster-test")
			.andExpect(content().string(containsString("组团不能包含自身")));
		assertThat(members("cluster-test")).isEqualTo("330108,330110");
		// two-belts contains belt-canal: belt-canal may not contain two-belts, which would contain itself
		admin(post("/admin/groups/belt-canal"), "kind", "BELT", "parentCode", "330100", "nameZh", "大运河（杭州段）文化产业带",
				"nameEn", "Grand Canal (Hangzhou Section) Cultural Industry Belt", "sortOrder", "102", "source", "test",
				"members", "two-belts")
			.andExpect(content().string(containsString("“two-belts”已包含本组团")));
		assertThat(count("plans.scope_member where group_code = 'belt-canal'")).isZero();
		mvc.perform(get("/admin/groups").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//tr[@data-scope='cluster-test']/td[contains(@class,'members')]").string("330108, 330110"));
	}

	private ResultActions group(String code, String... members) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/groups");
		for (String member : members) {
			request.param("members", member);
		}
		return admin(request, "code", code, "kind", "CLUSTER", "parentCode", "330100", "nameZh", "测试组团", "nameEn",
				"Test cluster", "sortOrder", "900", "source", "test");
	}

	private ResultActions area(String code, String kind, String parent) throws Exception {
		return admin(post("/admin/areas"), "code", code, "kind", kind, "parentCode", parent, "nameZh", "测试区", "nameEn",
				"Test district", "sortOrder", "99", "source", "test");
	}

	private ResultActions indicator(String code, String unit, String numerator, String denominator) throws Exception {
		return admin(post("/admin/indicators"), "code", code, "nameZh", "电影票房", "nameEn", "Box office", "unit", unit,
				"direction", "HIGHER", "nature", "FLOW", "path", "COMPOUND", "origin", "REPORTED", "numeratorCode",
				numerator, "denominatorCode", denominator, "displayScale", "1");
	}

	@Test
	void targetValuesBeyondTheirColumnAreRefusedNamingTheLimit() throws Exception {
		plan("HUGE");
		long targets = count("plans.target");
		for (String value : new String[] { "1e5000000", "1e309", "123456789012345678901234567890123",
				"100000000000000", "0.0000001" }) {
			target("HUGE", "added_value", "330100", "LEVEL", ">=", value)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("“目标值”的值“" + value + "”超出范围：整数部分最多 14 位，小数最多 6 位")));
		}
		target("HUGE", "added_value", "330100", "LEVEL", ">=", "NaN")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“目标值”的值“NaN”不是数字")));
		assertThat(count("plans.target")).isEqualTo(targets);
	}

	private void plan(String code) throws Exception {
		admin(post("/admin/plans"), "code", code, "titleZh", "测试规划", "titleEn", "Test plan", "issuerZh", "i",
				"issuerEn", "i", "level", "MUNICIPAL", "homeScope", "330100", "periodStart", "2026", "periodEnd", "2030",
				"baselineYear", "2025", "source", "test")
			.andExpect(redirectedUrl("/admin/plans"));
	}

	private ResultActions target(String plan, String indicator, String scope, String kind, String comparator,
			String value) throws Exception {
		return admin(post("/admin/plans/" + plan + "/targets"), "indicatorCode", indicator, "scopeCode", scope, "kind",
				kind, "comparator", comparator, "baselineValue", "", "baselineYear", "2025", "targetValue", value,
				"targetYear", "2030", "wording", "", "source", "test table");
	}

	private ResultActions admin(MockHttpServletRequestBuilder request, String... params) throws Exception {
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request.with(httpBasic("admin", "demo")).with(csrf()));
	}

	private String members(String group) {
		return jdbc.sql("select string_agg(member_code, ',' order by member_code) from plans.scope_member where group_code = ?")
			.param(group).query(String.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
