package org.culturetargets.portal.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The 14th plan's final evaluation with two 2025 figures written for the test (rolled back after it): one target
 * achieved, one missed, the rest awaiting their final figure; as a page and as a PDF with Chinese text.
 */
@PortalTest
@Transactional
class FinalReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void finalFigures() {
		value("added_value", "3500", "市统计局 2025 年报（测试）");
		value("employment", "25", "市人社局（测试）");
	}

	private void value(String indicator, String value, String source) {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values (:indicator, '330100', '2025', cast(:value as numeric), 'FINAL', :source, 'test')""")
			.param("indicator", indicator).param("value", value).param("source", source)
			.update();
	}

	@Test
	void everyTargetIsAchievedMissedOrAwaitingByHowMuchWithSources() throws Exception {
		mvc.perform(get("/plans/HZ-14FYP/final-report").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1[@id='report-title']").string(containsString("终期评估")))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]/@data-verdict").string("ACHIEVED"))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]").string(
					allOf(containsString("3,500.00"), containsString("500.00"), containsString("116.7%"))))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]/following-sibling::tr[1]").string(
					allOf(containsString("市统计局 2025 年报（测试）"), containsString("十四五"))))
			.andExpect(xpath("//tr[@data-indicator='employment']/@data-verdict").string("MISSED"))
			.andExpect(xpath("//tr[@data-indicator='employment']").string(
					allOf(containsString("-5.0"), containsString("83.3%"), containsString("未实现"))))
			.andExpect(xpath("//tr[@data-indicator='total_output'][1]/@data-verdict").string("AWAITING"))
			.andExpect(xpath("//tr[@data-indicator='total_output'][1]").string(containsString("当前：暂无数据")))
			// the 2035 outlook of the same plan is not judged in 2025
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[2]/@data-verdict").string("LATER"))
			// the digital share comes from the demo registry, and its source says so
			.andExpect(xpath("//tr[@data-indicator='digital_revenue_share']/@data-verdict").string("ACHIEVED"))
			.andExpect(xpath("//tr[@data-indicator='digital_revenue_share']/following-sibling::tr[1]")
				.string(containsString("合成演示数据")))
			// the summary counts the lines (how many depends on the demo registry's derived values)
			.andExpect(xpath("//td[@data-verdict='ACHIEVED']/strong = count(//tr[@data-verdict='ACHIEVED'])").booleanValue(true))
			.andExpect(xpath("//td[@data-verdict='MISSED']/strong = count(//tr[@data-verdict='MISSED'])").booleanValue(true))
			.andExpect(xpath("count(//tr[@data-verdict='ACHIEVED'])").number(org.hamcrest.Matchers.greaterThanOrEqualTo(2.0)))
			.andExpect(xpath("//a[@id='download-pdf']/@href").string("/plans/HZ-14FYP/final-report.pdf?scope=330100"))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*生成日期：\\d{4}年\\d{1,2}月\\d{1,2}日.*")));
	}

	@Test
	void thePdfCarriesTheChineseTextInAnEmbeddedFont() throws Exception {
		byte[] pdf = mvc.perform(get("/plans/HZ-14FYP/final-report.pdf").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("HZ-14FYP-final-evaluation-330100.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("终期评估", "文化产业增加值", "文化产业带动就业人数", "已实现", "未实现", "待终值",
					"市统计局 2025 年报（测试）");
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			// Chinese in the bundled CJK font, the rest in DejaVu Sans: every font embedded, none left to the reader
			assertThat(fonts).anySatisfy(font -> {
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.getName()).contains("DroidSansFallback");
			});
			assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
			assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}
	}

	@Test
	void theReportIsInEnglishOnTheSwitch() throws Exception {
		mvc.perform(get("/plans/HZ-14FYP/final-report").param("lang", "en").with(httpBasic("official", "demo")))
			.andExpect(xpath("//h1[@id='report-title']").string(containsString("Final evaluation: Hangzhou")))
			.andExpect(xpath("//tr[@data-indicator='employment']").string(containsString("Missed")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*generated on (January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}.*")));
	}

	@Test
	void aPlanWhoseTargetYearHasNotPassedHasNoFinalReportYet() throws Exception {
		mvc.perform(get("/plans/HZ-NEW3-2026/final-report").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("尚未结束，还没有终期评估")));
	}

	@Test
	void theScorecardLinksToTheFinalReportOfAPassedPlan() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-ICCC-2025").with(httpBasic("official", "demo")))
			.andExpect(xpath("//a[@id='final-report-link']/@href").string("/plans/HZ-ICCC-2025/final-report?scope=330100"));
		mvc.perform(get("/").param("plan", "HZ-NEW3-2026").with(httpBasic("official", "demo")))
			.andExpect(xpath("//a[@id='final-report-link']").doesNotExist());
	}

	@Test
	void theOtherPassedPlansHaveTheirReports() throws Exception {
		for (String plan : List.of("HZ-ICCC-2025", "MCT-DIGITAL-2025", "BJ-CCI-2018")) {
			mvc.perform(get("/plans/{plan}/final-report", plan).with(httpBasic("official", "demo")))
				.andExpect(status().isOk())
				.andExpect(xpath("count(//tr[@data-verdict])").number(org.hamcrest.Matchers.greaterThan(0.0)));
		}
	}

}
