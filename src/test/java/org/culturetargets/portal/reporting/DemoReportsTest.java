package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** Demo mode's demo reports (a context and database of their own): four states on the board, labelled demo. */
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

}
