package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Demo mode's demo reports (a context and database of their own): four states on the board, labelled demo; their
 * figures shown with the demo badge and marked in the exports.
 */
@PortalTest
@TestPropertySource(properties = "portal.reporting.demo-reports=true")
class DemoReportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportingCalendar calendar;

	@Test
	void theBoardAndTheReviewShowLabelledDemoReportsInEveryState() throws Exception {
		mvc.perform(get("/reports/completeness").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[@data-area='330102']/@data-status").string("APPROVED"))
			.andExpect(xpath("//tr[@data-area='330105']/@data-status").string("SUBMITTED"))
			.andExpect(xpath("//tr[@data-area='330108']/@data-status").string("RETURNED"))
			.andExpect(xpath("//tr[@data-area='330109']/@data-status").string("DRAFT"))
			.andExpect(xpath("//tr[@data-area='330102']//span[text()='演示数据']").exists());
		mvc.perform(get("/reports/review").with(httpBasic("reviewer", "demo")))
			.andExpect(xpath("//div[@data-area='330105']").exists());
		mvc.perform(get("/api/indicators/employment/series").param("scope", "330102").with(httpBasic("official", "demo")))
			.andExpect(content().string(containsString("report 330102/" + calendar.currentQuarter() + " revision 1")));
	}

	@Test
	void theDemoReportsFiguresCarryTheDemoBadgeAndTheExportsMarkThem() throws Exception {
		Period quarter = calendar.currentQuarter();
		String source = "report 330110/" + quarter + " revision 1";
		String citation = "余杭区" + quarter.year() + "年" + "一二三四".charAt(quarter.endQuarter() - 1) + "季度报表第1版";
		mvc.perform(get("/api/indicators/added_value/series").param("scope", "330110").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.values[?(@.source == '" + source + "')].demo").value(true));
		mvc.perform(get("/indicators/added_value").param("scope", "330110").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[td[text()='" + citation + "']]//span[contains(@class, 'synthetic')]").string("演示"))
			.andExpect(xpath("//tr[td[text()='2025']][td[contains(text(), '余杭区经济高质量发展大会')]]//span[contains(@class, 'synthetic')]")
				.doesNotExist());
		mvc.perform(get("/indicators/added_value/values.csv").param("scope", "330110").with(httpBasic("official", "demo")))
			.andExpect(content().string(containsString(citation + ",是")))
			.andExpect(content().string(containsString("余杭区经济高质量发展大会，2026年3月2日报道,否")));
	}

}
