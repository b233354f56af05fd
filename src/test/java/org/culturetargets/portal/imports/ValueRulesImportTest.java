package org.culturetargets.portal.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.SqlWrites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.culturetargets.portal.imports.ReferenceRows.serial;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The report validation rules on a values file (issue 14): a hard rule's finding is a row problem (row, column,
 * value, message in the reader's language) in the dry run and refuses the whole file; a soft rule's finding and the
 * notice that no comparison was possible are warnings, shown in the dry run and the result, that do not stop the
 * commit. Each value is judged with the file's other values in place of the stored ones. The test's indicators are
 * its own, so no other test's figures come into the comparisons.
 */
@PortalTest
class ValueRulesImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void rulesOn() {
		jdbc.sql("update reporting.validation_rule set enabled = true").update();
	}

	/** A new indicator of the test's own: a year-to-date flow in 亿元 shown with two decimals, or a stock. */
	String indicator(String nature) {
		String code = "rule_import_" + serial();
		jdbc.sql("""
				insert into plans.indicator (code, name_zh, name_en, unit, direction, nature, path, origin, display_scale)
				values (?, ?, ?, '亿元', 'HIGHER', ?, 'LINEAR', 'REPORTED', 2)
				""").params(code, "规则测试" + code, "Rule test " + code, nature).update();
		SqlWrites.done(context);
		return code;
	}

	/** A share in % of two new flows; its code, then the part's and the whole's. */
	String[] ratio() {
		String part = indicator("FLOW");
		String whole = indicator("FLOW");
		String share = "rule_import_share_" + serial();
		jdbc.sql("""
				insert into plans.indicator (code, name_zh, name_en, unit, direction, nature, path, origin, display_scale,
				                             numerator_code, denominator_code)
				values (?, ?, ?, '%', 'HIGHER', 'STOCK', 'LINEAR', 'REPORTED', 1, ?, ?)
				""").params(share, "占比" + share, "Share " + share, part, whole).update();
		SqlWrites.done(context);
		return new String[] { share, part, whole };
	}

	void stored(String indicator, String area, String period, String value) {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values (?, ?, ?, ?::numeric, 'FINAL', 'test', 'test')""").params(indicator, area, period, value).update();
		SqlWrites.done(context);
	}

	long values(String indicator) {
		return jdbc.sql("select count(*) from figures.indicator_value where indicator_code = ?").param(indicator)
			.query(Long.class).single();
	}

	@Test
	void aHardFindingIsARowProblemOfTheDryRunAndRefusesTheWholeFile() throws Exception {
		String flow = indicator("FLOW");
		// the second quarter's year-to-date below the first's, both in the file
		byte[] file = csv("""
				indicator,area,period,value
				%1$s,330106,2025Q1,100
				%1$s,330106,2025Q2,90
				%1$s,330108,2025Q2,80
				""".formatted(flow));

		mvc.perform(upload("values", true, "ytd.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.problemCount").value(1))
			.andExpect(jsonPath("$.problems", hasSize(1)))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("value"))
			.andExpect(jsonPath("$.problems[0].value").value("90.000000"))
			.andExpect(jsonPath("$.problems[0].rule").value("ytd_decline"))
			.andExpect(jsonPath("$.problems[0].message").value(startsWith("累计数不能回落：规则测试" + flow
					+ "：2025年二季度累计 90.00 亿元，低于2025年一季度累计 100.00 亿元。")));
		mvc.perform(upload("values", true, "ytd.csv", file).param("lang", "en"))
			.andExpect(jsonPath("$.problems[0].message").value(startsWith("Year-to-date cannot fall: Rule test " + flow
					+ ": year-to-date 90.00 100 million yuan for Q2 2025 is below the 100.00 100 million yuan reported for Q1 2025.")));

		mvc.perform(upload("values", false, "ytd.csv", file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].rule").value("ytd_decline"));
		assertThat(values(flow)).isZero();

		// a year-to-date may rise; and a stock may fall
		mvc.perform(upload("values", false, "ytd.csv", csv("indicator,area,period,value\n" + flow + ",330106,2025Q1,100\n"
				+ flow + ",330106,2025Q2,120\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(2))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		String stock = indicator("STOCK");
		mvc.perform(upload("values", true, "stock.csv", csv("indicator,area,period,value\n" + stock + ",330106,2025Q1,100\n"
				+ stock + ",330106,2025Q2,90\n")))
			.andExpect(jsonPath("$.problems", hasSize(0)));
	}

	@Test
	void aStoredQuarterIsComparedAndAHardFindingIsShownOnTheImportPage() throws Exception {
		String flow = indicator("FLOW");
		stored(flow, "330109", "2025Q2", "100");
		String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "q3.csv", "text/csv",
				csv("指标代码,地区代码,期别,数值\n" + flow + ",330109,2025Q3,95\n"))).param("kind", "values")
				.with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(httpBasic("admin", "demo")))
			.andExpect(xpath("//table[@id='problems']/tbody/tr[@data-rule='ytd_decline']/td[1]").string("2"))
			.andExpect(xpath("//table[@id='problems']/tbody/tr[@data-rule='ytd_decline']/td[2]").string("数值"))
			.andExpect(xpath("//table[@id='problems']/tbody/tr[@data-rule='ytd_decline']/td[4]")
				.string(containsString("2025年三季度累计 95.00 亿元，低于2025年二季度累计 100.00 亿元")))
			.andExpect(xpath("//button[@id='commit-button']").doesNotExist());
	}

	@Test
	void aSoftFindingIsAWarningInTheDryRunAndTheResultAndDoesNotStopTheCommit() throws Exception {
		String flow = indicator("FLOW");
		stored(flow, "330113", "2024Q3", "100");
		byte[] file = csv("indicator,area,period,value,note\n" + flow + ",330113,2025Q3,260,新园区入统\n");

		mvc.perform(upload("values", true, "yoy.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.warningCount").value(1))
			.andExpect(jsonPath("$.warnings[0].row").value(2))
			.andExpect(jsonPath("$.warnings[0].column").value("value"))
			.andExpect(jsonPath("$.warnings[0].value").value("260.000000"))
			.andExpect(jsonPath("$.warnings[0].rule").value("year_on_year"))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("变化 160.0%，超过 ±50%")));
		assertThat(values(flow)).isEqualTo(1);

		mvc.perform(upload("values", false, "yoy.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1))
			.andExpect(jsonPath("$.warnings[0].rule").value("year_on_year"));
		assertThat(values(flow)).isEqualTo(2);

		// within the threshold: nothing
		mvc.perform(upload("values", true, "yoy.csv", csv("indicator,area,period,value\n" + flow + ",330113,2025Q3,140\n")))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void withNothingToCompareTheWarningSaysSoAndTheQuarterBeforeGivesAPace() throws Exception {
		String stock = indicator("STOCK");
		mvc.perform(upload("values", true, "first.csv", csv("indicator,area,period,value\n" + stock + ",330110,2025Q3,8\n"))
				.param("lang", "en"))
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].rule").value("year_on_year"))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("no comparison possible")));
		// the quarter before, from the file itself: the pace stands in for last year
		mvc.perform(upload("values", true, "two.csv", csv("indicator,area,period,value\n" + stock + ",330110,2025Q2,6\n"
				+ stock + ",330110,2025Q3,10\n")))
			.andExpect(jsonPath("$.warnings", hasSize(2)))
			.andExpect(jsonPath("$.warnings[0].row").value(2))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("无法比较")))
			.andExpect(jsonPath("$.warnings[1].row").value(3))
			.andExpect(jsonPath("$.warnings[1].message").value(containsString("没有上年同期数；按2025年二季度的进度推算本期约为 6.00 亿元")));
	}

	@Test
	void aDistrictFarFromTheFilesOtherDistrictsIsAWarning() throws Exception {
		String flow = indicator("FLOW");
		StringBuilder file = new StringBuilder("indicator,area,period,value\n");
		String[][] rows = { { "330102", "140" }, { "330105", "144.6" }, { "330106", "150" }, { "330108", "155" },
				{ "330109", "130" }, { "330110", "260" } };
		for (String[] row : rows) {
			file.append(flow).append(',').append(row[0]).append(",2025Q3,").append(row[1]).append('\n');
			stored(flow, row[0], "2024Q3", row[1]);
		}
		mvc.perform(upload("values", true, "districts.csv", csv(file.toString())))
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].row").value(7))
			.andExpect(jsonPath("$.warnings[0].rule").value("district_outlier"))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString("其他 5 个区县同期中位数为 144.60 亿元")));
		// the city is no district: it is not compared with them
		stored(flow, "330100", "2024Q3", "2000");
		mvc.perform(upload("values", true, "city.csv", csv("indicator,area,period,value\n" + flow + ",330100,2025Q3,2100\n")))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void aRatiosPartsAreCheckedWithinTheFileAndAgainstTheStoredOnes() throws Exception {
		String[] r = ratio();
		String share = r[0];
		String part = r[1];
		String whole = r[2];
		String header = "indicator,area,period,value\n";
		// a part above its whole refuses the file
		mvc.perform(upload("values", false, "parts.csv", csv(header + part + ",330108,2025,950\n" + whole + ",330108,2025,900\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems", hasSize(1)))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].rule").value("ratio_parts"));
		// a ratio that disagrees with its parts in the file is a warning on the ratio's row
		mvc.perform(upload("values", true, "ratio.csv", csv(header + share + ",330108,2025,17\n" + part
				+ ",330108,2025,144.6\n" + whole + ",330108,2025,900\n")))
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andExpect(jsonPath("$.warnings[0].row").value(2))
			.andExpect(jsonPath("$.warnings[0].rule").value("ratio_derived"))
			.andExpect(jsonPath("$.warnings[0].message").value(containsString(
					"占比" + share + "填报 17.0 %，而由规则测试" + part + " 144.60 亿元 和规则测试" + whole
							+ " 900.00 亿元 算得 16.067 %，相差 0.933 个百分点，超过 0.1 个百分点")));
		mvc.perform(upload("values", true, "ratio.csv", csv(header + share + ",330108,2025,16.1\n" + part
				+ ",330108,2025,144.6\n" + whole + ",330108,2025,900\n")))
			.andExpect(jsonPath("$.warnings[?(@.rule == 'ratio_derived')]").isEmpty());

		// the parts stored: a ratio alone is compared with them, and a new whole below the stored part is refused
		stored(part, "330109", "2025", "144.6");
		stored(whole, "330109", "2025", "900");
		mvc.perform(upload("values", true, "share.csv", csv(header + share + ",330109,2025,30\n")))
			.andExpect(jsonPath("$.warnings[0].row").value(2))
			.andExpect(jsonPath("$.warnings[0].rule").value("ratio_derived"));
		mvc.perform(upload("values", true, "whole.csv", csv(header + whole + ",330109,2025,100\n")))
			.andExpect(jsonPath("$.problems", hasSize(1)))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].rule").value("ratio_parts"));
	}

	@Test
	void aRuleSwitchedOnBetweenTheDryRunAndTheCommitStopsTheCommit() throws Exception {
		String flow = indicator("FLOW");
		jdbc.sql("update reporting.validation_rule set enabled = false where code in ('ytd_decline', 'year_on_year')")
			.update();
		String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "late.csv", "text/csv",
				csv("indicator,area,period,value\n" + flow + ",330111,2025Q1,100\n" + flow + ",330111,2025Q2,90\n")))
				.param("kind", "values").with(httpBasic("admin", "demo")).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(httpBasic("admin", "demo")))
			.andExpect(xpath("//button[@id='commit-button']").exists())
			.andExpect(xpath("//table[@id='warnings']").doesNotExist());

		jdbc.sql("update reporting.validation_rule set enabled = true").update();
		mvc.perform(post(location + "/commit").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", containsString("提交前复核发现新问题")));
		mvc.perform(get(location).with(httpBasic("admin", "demo")))
			.andExpect(xpath("//table[@id='problems']/tbody/tr[@data-rule='ytd_decline']").exists())
			.andExpect(xpath("//table[@id='warnings']/tbody/tr[@data-rule='year_on_year']").exists())
			.andExpect(xpath("//div[@id='count-warnings']").string("2"));
		assertThat(values(flow)).isZero();
	}

}
