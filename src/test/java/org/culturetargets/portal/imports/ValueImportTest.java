package org.culturetargets.portal.imports;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.csv;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.culturetargets.portal.imports.ReferenceRows.newIndicator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Indicator values through the import API (SPEC §9 {@code values}): the dry run changes nothing, the commit stores
 * every row with its source, the same file again changes nothing, a changed value keeps its old one in the change
 * log, and every problem is named by row, column and value.
 */
@PortalTest
class ValueImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long values(String indicator) {
		return jdbc.sql("select count(*) from figures.indicator_value where indicator_code = ?").param(indicator)
			.query(Long.class).single();
	}

	private static long importId(String body) {
		return Long.parseLong(body.replaceAll(".*\"importId\":(\\d+).*", "$1"));
	}

	@Test
	void aDryRunChangesNothingTheCommitStoresEveryValueWithItsSourceAndTheSameFileAgainNothing() throws Exception {
		String indicator = newIndicator(jdbc, "亿元");
		byte[] file = csv("""
				indicator,area,period,value,status,note,source
				%1$s,330106,2024,120.5,final,,杭州统计年鉴 2025 表 3-2
				%1$s,330106,2025Q2,60,provisional,上半年快报,
				%1$s,western-districts,2024,33,,,
				""".formatted(indicator));

		mvc.perform(upload("values", true, "values.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("values"))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.accepted").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(values(indicator)).isZero();

		String body = mvc.perform(upload("values", false, "values.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andReturn().getResponse().getContentAsString();
		long importId = importId(body);
		assertThat(values(indicator)).isEqualTo(3);
		assertThat(jdbc.sql("select string_agg(distinct recorded_by, ',') from figures.indicator_value where indicator_code = ?")
			.param(indicator).query(String.class).single()).isEqualTo("import #" + importId);

		mvc.perform(get("/api/indicators/{code}/series", indicator).param("scope", "330106").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values", hasSize(2)))
			.andExpect(jsonPath("$.values[?(@.period == '2024')].value").value(120.5))
			.andExpect(jsonPath("$.values[?(@.period == '2024')].status").value("final"))
			.andExpect(jsonPath("$.values[?(@.period == '2024')].source").value("杭州统计年鉴 2025 表 3-2"))
			.andExpect(jsonPath("$.values[?(@.period == '2025Q2')].status").value("provisional"))
			.andExpect(jsonPath("$.values[?(@.period == '2025Q2')].note").value("上半年快报"))
			.andExpect(jsonPath("$.values[?(@.period == '2025Q2')].source")
				.value("import #" + importId + " values.csv row 3"));
		mvc.perform(get("/api/indicators/{code}/series", indicator).param("scope", "western-districts")
				.with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.values[0].status").value("final"))
			.andExpect(jsonPath("$.values[0].source").value("import #" + importId + " values.csv row 4"));

		String again = mvc.perform(upload("values", false, "values.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(3))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("select count(*) from imports.change where import_id = ?").param(importId(again))
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select source from figures.indicator_value where indicator_code = ? and period = '2025Q2'")
			.param(indicator).query(String.class).single()).isEqualTo("import #" + importId + " values.csv row 3");
	}

	@Test
	void aValueWithoutASourceIsCitedByTheImportAndItsRowNotByTheFile() throws Exception {
		String indicator = newIndicator(jdbc, "亿元");
		String body = mvc.perform(upload("values", false, "区县报送.csv", csv("""
				indicator,area,period,value,status
				%1$s,330106,2024,120.5,final
				""".formatted(indicator))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(1))
			.andReturn().getResponse().getContentAsString();
		long importId = importId(body);
		assertThat(jdbc.sql("""
				select citation_zh || ' | ' || citation_en from figures.indicator_value where indicator_code = ?
				""").param(indicator).query(String.class).single())
			.isEqualTo("数据导入第%1$d批第2行 | Import no. %1$d, row 2".formatted(importId));
		for (String lang : new String[] { "zh", "en" }) {
			mvc.perform(get("/indicators/{code}", indicator).param("scope", "330106").param("lang", lang)
					.with(httpBasic("official", "demo")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(lang.equals("zh") ? "数据导入第" + importId + "批第2行"
						: "Import no. " + importId + ", row 2")))
				.andExpect(content().string(not(containsString("区县报送.csv"))))
				.andExpect(content().string(not(containsString("import #"))));
		}
	}

	@Test
	void aChangedValueIsUpdatedWithItsOldValueInTheChangeLogAndAFinalValueKeepsTheProvisionalOne() throws Exception {
		String indicator = newIndicator(jdbc, "万元");
		mvc.perform(upload("values", false, "v1.csv", csv("indicator,area,period,value,status\n"
				+ indicator + ",330108,2025,100,provisional\n")))
			.andExpect(status().isOk());
		String body = mvc.perform(upload("values", false, "v2.csv", csv("indicator,area,period,value,status,source\n"
				+ indicator + ",330108,2025,110,快报,区统计局更正\n"
				+ indicator + ",330108,2025,112,年报,年报\n")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.changed").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("""
				select before->>'value' || ' -> ' || (after->>'value') || ' ' || (after->>'source')
				from imports.change where import_id = ? and before is not null""")
			.param(importId(body)).query(String.class).single()).isEqualTo("100.000000 -> 110.000000 区统计局更正");
		assertThat(jdbc.sql("""
				select string_agg(status || '=' || value::numeric(10, 0), ' ' order by status)
				from figures.indicator_value where indicator_code = ?""").param(indicator).query(String.class).single())
			.isEqualTo("FINAL=112 PROVISIONAL=110");
	}

	@Test
	void chineseHeadersAndAreaNamesAreRead() throws Exception {
		String indicator = newIndicator(jdbc, "个");
		byte[] file = csv("""
				杭州市文化产业指标数据,,,,
				指标代码,地区代码,期别,数值,数据状态,备注,来源
				%1$s,西湖区,2024年,12,年报,,
				%1$s, Binjiang ,2024年第3季度,"1,234",快报,,
				""".formatted(indicator));
		mvc.perform(upload("values", false, "指标数据.csv", file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(2));
		assertThat(jdbc.sql("""
				select string_agg(scope_code || ' ' || period || ' ' || status || ' ' || value::numeric(10, 0), ', ' order by scope_code)
				from figures.indicator_value where indicator_code = ?""").param(indicator).query(String.class).single())
			.isEqualTo("330106 2024 FINAL 12, 330108 2024Q3 PROVISIONAL 1234");
	}

	@Test
	void everyProblemIsListedWithItsRowColumnAndValueAndNothingIsStored() throws Exception {
		String share = newIndicator(jdbc, "%");
		byte[] file = csv("""
				指标代码,地区代码,期别,数值,数据状态
				%1$s,330106,2024,55.5,final
				no_such_indicator,330106,2024,1,final
				%1$s,330106,2023,100.5,final
				%1$s,330106,2022,-1,final
				%1$s,330106,2024,56,
				%1$s,nowhere,2024Q5,1.1234567,maybe
				""".formatted(share));
		mvc.perform(upload("values", false, "bad.csv", file).param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows").value(6))
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.committed").value(0))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("指标代码"))
			.andExpect(jsonPath("$.problems[0].value").value("no_such_indicator"))
			.andExpect(jsonPath("$.problems[0].message").value("not a known indicator code; add the indicator first"))
			.andExpect(jsonPath("$.problems[1].row").value(4))
			.andExpect(jsonPath("$.problems[1].column").value("数值"))
			.andExpect(jsonPath("$.problems[1].value").value("100.500000"))
			.andExpect(jsonPath("$.problems[1].message").value("the value of a share in % must be between 0 and 100"))
			.andExpect(jsonPath("$.problems[2].row").value(5))
			.andExpect(jsonPath("$.problems[2].message").value("the value of a share in % must be between 0 and 100"))
			.andExpect(jsonPath("$.problems[3].row").value(6))
			.andExpect(jsonPath("$.problems[3].column").value("期别"))
			.andExpect(jsonPath("$.problems[3].message").value("same as row 2"))
			.andExpect(jsonPath("$.problems[4].row").value(7))
			.andExpect(jsonPath("$.problems[4].column").value("地区代码"))
			.andExpect(jsonPath("$.problems[4].message").value("not a known area or group (code or name)"))
			.andExpect(jsonPath("$.problems[5].column").value("期别"))
			.andExpect(jsonPath("$.problems[5].message").value("must be a year or a quarter, e.g. 2025 or 2025Q3"))
			.andExpect(jsonPath("$.problems[6].column").value("数值"))
			.andExpect(jsonPath("$.problems[6].message").value("at most 14 digits before the decimal point and 6 after it"))
			.andExpect(jsonPath("$.problems[7].column").value("数据状态"))
			.andExpect(jsonPath("$.problems[7].message").value("must be one of: PROVISIONAL / FINAL"))
			.andExpect(jsonPath("$.problems", hasSize(8)));
		assertThat(values(share)).isZero();
	}

	@Test
	void aValueWithANewSourceIsCitedByItAndNoLongerByTheOldWords() throws Exception {
		String indicator = newIndicator(jdbc, "亿元");
		String file = "indicator,area,period,value,status,note,source\n%1$s,330106,2024,120.5,final,,%2$s\n";
		mvc.perform(upload("values", false, "values.csv", csv(file.formatted(indicator, "杭州日报 2025-08-04"))))
			.andExpect(status().isOk());
		jdbc.sql("update figures.indicator_value set citation_zh = '《杭州日报》2025年8月4日', citation_en = 'Hangzhou Daily' "
				+ "where indicator_code = ?").param(indicator).update();

		mvc.perform(upload("values", false, "values.csv", csv(file.formatted(indicator, "杭州日报 2025-08-04")
				.replace("120.5", "121")))).andExpect(status().isOk());
		assertThat(citation(indicator)).isEqualTo("《杭州日报》2025年8月4日 | Hangzhou Daily");

		mvc.perform(upload("values", false, "values.csv", csv(file.formatted(indicator, "杭州统计年鉴 2025 表 3-2"))))
			.andExpect(status().isOk());
		assertThat(citation(indicator)).isEqualTo("null | null");
	}

	private String citation(String indicator) {
		return jdbc.sql("select concat_ws(' | ', coalesce(citation_zh, 'null'), coalesce(citation_en, 'null')) "
				+ "from figures.indicator_value where indicator_code = ?").param(indicator).query(String.class).single();
	}

}
