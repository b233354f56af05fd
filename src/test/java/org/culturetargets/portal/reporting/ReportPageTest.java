package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.SqlWrites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The reporting pages rendered by the real templates: the form, its refusals, the review and the board. */
@PortalTest
class ReportPageTest {

	static final String AREA = "330182";

	static final String STAFF = "district-" + AREA;

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

	/**
	 * Every value explained: other test classes report this quarter for other districts, so whichever soft rule
	 * (growth, other districts, own history) fires on these figures finds its note.
	 */
	MockHttpServletRequestBuilder form(String user, int version, String action, String addedValue) {
		return post(page(AREA)).with(httpBasic(user, "demo")).with(csrf())
			.param("version", Integer.toString(version))
			.param("action", action)
			.param("narrative", "前三季度平稳")
			.param("value.added_value", addedValue)
			.param("note.added_value", "含新入统企业")
			.param("value.total_output", "300")
			.param("note.total_output", "按快报口径")
			.param("value.gdp", "900")
			.param("note.gdp", "按快报口径")
			.param("value.employment", "6.2")
			.param("note.employment", "两家企业新入统")
			.param("value.cultural_talents", "7")
			.param("note.cultural_talents", "按认定名单");
	}

	@Test
	void districtStaffGoStraightToTheirCurrentReport() throws Exception {
		mvc.perform(get("/reports").with(httpBasic(STAFF, "demo"))).andExpect(redirectedUrl(page(AREA)));
		mvc.perform(get("/reports").with(httpBasic("reviewer", "demo"))).andExpect(redirectedUrl("/reports/completeness"));
	}

