package org.culturetargets.portal.assessment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.Downloads;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The annual assessment of the 14th plan for 2025 over HTTP: the list with the rules it used, a unit's detail with
 * two tasks of the test's own (西湖区 leads one completed on time and shares one overdue), the rules form for
 * administrators only, the PDF and the Excel download. Everything the test writes is rolled back.
 */
@PortalTest
@Transactional
class AssessmentPagesTest {

	private static final String PAGE = "/assessment/HZ-14FYP/2025";

	private static final String RULES = "/admin/assessment/HZ-14FYP/2025/rules";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long done;

	long overdue;

	@BeforeEach
	void twoTasksOfXihu() {
		done = task("考核测试：按期完成的任务", "date '2025-06-30'", "date '2025-06-01'", "LEAD");
		overdue = task("考核测试：逾期的任务", "date '2025-03-31'", "null", "RESPONSIBLE");
	}

	private long task(String title, String deadline, String completedOn, String role) {
		long id = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en, kind,
				                        deadline, completed_on, closed_by)
				values ('HZ-14FYP', :code, '测试', 'zh', :title, 'Assessment test task', 'DELIVERABLE', %s, %s,
				        case when %s is null then null else 'test' end) returning id""".formatted(deadline, completedOn,
				completedOn))
			.param("code", "assessment-" + System.nanoTime())
			.param("title", title)
			.query(Long.class)
			.single();
		jdbc.sql("insert into tasks.task_unit (task_id, role, area_code) values (?, ?, '330106')").params(id, role).update();
		return id;
	}

	@Test
	void theMenuAndTheSelectorsLeadToAPlansYear() throws Exception {
		mvc.perform(get("/assessment").with(httpBasic("official", "demo")))
			.andExpect(redirectedUrlPattern("/assessment/*/*"));
		mvc.perform(get("/assessment").param("plan", "HZ-14FYP").with(httpBasic("official", "demo")))
			.andExpect(redirectedUrl(PAGE));
		mvc.perform(get("/assessment").param("plan", "HZ-14FYP").param("year", "2023").with(httpBasic("official", "demo")))
			.andExpect(redirectedUrl("/assessment/HZ-14FYP/2023"));
		mvc.perform(get("/assessment").param("plan", "NO-SUCH").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/assessment/HZ-14FYP/2030").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("本规划没有 2030 年度的考核")));
		mvc.perform(get("/tasks/plans/HZ-14FYP").with(httpBasic("official", "demo")))
			.andExpect(xpath("//a[@id='board-assessment']/@href").string("/assessment?plan=HZ-14FYP"));
		mvc.perform(get("/").param("plan", "HZ-14FYP").with(httpBasic("official", "demo")))
			.andExpect(xpath("//a[@id='nav-assessment']/@href").string("/assessment"))
			.andExpect(xpath("//a[@id='task-summary-assessment']/@href").string("/assessment?plan=HZ-14FYP"));
	}

	@Test
	void everyUnitIsListedWithItsScoreAndTheDefaultRulesAreSaidToBeDefaults() throws Exception {
		mvc.perform(get(PAGE).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1[@id='assessment-title']").string(containsString("2025年度考核")))
			.andExpect(xpath("//p[@id='assessment-counted']").string(containsString("市级部门和其他单位没有辖区指标目标")))
			.andExpect(xpath("//tr[@data-unit='area:330106']//span[@class='unit-name']").string("西湖区"))
			.andExpect(xpath("//tr[@data-unit='area:330106']//a[@class='unit-detail']/@href")
				.string(PAGE + "/areas/330106"))
			.andExpect(xpath("//tr[@data-unit='department:hz-cci-steering-committee']//a[@class='unit-detail']/@href")
				.string(PAGE + "/departments/hz-cci-steering-committee"))
			.andExpect(xpath("//p[@id='rules-defaults']").string(containsString("默认规则")))
			.andExpect(xpath("//p[@id='rules-weights']").string(allOf(containsString("60.00%"), containsString("40.00%"))))
			.andExpect(xpath("//table[@id='rules-target-points']//td[@data-status='NO_DATA']").string("不计分"))
			.andExpect(xpath("//table[@id='rules-task-points']//td[@data-status='OVERDUE']").string("0.00"))
			.andExpect(xpath("//a[@id='assessment-edit-rules']").doesNotExist())
			.andExpect(xpath("//a[@id='assessment-pdf']/@href").string(PAGE + ".pdf"));
		mvc.perform(get(PAGE).param("lang", "en").with(httpBasic("official", "demo")))
			.andExpect(xpath("//h1[@id='assessment-title']").string(containsString("annual assessment 2025")))
			.andExpect(xpath("//p[@id='rules-defaults']").string(containsString("Default rules")))
			.andExpect(xpath("//tr[@data-unit='area:330106']//span[@class='unit-name']").string("Xihu"));
	}

	@Test
	void aUnitsDetailCountsEachTaskWithItsStatusPointsAndFactor() throws Exception {
		mvc.perform(get(PAGE + "/areas/330106").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1[@id='unit-title']").string(containsString("西湖区")))
			.andExpect(xpath("//tr[@data-task='" + done + "']/@data-status").string("COMPLETED_ON_TIME"))
			.andExpect(xpath("//tr[@data-task='" + done + "']").string(
					allOf(containsString("按期完成"), containsString("牵头单位"), containsString("100.00"), containsString("1.00"))))
			.andExpect(xpath("//tr[@data-task='" + overdue + "']").string(
					allOf(containsString("逾期未完成"), containsString("责任单位"), containsString("0.00"), containsString("0.50"))))
			.andExpect(xpath("//p[@id='unit-task-sum']").string(containsString("重点任务得分 = Σ（任务得分 × 系数）÷ Σ系数")))
			.andExpect(xpath("//p[@id='unit-score']").string(org.hamcrest.Matchers.matchesPattern("\\s*\\d+\\.\\d\\d\\s*")));
		mvc.perform(get(PAGE + "/departments/hz-cci-steering-committee").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//section[@id='unit-targets']").string(containsString("只按重点任务计分")));
		mvc.perform(get(PAGE + "/departments/no-such-body").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsSetTheRules() throws Exception {
		for (String user : List.of("official", "reviewer", "district-330106")) {
			mvc.perform(get(RULES).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			mvc.perform(valid(post(RULES).with(httpBasic(user, "demo")).with(csrf()), "0")).andExpect(status().isForbidden());
		}
		mvc.perform(get(RULES).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//input[@name='targetWeight']/@value").string("60"))
			.andExpect(xpath("//input[@name='responsibleFactor']/@value").string("0.5"))
			.andExpect(xpath("//input[@name='targetPoints[ON_TRACK]']/@value").string("90"))
			.andExpect(xpath("//input[@name='targetPoints[NO_DATA]']/@value").string(""));
	}

	/** Every status worth the same: whatever the tasks' and targets' statuses, the sums are known. */
	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String version,
			String... changed) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", version);
		fields.put("targetWeight", "70.5");
		fields.put("taskWeight", "29.5");
		fields.put("leadFactor", "1");
		fields.put("responsibleFactor", "0.25");
		fields.put("reason", "测试");
		for (String s : List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "MISSED", "NO_DATA", "NO_BASELINE",
				"NO_TARGET")) {
			fields.put("targetPoints[" + s + "]", "70");
		}
		for (String s : List.of("OVERDUE", "BEHIND", "NOT_STARTED", "IN_PROGRESS", "COMPLETED_ON_TIME", "COMPLETED")) {
			fields.put("taskPoints[" + s + "]", "50.5");
		}
		for (int i = 0; i < changed.length; i += 2) {
			fields.put(changed[i], changed[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	@Test
	void anAdministratorsRulesAreCheckedSavedShownAndUsed() throws Exception {
		mvc.perform(valid(post(RULES).with(httpBasic("admin", "demo")).with(csrf()), "0", "taskWeight", "29.49"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("//input[@name='taskWeight']/@value").string("29.49"))
			.andExpect(content().string(containsString("两部分权重之和须为 100%，现为 99.99%")));
		mvc.perform(valid(post(RULES).with(httpBasic("admin", "demo")).with(csrf()), "0",
				"targetPoints[AT_RISK]", "60.123", "leadFactor", "abc", "taskPoints[OVERDUE]", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("60.123 的小数位过多"), containsString("“abc”不是数字"),
					containsString("101 超出范围：应在 0 至 100 之间"))));
		mvc.perform(get(PAGE).with(httpBasic("official", "demo")))
			.andExpect(xpath("//p[@id='rules-defaults']").exists());

		mvc.perform(valid(post(RULES).with(httpBasic("admin", "demo")).with(csrf()), "0"))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("saved", containsString("考核规则已保存")));
		mvc.perform(get(PAGE).with(httpBasic("official", "demo")))
			.andExpect(xpath("//p[@id='rules-own']").string(containsString("admin")))
			.andExpect(xpath("//p[@id='rules-weights']").string(allOf(containsString("70.50%"), containsString("29.50%"))))
			.andExpect(xpath("//p[@id='rules-factors']").string(allOf(containsString("1.00"), containsString("0.25"))))
			// a department has no targets: its tasks alone, each worth 50.5
			.andExpect(xpath("//tr[@data-unit='department:hz-cci-steering-committee']//td[contains(@class,'unit-score')]")
				.string(containsString("50.50")))
			.andExpect(xpath("//tr[@data-unit='area:330106']//td[contains(@class,'unit-task-part')]")
				.string(containsString("50.50")));
		mvc.perform(get(PAGE + "/areas/330106").with(httpBasic("official", "demo")))
			.andExpect(xpath("//tr[@data-task='" + overdue + "']").string(allOf(containsString("50.50"), containsString("0.25"))));

		// the form shows version 1 now; a second save on the defaults' version 0 was overtaken
		mvc.perform(valid(post(RULES).with(httpBasic("admin", "demo")).with(csrf()), "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("考核规则已被 admin 修改")));
		mvc.perform(get(RULES).with(httpBasic("admin", "demo")))
			.andExpect(xpath("//input[@name='version']/@value").string("1"))
			.andExpect(xpath("//input[@name='targetWeight']/@value").string("70.5"));
		assertThat(jdbc.sql("select count(*) from audit.change where subject = 'assessment rules HZ-14FYP 2025'")
			.query(Long.class).single()).isEqualTo(1);

		mvc.perform(post(RULES + "/reset").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("saved", containsString("恢复使用默认考核规则")));
		mvc.perform(get(PAGE).with(httpBasic("official", "demo")))
			.andExpect(xpath("//p[@id='rules-defaults']").exists());
	}

	@Test
	void thePdfListsTheUnitsAndTheRulesInChinese() throws Exception {
		byte[] pdf = mvc.perform(get(PAGE + ".pdf").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("HZ-14FYP-assessment-2025.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("2025年度考核", "西湖区", "综合得分", "默认规则", "考核规则", "不计分")
				.doesNotContain("COMPLETED", "ACHIEVED", "查看明细");
		}
	}

	@Test
	void theExcelHasARowPerItemCountedWithItsUnitsResult() throws Exception {
		List<Row> rows = Downloads.xlsx(mvc, get(PAGE + ".xlsx").with(httpBasic("official", "demo")));
		assertThat(rows.get(0).getCellText(0)).isEqualTo("名次");
		assertThat(rows.get(0).getCellText(11)).isEqualTo("系数");
		Row doneRow = rows.stream().filter(r -> "考核测试：按期完成的任务".equals(r.getCellText(6))).findFirst().orElseThrow();
		assertThat(doneRow.getCellText(1)).isEqualTo("西湖区");
		assertThat(doneRow.getCellText(8)).isEqualTo("牵头单位");
		assertThat(doneRow.getCellText(9)).isEqualTo("按期完成");
		assertThat(doneRow.getCellAsNumber(10)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
		assertThat(doneRow.getCellAsNumber(11)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
		Row overdueRow = rows.stream().filter(r -> "考核测试：逾期的任务".equals(r.getCellText(6))).findFirst().orElseThrow();
		assertThat(overdueRow.getCellAsNumber(11)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
		assertThat(overdueRow.getCellAsNumber(3)).isEqualTo(doneRow.getCellAsNumber(3));
		assertThat(rows).allSatisfy(r -> assertThat(r.getCellText(9)).doesNotContain("_"));
	}

	@Test
	void pagesShowNoCodesOfStatuses() throws Exception {
		mvc.perform(get(PAGE + "/areas/330106").with(httpBasic("official", "demo")))
			.andExpect(xpath("string(//main)").string(not(containsString("COMPLETED_ON_TIME"))))
			.andExpect(xpath("string(//main)").string(not(containsString("OVERDUE"))));
	}

}
