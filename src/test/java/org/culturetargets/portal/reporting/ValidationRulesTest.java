package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.SqlWrites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The validation rules through the portal's pages and API (issue 14): a hard finding refuses the save, a soft one
 * needs a note before submission and is shown to the reviewer with the note, a report with an unexplained hard
 * finding cannot be approved, and administrators change the rules on their page.
 */
@PortalTest
@Import(ValidationRulesTest.Isolated.class)
class ValidationRulesTest {

	/**
	 * A context, and so a database, of its own: the rules compare a district's figures with every other district's,
	 * and other test classes report the current quarter for every district.
	 */
	static class Isolated {

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportingCalendar calendar;

	Period quarter() {
		return calendar.currentQuarter();
	}

	String page(String area) {
		return "/reports/" + area + "/" + quarter();
	}

	@AfterEach
	void rulesAsSeeded() {
		jdbc.sql("""
				update reporting.validation_rule set enabled = true,
				       threshold = case code when 'year_on_year' then 50 when 'ratio_parts' then 100
				                             when 'ratio_derived' then 0.1 when 'ytd_decline' then null else 3.5 end,
				       min_count = case when code in ('district_outlier', 'own_history') then 4 end""").update();
	}

	void figure(String indicator, String area, Period period, String value) {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values (?, ?, ?, ?::numeric, 'FINAL', 'test', 'test')""")
			.params(indicator, area, period.toString(), value).update();
		SqlWrites.done(context);
	}

	MockHttpServletRequestBuilder form(String area, int version, String action, String addedValue, String note) {
		return post(page(area)).with(httpBasic("district-" + area, "demo")).with(csrf())
			.param("version", Integer.toString(version))
			.param("action", action)
			.param("narrative", "平稳")
			.param("value.added_value", addedValue)
			.param("note.added_value", note == null ? "" : note)
			.param("value.total_output", "300")
			.param("value.gdp", "900")
			.param("value.employment", "6.2")
			.param("value.cultural_talents", "7");
	}

	int ruleVersion(String code) {
		return jdbc.sql("select version from reporting.validation_rule where code = ?").param(code).query(Integer.class).single();
	}

	ResultActions changeRule(String code, String threshold, boolean enabled) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/rules/" + code).with(httpBasic("admin", "demo")).with(csrf())
			.param("version", Integer.toString(ruleVersion(code)))
			.param("reason", "测试");
		if (threshold != null) {
			request.param("threshold", threshold);
		}
		if (enabled) {
			request.param("enabled", "true");
		}
		return mvc.perform(request);
	}

	@Test
	void aYearToDateBelowTheQuarterBeforeIsRefusedOnSaveNamingTheIndicatorAndBothValues() throws Exception {
		assumeThat(quarter().endQuarter()).as("a year-to-date can only fall after a first quarter").isGreaterThan(1);
		Period before = Period.ofQuarter(quarter().year(), quarter().endQuarter() - 1);
		figure("added_value", "330109", before, "100");

		mvc.perform(put("/api/reports/330109/" + quarter()).with(httpBasic("district-330109", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"values\": {\"added_value\": {\"value\": 90, \"note\": \"按新口径\"}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("values[added_value].value"))
			.andExpect(jsonPath("$.errors[0].rule").value("ytd_decline"))
			.andExpect(jsonPath("$.detail").value(containsString("Cultural industry added value: year-to-date 90.00 100 million yuan")))
			.andExpect(jsonPath("$.detail").value(containsString("below the 100.00 100 million yuan")));
		mvc.perform(form("330109", 0, "save", "90", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(xpath("//input[@id='value-added_value']/@class").string(containsString("is-invalid")))
			.andExpect(content().string(containsString("文化产业增加值：" + quarter().year() + "年")))
			.andExpect(content().string(containsString("累计 90.00 亿元，低于")))
			.andExpect(xpath("//div[@id='not-saved']").exists());
		assertThat(jdbc.sql("select count(*) from reporting.report where area_code = '330109' and period = ?")
			.param(quarter().toString()).query(Integer.class).single()).isZero();

		mvc.perform(form("330109", 0, "save", "100", null)).andExpect(redirectedUrl(page("330109")));
	}

	@Test
	void aSoftFindingNeedsANoteBeforeSubmissionAndTheReviewerSeesTheFlagAndTheNote() throws Exception {
		figure("added_value", "330111", quarter().yearEarlier(), "100");

		mvc.perform(form("330111", 0, "submit", "260", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上年同期")))
			.andExpect(content().string(containsString("变化 160.0%，超过 ±50%")));
		mvc.perform(form("330111", 0, "save", "260", ""))
			.andExpect(redirectedUrl(page("330111")));
		mvc.perform(get(page("330111")).with(httpBasic("district-330111", "demo")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//li[@data-rule='year_on_year']").exists())
			.andExpect(xpath("//tr[@data-indicator='added_value']//li[contains(@class,'finding-note')]").string("区县未说明"));
		mvc.perform(form("330111", 1, "submit", "260", "新建数字文化产业园整体入统"))
			.andExpect(redirectedUrl(page("330111")));

		String card = "//div[@data-area='330111']";
		mvc.perform(get("/reports/review").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath(card + "//tr[@data-indicator='added_value']/@class").string(containsString("anomaly")))
			.andExpect(xpath(card + "//tr[@data-indicator='added_value']//li[@data-rule='year_on_year']")
				.string(containsString("规则：同比变化过大")))
			.andExpect(xpath(card + "//tr[@data-indicator='added_value']//li[contains(@class,'finding-note')]")
				.string("区县说明：新建数字文化产业园整体入统"))
			.andExpect(xpath(card + "//span[contains(@class,'unexplained-hard')]").doesNotExist());
		mvc.perform(get(page("330111")).param("lang", "en").with(httpBasic("reviewer", "demo")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//li[@data-rule='year_on_year']")
				.string(containsString("260.00 100 million yuan against 100.00 100 million yuan in")))
			.andExpect(xpath("//button[@id='approve']").exists());
		mvc.perform(get("/api/reports/330111/" + quarter()).with(httpBasic("reviewer", "demo")))
			.andExpect(jsonPath("$.values[?(@.indicator == 'added_value')].findings[0].rule").value("year_on_year"));
		mvc.perform(post(page("330111") + "/approve").with(httpBasic("reviewer", "demo")).with(csrf()))
			.andExpect(redirectedUrl(page("330111")));
	}

	@Test
	void aReportWithAnUnexplainedHardFindingCannotBeApproved() throws Exception {
		assumeThat(quarter().endQuarter()).isGreaterThan(1);
		figure("added_value", "330112", Period.ofQuarter(quarter().year(), quarter().endQuarter() - 1), "100");
		// the rule was off when the district saved and submitted: the value got past it
		changeRule("ytd_decline", null, false).andExpect(redirectedUrl("/admin/rules"));
		mvc.perform(form("330112", 0, "submit", "90", "")).andExpect(redirectedUrl(page("330112")));
		changeRule("ytd_decline", null, true).andExpect(redirectedUrl("/admin/rules"));

		mvc.perform(get("/reports/review").with(httpBasic("reviewer", "demo")))
			.andExpect(xpath("//div[@data-area='330112']//span[contains(@class,'unexplained-hard')]").exists())
			.andExpect(xpath("//div[@data-area='330112']//li[@data-rule='ytd_decline']/@data-hard").string("true"));
		mvc.perform(get(page("330112")).with(httpBasic("reviewer", "demo")))
			.andExpect(xpath("//p[@id='unexplained-hard']").exists());
		mvc.perform(post(page("330112") + "/approve").with(httpBasic("reviewer", "demo")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("未说明，不能审核通过")));
		mvc.perform(post("/api/reports/330112/" + quarter() + "/approve").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("UNEXPLAINED_FINDING"));
		assertThat(jdbc.sql("select status from reporting.report where area_code = '330112' and period = ?")
			.param(quarter().toString()).query(String.class).single()).isEqualTo("SUBMITTED");
	}

	@Test
	void aValueWithNothingToCompareCarriesANoticeForTheReviewerButNeedsNoNote() throws Exception {
		// a district without any figure yet; the comparisons with other districts and its history are beside the point
		jdbc.sql("delete from figures.indicator_value where scope_code = '330114'").update();
		jdbc.sql("update reporting.validation_rule set enabled = false where code in ('district_outlier', 'own_history')")
			.update();
		SqlWrites.done(context);

		mvc.perform(form("330114", 0, "submit", "150", "")).andExpect(redirectedUrl(page("330114")));

		String row = "//tr[@data-indicator='added_value']";
		mvc.perform(get(page("330114")).with(httpBasic("reviewer", "demo")))
			.andExpect(xpath(row + "/@class").string(org.hamcrest.Matchers.not(containsString("anomaly"))))
			.andExpect(xpath(row + "//li[contains(@class,'finding-notice')]/@data-rule").string("year_on_year"))
			.andExpect(xpath(row + "//li[contains(@class,'finding-notice')]")
				.string(containsString("未校验：同比变化过大")))
			.andExpect(xpath(row + "//li[contains(@class,'finding-notice')]").string(containsString("无法比较")))
			.andExpect(xpath(row + "//li[contains(@class,'finding-note')]").doesNotExist())
			.andExpect(xpath("//p[@id='unexplained-hard']").doesNotExist());
		mvc.perform(get(page("330114")).param("lang", "en").with(httpBasic("reviewer", "demo")))
			.andExpect(xpath(row + "//li[contains(@class,'finding-notice')]")
				.string(containsString("Not checked: Large change on last year")))
			.andExpect(xpath(row + "//li[contains(@class,'finding-notice')]")
				.string(containsString("no comparison possible")));
		String card = "//div[@data-area='330114']";
		mvc.perform(get("/reports/review").with(httpBasic("reviewer", "demo")))
			.andExpect(xpath(card + "//span[contains(@class,'anomaly-count')]").doesNotExist())
			.andExpect(xpath(card + row + "//li[contains(@class,'finding-notice')]").string(containsString("无法比较")));
		mvc.perform(get("/api/reports/330114/" + quarter()).with(httpBasic("reviewer", "demo")))
			.andExpect(jsonPath("$.values[?(@.indicator == 'added_value')].anomalous").value(false))
			.andExpect(jsonPath("$.values[?(@.indicator == 'added_value')].findings[0].message")
				.value(hasItem(containsString("no comparison possible"))));
		mvc.perform(post(page("330114") + "/approve").with(httpBasic("reviewer", "demo")).with(csrf()))
			.andExpect(redirectedUrl(page("330114")));

		// with last year's figure there is a comparison, and no notice
		figure("added_value", "330114", quarter().yearEarlier(), "140");
		mvc.perform(get(page("330114")).with(httpBasic("reviewer", "demo")))
			.andExpect(xpath(row + "//li[contains(@class,'finding-notice')]").doesNotExist())
			.andExpect(xpath("//tr[@data-indicator='gdp']//li[contains(@class,'finding-notice')]").exists());
	}

	@Test
	void administratorsSeeTheRulesAndChangeAThresholdWhichIsAudited() throws Exception {
		mvc.perform(get("/admin/rules").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//table[@id='rules']/tbody/tr)").number(6.0))
			.andExpect(xpath("//tr[@data-rule='ratio_derived']/td[contains(@class,'threshold')]").string("阈值（容许相差，百分点）：0.1"))
			.andExpect(xpath("//tr[@data-rule='ratio_derived']/td[2]").string("提示：提交前须在备注中说明，并提示审核人员"))
			.andExpect(xpath("//tr[@data-rule='year_on_year']/td[contains(@class,'threshold')]").string("阈值（变化幅度，%）：50"))
			.andExpect(xpath("//tr[@data-rule='district_outlier']/td[contains(@class,'min-count')]").string("最少比较区县数：4"))
			.andExpect(xpath("//tr[@data-rule='ytd_decline']/td[2]").string("硬性：拒绝保存"))
			.andExpect(xpath("//a[@id='nav-admin-rules']").exists());
		mvc.perform(get("/admin/rules").param("lang", "en").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//tr[@data-rule='own_history']/td[1]/div[1]").string("Far from the district's own history"));
		mvc.perform(get("/admin/rules").with(httpBasic("reviewer", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/rules/year_on_year/edit").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//input[@name='threshold']/@value").string("50"));

		figure("gdp", "330105", quarter().yearEarlier(), "100");
		String growth = page("330105") + "/growth/gdp";
		mvc.perform(get(growth).param("value.gdp", "155").with(httpBasic("district-330105", "demo")))
			.andExpect(xpath("//span[@id='growth-gdp']/@class").string(containsString("text-danger")));

		changeRule("year_on_year", "60", true).andExpect(redirectedUrl("/admin/rules"));
		mvc.perform(get("/admin/rules").with(httpBasic("admin", "demo")))
			.andExpect(xpath("//tr[@data-rule='year_on_year']/td[contains(@class,'threshold')]").string("阈值（变化幅度，%）：60"));
		mvc.perform(get(growth).param("value.gdp", "155").with(httpBasic("district-330105", "demo")))
			.andExpect(xpath("//span[@id='growth-gdp']/@class").string("growth"));
		assertThat(jdbc.sql("""
				select old_value || ' → ' || new_value || ' / ' || actor || ' / ' || reason from audit.change
				 where subject = 'validation rule year_on_year' order by id desc limit 1""").query(String.class).single())
			.isEqualTo("threshold=50, minCount=, enabled=true → threshold=60, minCount=, enabled=true / admin / 测试");
	}

	@Test
	void anImpossibleThresholdIsRefusedNamingTheFieldAndAStaleEditIsAConflict() throws Exception {
		changeRule("year_on_year", "-5", true)
			.andExpect(status().isBadRequest())
			.andExpect(xpath("//input[@name='threshold']/@class").string(containsString("is-invalid")))
			.andExpect(content().string(containsString("阈值：必须大于 0（填写的是 -5）")));
		changeRule("district_outlier", "0", true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：必须大于 0")));
		changeRule("ratio_parts", "150", true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：比例不能超过 100%（填写的是 150%）")));
		mvc.perform(post("/admin/rules/own_history").with(httpBasic("admin", "demo")).with(csrf())
				.param("version", Integer.toString(ruleVersion("own_history"))).param("threshold", "3.5")
				.param("minCount", "1").param("enabled", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("最少个数：必须在 3 到 1000 之间（填写的是 1）")));
		assertThat(jdbc.sql("select threshold from reporting.validation_rule where code = 'ratio_parts'")
			.query(String.class).single()).isEqualTo("100.0000");
		changeRule("ratio_derived", "150", true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：两个比例之差不会超过 100 个百分点（填写的是 150）")));
		changeRule("ratio_derived", "0", true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：必须大于 0（填写的是 0）")));
		changeRule("ratio_derived", "百分之一", true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：“百分之一”不是数字。")));
		changeRule("year_on_year", "", true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：必须填写。")));
		changeRule("year_on_year", null, true)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值：必须填写。")));
		changeRule("ratio_derived", "123456789", true)
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select threshold from reporting.validation_rule where code = 'ratio_derived'")
			.query(String.class).single()).isEqualTo("0.1000");
		changeRule("ratio_derived", "0.5", true).andExpect(redirectedUrl("/admin/rules"));
		assertThat(jdbc.sql("select threshold from reporting.validation_rule where code = 'ratio_derived'")
			.query(String.class).single()).isEqualTo("0.5000");

		int stale = ruleVersion("year_on_year");
		changeRule("year_on_year", "70", true).andExpect(redirectedUrl("/admin/rules"));
		mvc.perform(post("/admin/rules/year_on_year").with(httpBasic("admin", "demo")).with(csrf())
				.param("version", Integer.toString(stale)).param("threshold", "80").param("enabled", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被其他管理员修改")));
		assertThat(jdbc.sql("select threshold from reporting.validation_rule where code = 'year_on_year'")
			.query(String.class).single()).isEqualTo("70.0000");
	}

}