	@Test
	void anotherDistrictsReportIsReadOnlyWithAPageSayingWhy() throws Exception {
		mvc.perform(get(page(AREA)).with(httpBasic("district-330102", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//div[@id='read-only']/@data-reason").string("NOT_YOUR_DISTRICT"))
			.andExpect(content().string(containsString("不属于您所在的区县")));
		mvc.perform(form("district-330102", 0, "save", "10")).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不属于您所在的区县")));
	}

	@Test
	void officialsReadReportsButTheFormSaysWhyTheyCannotEnter() throws Exception {
		mvc.perform(get(page("330114")).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//div[@id='read-only']/@data-reason").string("READ_ONLY_ROLE"))
			.andExpect(xpath("//button[@id='save']").doesNotExist());
		mvc.perform(get("/reports/330114/2024Q3").with(httpBasic("district-330114", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//div[@id='read-only']/@data-reason").string("PERIOD_CLOSED"))
			.andExpect(content().string(containsString("已关账")));
	}

	@Test
	void theFormKeepsBadInputNamesTheErrorSavesDraftsRefusesStaleVersionsAndSubmits() throws Exception {
		jdbc.sql("insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by) values ('employment', ?, ?, 2, 'FINAL', 'test', 'test')")
			.params(AREA, quarter().yearEarlier().toString()).update();
		SqlWrites.done(context);
		mvc.perform(get(page(AREA)).with(httpBasic(STAFF, "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//table[@id='report-values']//tr[@data-indicator])").number(5.0))
			.andExpect(xpath("//input[@id='value-employment']/@hx-get").string(page(AREA) + "/growth/employment"))
			.andExpect(xpath("//tr[@data-indicator='employment']/td[2]").string("2.0"));

		mvc.perform(form(STAFF, 0, "save", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("//input[@id='value-added_value']/@value").string("abc"))
			.andExpect(xpath("//input[@id='value-added_value']/@class").string(containsString("is-invalid")))
			.andExpect(content().string(containsString("文化产业增加值：“abc”不是数字")))
			.andExpect(xpath("//div[@id='not-saved']").exists());
		mvc.perform(get(page(AREA)).with(httpBasic(STAFF, "demo")))
			.andExpect(xpath("//input[@name='version']/@value").string("0"));

		mvc.perform(form(STAFF, 0, "save", "55.5")).andExpect(redirectedUrl(page(AREA)));
		mvc.perform(get(page(AREA)).with(httpBasic(STAFF, "demo")))
			.andExpect(xpath("//span[@id='report-status']/@data-status").string("DRAFT"))
			.andExpect(xpath("//input[@id='value-added_value']/@value").string("55.5"))
			.andExpect(xpath("//span[@id='growth-employment']").string("210.0%"))
			.andExpect(xpath("//tr[@data-indicator='employment']/@class").string(containsString("anomaly")));

		mvc.perform(form("admin", 1, "save", "56")).andExpect(redirectedUrl(page(AREA)));
		mvc.perform(form(STAFF, 1, "save", "77.7"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("被 admin 修改")))
			.andExpect(xpath("//input[@id='value-added_value']/@value").string("77.7"));

		mvc.perform(form(STAFF, 2, "submit", "57")).andExpect(redirectedUrl(page(AREA)));
		mvc.perform(get(page(AREA)).with(httpBasic(STAFF, "demo")))
			.andExpect(xpath("//span[@id='report-status']/@data-status").string("SUBMITTED"))
			.andExpect(xpath("//div[@id='read-only']/@data-reason").string("SUBMITTED"))
			.andExpect(content().string(containsString("已提交，正在等待审核，不能修改")))
			.andExpect(xpath("//button[@id='submit']").doesNotExist());
		mvc.perform(form(STAFF, 3, "save", "58")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("已提交，正在等待审核")));

		mvc.perform(get("/reports/review").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//div[@data-area='" + AREA + "']//tr[@data-indicator='employment']/@class").string(containsString("anomaly")))
			.andExpect(xpath("//div[@data-area='" + AREA + "']//span[contains(@class,'anomaly-count')]").exists());
		mvc.perform(get(page(AREA)).with(httpBasic("reviewer", "demo")))
			.andExpect(xpath("//button[@id='approve']").exists());
		mvc.perform(post(page(AREA) + "/return").with(httpBasic("reviewer", "demo")).with(csrf()).param("comment", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("退回时必须填写退回意见")));
		mvc.perform(post(page(AREA) + "/approve").with(httpBasic("reviewer", "demo")).with(csrf()))
			.andExpect(redirectedUrl(page(AREA)));
		mvc.perform(get(page(AREA)).with(httpBasic(STAFF, "demo")))
			.andExpect(xpath("//span[@id='report-status']/@data-status").string("APPROVED"))
			.andExpect(content().string(containsString("已审核通过，不能修改")))
			.andExpect(xpath("//button[@id='revise']").exists());
	}

	@Test
	void theGrowthFollowsTheTypingThroughHtmx() throws Exception {
		jdbc.sql("insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by) values ('gdp', '330102', ?, 400, 'FINAL', 'test', 'test')")
			.param(quarter().yearEarlier().toString()).update();
		SqlWrites.done(context);
		mvc.perform(get(page("330102") + "/growth/gdp").param("value.gdp", "500").header("HX-Request", "true")
				.with(httpBasic("district-330102", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//span[@id='growth-gdp']").string("25.0%"))
			.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get(page("330102") + "/growth/gdp").param("value.gdp", "x").with(httpBasic("district-330102", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//span[@id='growth-gdp']").string("—"));
	}

	@Test
	void theCompletenessBoardListsEveryDistrictWithItsDueDateAndLateness() throws Exception {
		boolean lateWithoutReport = calendar.isLate(quarter(), null);
		mvc.perform(get("/reports/completeness").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//table[@id='completeness']/tbody/tr)").number(13.0))
			.andExpect(xpath("//tr[@data-area='330114']/@data-status").string("NONE"))
			.andExpect(xpath("//tr[@data-area='330114']/@data-late").string(Boolean.toString(lateWithoutReport)))
			.andExpect(xpath("//tr[@data-area='330114']/td[4]").string(calendar.dueDate(quarter()).toString()));
		mvc.perform(get("/reports/completeness").param("period", "2024Q3").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024-10-20")))
			.andExpect(xpath("//tr[@data-area='330114']/@data-late").string("true"));
	}

	@Test
	void districtsAreRemindedWhenTheirReportIsDueSoonOrLate() throws Exception {
		boolean due = calendar.needsReminder(quarter(), null);
		mvc.perform(get("/").with(httpBasic("district-330114", "demo")))
			.andExpect(xpath("count(//div[@id='report-reminder'])").number(due ? 1.0 : 0.0));
		mvc.perform(get("/").with(httpBasic("official", "demo")))
			.andExpect(xpath("//div[@id='report-reminder']").doesNotExist());
	}

	@Test
	void navigationShowsTheReportingPagesByRole() throws Exception {
		mvc.perform(get("/").with(httpBasic(STAFF, "demo")))
			.andExpect(xpath("//a[@id='nav-report']").exists())
			.andExpect(xpath("//a[@id='nav-audit']").doesNotExist());
		mvc.perform(get("/").with(httpBasic("reviewer", "demo")))
			.andExpect(xpath("//a[@id='nav-review']").exists())
			.andExpect(xpath("//a[@id='nav-audit']").exists())
			.andExpect(xpath("//a[@id='nav-report']").doesNotExist());
	}

}
