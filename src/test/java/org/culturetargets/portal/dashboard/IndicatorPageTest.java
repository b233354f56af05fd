package org.culturetargets.portal.dashboard;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The indicator page: the chart's target path and projection, provisional values flagged, the districts ranked,
 * drawn as bars and as a tile map, and the values downloaded. District values are written for each test and rolled
 * back after it (MockMvc runs in the test's transaction).
 */
@PortalTest
@Transactional
class IndicatorPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void districtValues() {
		value("330106", "2025", "420", "FINAL", "西湖区统计公报");
		value("330102", "2025", "510.5", "PROVISIONAL", "上城区快报");
		value("330127", "2025", "12", "FINAL", "=cmd|' /C calc'!A0");
		value("330100", "2024", "3400", "PROVISIONAL", "test quick estimate");
	}

	private void value(String scope, String period, String value, String status, String source) {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values ('added_value', :scope, :period, cast(:value as numeric), :status, :source, 'test')""")
			.param("scope", scope).param("period", period).param("value", value).param("status", status)
			.param("source", source)
			.update();
	}

	@Test
	void theChartCarriesTheTargetPathYearByYearTheProjectionAndProvisionalValues() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//div[@id='indicator-chart']/@data-chart").string(allOf(
					// the compound path of the 14th plan at 2021, as the scorecard's E
					containsString("[\"2021\",2412.87]"),
					containsString("\"projections\":[{"),
					containsString("[\"2024\",3400.000000,true]"),
					containsString("[\"2023\",3211.000000,false]"))))
			.andExpect(xpath("//div[@id='indicator-chart']/@aria-label").string(containsString("表格")));
	}

	@Test
	void theDistrictsAreRankedBestFirstWithTheirSources() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			// 余杭区 2075 (published) > 上城区 510.5 > 西湖区 420 > 淳安县 12; the others have no 2025 value
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[1]/@data-district").string("330110"))
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[2]/@data-district").string("330102"))
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[2]/td[1]").string("2"))
			// no district has a target on it: no status column (issue 13), and who has a value is said
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[2]").string(
					allOf(containsString("快报"), not(containsString("未设目标")))))
			.andExpect(xpath("count(//table[@id='comparison-table']/thead//th)").number(4.0))
			.andExpect(xpath("//p[@id='comparison-coverage']").string(allOf(containsString("2025"),
					containsString("13个区、县（市）中4个有数值"), containsString("余杭区、上城区、西湖区、淳安县"))))
			.andExpect(xpath("//p[@id='comparison-no-targets']").exists())
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[3]/@data-district").string("330106"))
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[4]/@data-district").string("330127"))
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[5]/td[1]").string("—"))
			.andExpect(xpath("count(//table[@id='comparison-table']/tbody/tr)").number(13.0))
			.andExpect(xpath("//table[@id='comparison-table']/caption").string(containsString("2025")))
			.andExpect(xpath("//div[@id='comparison-chart']/@data-comparison").string(
					allOf(containsString("余杭区"), containsString("510.50"), not(containsString("桐庐县")))));
	}

	@Test
	void theTileMapPlacesEveryDistrictWithItsNameValueAndStatusInWords() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(xpath("count(//div[@id='tile-map']//*[local-name()='a'][@data-code])").number(13.0))
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330110']").string(
					allOf(containsString("余杭区"), containsString("2,075.00"), containsString("未设目标"))))
			// the largest value in the darkest shade, the smallest in the lightest, no value dashed
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330110']/*[local-name()='rect']/@class")
				.string(containsString("bin-4")))
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330127']/*[local-name()='rect']/@class")
				.string(containsString("bin-0")))
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330122']/*[local-name()='rect']/@class")
				.string(containsString("bin--1")))
			// 淳安 south-west of 余杭: further down and further left
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330127']/*[local-name()='rect']/@y")
				.string("312"))
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330110']/*[local-name()='rect']/@y")
				.string("0"))
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330127']/@data-groups")
				.string("western-districts"))
			.andExpect(xpath("//div[@id='tile-map']//select/option[@value='western-districts']").exists())
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330127']/@href")
				.string("/indicators/added_value?scope=330127"));
	}

	@Test
	void aDistrictsPageMarksItselfAmongTheOthers() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330106").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//table[@id='comparison-table']/tbody/tr[@data-district='330106']/@class").string(
					containsString("table-active")))
			.andExpect(xpath("//div[@id='tile-map']//*[local-name()='a'][@data-code='330106']/*[local-name()='rect']/@class")
				.string(containsString("current")));
	}

	@Test
	void aGroupHasNoDistrictComparison() throws Exception {
		mvc.perform(get("/indicators/total_output").param("scope", "belt-zhijiang").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//section[@id='districts']").doesNotExist());
	}

	@Test
	void englishNamesAndUnits() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(content().string(allOf(containsString("Districts compared"), containsString("Yuhang"),
					containsString("100 million yuan"))));
	}

	@Test
	void theValuesDownloadAsExcelWithNumbersAndNeutralisedSources() throws Exception {
		byte[] xlsx = mvc.perform(get("/indicators/added_value/values.xlsx").param("scope", "330127")
				.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(2)).isEqualTo("2025年");
			assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.NUMBER);
			assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("12");
			assertThat(rows.get(1).getCellText(8)).isEqualTo("'=cmd|' /C calc'!A0");
		}
		mvc.perform(get("/indicators/added_value/values.csv").param("scope", "330127").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025年,12,亿元,年报,否,,'=cmd|' /C calc'!A0")));
	}

	@Test
	void theValuesDownloadWritesPeriodsInTheReadersWords() throws Exception {
		value("330127", "2025Q3", "9", "FINAL", "区统计局");
		mvc.perform(get("/indicators/added_value/values.csv").param("scope", "330127").with(httpBasic("official", "demo")))
			.andExpect(content().string(allOf(containsString("2025年1—9月（累计）,9,"), not(containsString("2025Q3")))));
		mvc.perform(get("/indicators/added_value/values.csv").param("scope", "330127").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(content().string(allOf(containsString("Jan–Sep 2025 (year to date),9,"),
					not(containsString("2025Q3")))));
	}

}
