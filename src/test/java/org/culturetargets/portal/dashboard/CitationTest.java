package org.culturetargets.portal.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Sources are documents, not file names (issue 13): pages, exports and PDFs cite a plan's document and section as
 * officials do, a registry sum in words at display precision, a district's report by its name; no seed file name, no
 * "registry:" and no report key reaches a reader.
 */
@PortalTest
class CitationTest {

	/** What only the technical references hold: seed files, the registries' formulas and the reports' keys. */
	private static final List<String> TECHNICAL = List.of("001_", "000_", "002_", "003_", "004_", ".txt", "seed ",
			"registry:", "revision", "report 33");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "HZ-14FYP,330100", "HZ-14FYP,belt-zhijiang", "HZ-ICCC-2025,330100", "HZ-ICCC-2025,two-belts",
			"MCT-DIGITAL-2025,100000", "BJ-CCI-2018,110000", "HZ-NEW3-2026,330100" })
	void noPageOrExportOfAPlanNamesAFileOrAKey(String plan, String scope) throws Exception {
		for (String lang : List.of("zh", "en")) {
			assertClean(page("/?plan=" + plan + "&scope=" + scope + "&lang=" + lang), plan + " scorecard " + lang);
			assertClean(page("/scorecard.csv?plan=" + plan + "&scope=" + scope + "&lang=" + lang), plan + " csv " + lang);
			assertClean(xlsxText(bytes("/scorecard.xlsx?plan=" + plan + "&scope=" + scope + "&lang=" + lang)),
					plan + " xlsx " + lang);
			if (!plan.equals("HZ-NEW3-2026")) {
				// the final evaluation is there once the plan's period is over (HZ-NEW3-2026 runs to 2030)
				assertClean(page("/plans/" + plan + "/final-report?scope=" + scope + "&lang=" + lang),
						plan + " final " + lang);
				assertClean(pdfText(bytes("/plans/" + plan + "/final-report.pdf?scope=" + scope + "&lang=" + lang)),
						plan + " pdf " + lang);
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "added_value,330100", "digital_revenue_share,330100", "employment,330102", "national_parks,330100",
			"above_size_revenue,western-districts", "project_start_completion_rate,belt-zhijiang",
			"licensed_online_animations,330100", "gdp,330100" })
	void noIndicatorPageOrItsValuesNameAFileOrAKey(String indicator, String scope) throws Exception {
		for (String lang : List.of("zh", "en")) {
			String query = "?scope=" + scope + "&lang=" + lang;
			assertClean(page("/indicators/" + indicator + query), indicator + " page " + lang);
			assertClean(page("/indicators/" + indicator + "/values.csv" + query), indicator + " csv " + lang);
			assertClean(xlsxText(bytes("/indicators/" + indicator + "/values.xlsx" + query)), indicator + " xlsx " + lang);
		}
	}

	@Test
	void aTargetIsCitedByItsDocumentAndSection() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//span[@id='plan-source']").string("来源：《杭州市文化产业发展“十四五”规划》"))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]/following-sibling::tr[1]//p[contains(@class,'target-source')]")
				.string("来源：《杭州市文化产业发展“十四五”规划》三（三）主要指标表第1行"));
		mvc.perform(get("/").param("plan", "HZ-ICCC-2025").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[@id='plan-source']").string(
					"来源：中共杭州市委办公厅、杭州市人民政府办公厅《杭州市加快国际文化创意中心建设行动计划（2023—2025年）》，2023年5月23日"));
		mvc.perform(get("/").param("plan", "MCT-DIGITAL-2025").param("scope", "100000").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[@id='plan-source']").string("Source: Ministry of Culture and Tourism, Opinions of the "
					+ "Ministry of Culture and Tourism on Promoting the High-quality Development of the Digital Culture "
					+ "Industry (Cultural Tourism Industry Development (2020) No. 78)"))
			.andExpect(xpath("(//tr[@data-indicator='digital_culture_clusters'])[1]/following-sibling::tr[1]//p[contains(@class,'target-source')]")
				.string(containsString("Industry, 1. General requirements (3) Development goals")));
		mvc.perform(get("/").param("plan", "MCT-DIGITAL-2025").param("scope", "100000").with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[@id='plan-source']").string(
					"来源：文化和旅游部《文化和旅游部关于推动数字文化产业高质量发展的意见》（文旅产业发〔2020〕78号）"));
	}

	@Test
	void aPlanHeldInEnglishShowsAChineseTranslationLabelledAsSuch() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-ICCC-2025").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//div[contains(@class,'target-wording')]")
				.string("译文：全市文化产业增加值超过2800亿元"));
		mvc.perform(get("/").param("plan", "HZ-ICCC-2025").param("scope", "330100").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//div[contains(@class,'target-wording')]")
				.string(containsString("Wording: The added value of the city's cultural industry has exceeded")));
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]//div[contains(@class,'target-wording')]")
				.string("原文：全市文化产业增加值实现3000亿元"));
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("scope", "330100").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]//div[contains(@class,'target-wording')]")
				.string("Translation: the added value of the city's cultural industry reaches 300 billion yuan"));
		for (String plan : List.of("HZ-ICCC-2025", "BJ-CCI-2018", "HZ-NEW3-2026")) {
			String scope = plan.startsWith("BJ") ? "110000" : "330100";
			mvc.perform(get("/").param("plan", plan).param("scope", scope).with(httpBasic("official", "demo")))
				.andExpect(xpath("count(//div[contains(@class,'target-wording')][not(starts-with(., '译文：'))])").number(0.0))
				.andExpect(xpath("count(//div[contains(@class,'target-wording')])").number(
						org.hamcrest.Matchers.greaterThan(0.0)));
		}
	}

	@Test
	void everyExplanationEndsInTheSentenceThatDecidesIt() throws Exception {
		var zh = Jsoup.parse(page("/?plan=HZ-14FYP&scope=330100"));
		assertThat(zh.select("tr.explain")).isNotEmpty().allSatisfy(explain -> assertThat(
				explain.select("p.status-sentence").text()).isNotBlank().doesNotContainPattern("[A-Za-z]{3,}"));
		assertThat(zh.select("tr#target-1 + tr.explain p.status-sentence").text())
			.matches("A=3,211\\.00 ≥ T=3,000\\.00，已实现；2025年终值待公布|2025年终值 A=.*，(已实现|未实现)");
		var en = Jsoup.parse(page("/?plan=HZ-14FYP&scope=330100&lang=en"));
		assertThat(en.select("p.status-sentence")).isNotEmpty()
			.allSatisfy(sentence -> assertThat(sentence.text()).doesNotContainPattern("\\p{IsHan}"));
		assertThat(Jsoup.parse(page("/plans/HZ-14FYP/final-report")).select("span.status-sentence")).isNotEmpty();
	}

	@Test
	void aGrowthTargetShowsItsActualAsARate() throws Exception {
		var page = Jsoup.parse(page("/?plan=HZ-ICCC-2025&scope=western-districts"));
		var row = page.select("tr[data-indicator=above_size_revenue]").first();
		assertThat(row.text()).contains("（增速，%）").doesNotContain("亿元");
		assertThat(row.select("span.actual").text()).matches("-?[0-9,]+\\.[0-9]%|—");
	}

	@Test
	void publishedStatisticsCiteTheirPublication() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(xpath("//table[@id='values']//tr[td[1]='2020年']/td[contains(@class,'value-source')]")
				.string("《杭州市文化产业发展“十四五”规划》三（三）主要指标表第1行（2020年实际值）"))
			.andExpect(xpath("//table[@id='values']//tr[td[1]='2023年']/td[contains(@class,'value-source')]")
				.string("《杭州日报》2024年5月28日；杭州市人民政府英文网站，2024年2月8日"));
		mvc.perform(get("/indicators/added_value").param("scope", "330100").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(xpath("//table[@id='values']//tr[td[1]='2023']/td[contains(@class,'value-source')]")
				.string("Hangzhou Daily, May 28, 2024; en.hangzhou.com.cn, February 8, 2024"));
	}

	@Test
	void aRegistrySumIsExplainedInWordsAtDisplayPrecision() throws Exception {
		assertThat(valueRows("/indicators/digital_revenue_share?scope=330100")).anySatisfy(row -> assertThat(row)
			.containsPattern("由规上企业名录汇总：[0-9,]+\\.[0-9]{2} ÷ [0-9,]+\\.[0-9]{2} 亿元"));
		assertThat(valueRows("/indicators/digital_revenue_share?scope=330100&lang=en")).anySatisfy(row -> assertThat(row)
			.containsPattern("Summed from the register of above-size enterprises: [0-9,]+\\.[0-9]{2} ÷ [0-9,]+\\.[0-9]{2} "
					+ "\\(100 million yuan\\)"));
		assertThat(valueRows("/indicators/national_parks?scope=330100"))
			.anySatisfy(row -> assertThat(row).containsPattern("由园区名录统计：[0-9,]+ 家"));
	}

	@Test
	void anApprovedQuarterlyFigureIsAQuarterlyReportOfItsDistrict() throws Exception {
		// 桐庐县 (330122); other tests' figures of the district may make a rule ask for notes, so every value has one
		Period quarter = calendar.currentQuarter();
		String report = "/api/reports/330122/" + quarter;
		mvc.perform(put(report).with(httpBasic("district-330122", "demo")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": 0, "narrative": "平稳增长。", "values": {
						  "added_value": {"value": 21.5, "note": "核实无误"}, "total_output": {"value": 82, "note": "核实无误"},
						  "gdp": {"value": 230, "note": "核实无误"}, "employment": {"value": 1.2, "note": "核实无误"},
						  "cultural_talents": {"value": 2, "note": "核实无误"}}}
						"""))
			.andExpect(status().isOk());
		mvc.perform(post(report + "/submit").with(httpBasic("district-330122", "demo"))).andExpect(status().isOk());
		assertThat(valueRows("/indicators/employment?scope=330122")).anySatisfy(row -> assertThat(row)
			.contains("季报（待审核）", "桐庐县" + quarter.year() + "年"));
		mvc.perform(post(report + "/approve").with(httpBasic("reviewer", "demo"))).andExpect(status().isOk());
		String quarterZh = "一二三四".charAt(quarter.endQuarter() - 1) + "季度";
		assertThat(valueRows("/indicators/employment?scope=330122")).anySatisfy(row -> assertThat(row)
			.contains("季报（已审核）", "桐庐县" + quarter.year() + "年" + quarterZh + "报表第1版"));
		assertThat(valueRows("/indicators/employment?scope=330122&lang=en")).anySatisfy(row -> assertThat(row)
			.contains("quarterly report (approved)",
					"Q" + quarter.endQuarter() + " " + quarter.year() + " report of Tonglu County, version 1"));
	}

	@Test
	@Transactional
	void aReportValueRecordedBeforeTheCitationsIsCitedLikeANewOne() throws Exception {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values ('cultural_talents', '330106', '2024Q2', 7, 'FINAL', 'report 330106/2024Q2 revision 2', 'reviewer')""")
			.update();
		jdbc.sql(new ClassPathResource("db/migration/figures/V2_6__report_value_citations.sql")
			.getContentAsString(StandardCharsets.UTF_8)).update();
		assertThat(jdbc.sql("""
				select citation_zh || ' / ' || citation_en from figures.indicator_value
				 where indicator_code = 'cultural_talents' and scope_code = '330106' and period = '2024Q2'""")
			.query(String.class).single())
			.isEqualTo("西湖区2024年二季度报表第2版 / Q2 2024 report of Xihu, version 2");
	}

	/** The rows of the indicator page's table of values, each as its cells' text. */
	private List<String> valueRows(String path) throws Exception {
		return Jsoup.parse(page(path)).select("table#values tbody tr").stream().map(Element::text).toList();
	}

	private static void assertClean(String text, String where) {
		assertThat(text).as(where).doesNotContain(TECHNICAL);
	}

	private String page(String path) throws Exception {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	private byte[] bytes(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	/** Every cell of every sheet of the workbook, as text. */
	private static String xlsxText(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				for (Row row : sheet.read()) {
					row.forEach(cell -> text.append(cell == null ? "" : cell.getText()).append('\t'));
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
