package org.culturetargets.portal.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The final evaluation's section on key tasks: the 14th plan's tasks as they stood at the end of 2025, counted by
 * status, the overdue and behind ones listed with their units (one overdue task of the test's own, led by 西湖区 and
 * shared by 上城区), and the 2025 assessment's summary. Rolled back after each test.
 */
@PortalTest
@Transactional
class FinalReportTasksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long overdue;

	@BeforeEach
	void anOverdueTask() {
		overdue = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_section_translation, source_language, title_zh,
				                        title_en, kind, deadline)
				values ('HZ-14FYP', ?, '六（三）', '6.(3)', 'zh', '终期测试：逾期的任务', 'Final test: overdue task', 'DELIVERABLE',
				        date '2025-09-30') returning id""")
			.param("final-tasks-" + System.nanoTime())
			.query(Long.class)
			.single();
		jdbc.sql("insert into tasks.task_unit (task_id, role, area_code) values (?, 'LEAD', '330106'), (?, 'RESPONSIBLE', '330102')")
			.params(overdue, overdue)
			.update();
	}

	@Test
	void theTasksAreCountedAndTheLateOnesListedWithTheirUnits() throws Exception {
		mvc.perform(get("/plans/HZ-14FYP/final-report").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//section[@id='final-tasks']/h2").string("重点任务完成情况"))
			.andExpect(xpath("//p[@id='final-tasks-as-of']").string(containsString("2025年12月31日")))
			// the counts add up to the total, and the late list is exactly the overdue and behind ones
			.andExpect(xpath("sum(//table[@id='final-task-counts']//td[@data-status!='UNASSIGNED']/strong)"
					+ " = number(substring-before(substring-after(//p[@id='final-tasks-as-of'], '共 '), ' 项'))").booleanValue(true))
			.andExpect(xpath("//td[@data-status='OVERDUE']/strong + //td[@data-status='BEHIND']/strong"
					+ " = count(//tr[contains(@class,'late-task')])").booleanValue(true))
			.andExpect(xpath("//tr[@data-task='" + overdue + "']/@data-status").string("OVERDUE"))
			.andExpect(xpath("//tr[@data-task='" + overdue + "']").string(allOf(containsString("终期测试：逾期的任务"),
					containsString("逾期未完成"), containsString("牵头单位：西湖区"), containsString("责任单位：上城区"),
					containsString("2025-09-30"))))
			.andExpect(xpath("//h3[@id='final-assessment-title']").string("2025 年度考核结果"))
			.andExpect(xpath("//p[@id='final-assessment-text']").string(containsString("默认规则")))
			.andExpect(xpath("//table[@id='final-assessment']//tr[@data-unit='area:330106']").exists())
			.andExpect(xpath("//a[@id='final-assessment-link']/@href").string("/assessment/HZ-14FYP/2025"));
		mvc.perform(get("/plans/HZ-14FYP/final-report").param("lang", "en").with(httpBasic("official", "demo")))
			.andExpect(xpath("//section[@id='final-tasks']/h2").string("Key tasks"))
			.andExpect(xpath("//tr[@data-task='" + overdue + "']").string(allOf(containsString("Final test: overdue task"),
					containsString("Overdue"), containsString("Xihu"), containsString("(6.(3))"))));
	}

	@Test
	void thePdfCarriesTheTasksSection() throws Exception {
		byte[] pdf = mvc.perform(get("/plans/HZ-14FYP/final-report.pdf").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("重点任务完成情况", "逾期未完成和滞后的任务", "终期测试：逾期的任务", "2025 年度考核结果")
				.doesNotContain("查看年度考核");
		}
	}

}
