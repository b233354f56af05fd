package org.culturetargets.portal.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.support.Downloads.csv;
import static org.culturetargets.portal.support.Downloads.xlsx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The completeness board downloads as CSV and Excel: one row per district, as the board shows it. */
@PortalTest
class CompletenessExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardAsCsvHasOneRowPerDistrictWithItsStatusAndDueDate() throws Exception {
		Period quarter = calendar.currentQuarter();
		List<List<String>> records = csv(mvc, get("/reports/completeness").param("format", "csv")
			.with(httpBasic("official", "demo")));
		assertThat(records.get(0)).containsExactly("地区代码", "区县", "状态", "修订版次", "提交时间", "截止日", "是否逾期",
				"是否逾期提交", "演示数据");
		assertThat(records).hasSize(1 + 13);
		List<String> qiantang = records.stream().filter(r -> r.get(0).equals("330114")).findFirst().orElseThrow();
		assertThat(qiantang.get(1)).isEqualTo("钱塘区");
		assertThat(qiantang.get(5)).isEqualTo(calendar.dueDate(quarter).toString());
		assertThat(qiantang.get(6)).isEqualTo(calendar.isLate(quarter, null) ? "是" : "否");
		// each district's status as the board shows it
		for (List<String> row : records.subList(1, records.size())) {
			String status = jdbc.sql("""
					select status from reporting.report where area_code = ? and period = ? order by revision desc limit 1
					""").params(row.get(0), quarter.toString()).query(String.class).optional().orElse("NEW");
			mvc.perform(get("/reports/completeness").with(httpBasic("official", "demo")))
				.andExpect(xpath("//tr[@data-area='" + row.get(0) + "']/@data-status")
					.string("NEW".equals(status) ? "NONE" : status));
			assertThat(row.get(2)).isEqualTo(switch (status) {
				case "NEW" -> "未填报";
				case "DRAFT" -> "草稿";
				case "SUBMITTED" -> "已提交待审核";
				case "RETURNED" -> "已退回";
				default -> "已审核通过";
			});
		}
	}

	@Test
	void theBoardOfAnEarlierQuarterAsExcelInEnglish() throws Exception {
		List<Row> rows = xlsx(mvc, get("/reports/completeness").param("format", "xlsx").param("period", "2024Q3")
			.param("lang", "en")
			.with(httpBasic("reviewer", "demo")));
		assertThat(rows.get(0).getCellText(0)).isEqualTo("area");
		assertThat(rows).hasSize(1 + 13);
		Row row = rows.stream().filter(r -> "330114".equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.getCell(5).asDate()).isEqualTo(LocalDate.of(2024, 10, 20).atStartOfDay());
		assertThat(row.getCellText(6)).isEqualTo("Y");
		byte[] workbook = mvc.perform(get("/reports/completeness").param("format", "xlsx").param("period", "2024Q3")
				.param("lang", "en").with(httpBasic("reviewer", "demo")))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook sheets = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			assertThat(sheets.getFirstSheet().getName()).as("the quarter in words").isEqualTo("Q3 2024");
		}
	}

	@Test
	@Transactional
	void aReportedDistrictHasItsRevisionAsANumberAndItsSubmissionAsATimeInExcel() throws Exception {
		jdbc.sql("""
				insert into reporting.report (area_code, period, revision, status, created_by, changed_by, submitted_by,
				                              submitted_at)
				values ('330114', '2019Q1', 2, 'SUBMITTED', 'district-330114', 'district-330114', 'district-330114',
				        timestamp with time zone '2019-04-10 09:30:15+08')
				""").update();
		Row row = xlsx(mvc, get("/reports/completeness").param("format", "xlsx").param("period", "2019Q1")
			.with(httpBasic("reviewer", "demo"))).stream().filter(r -> "330114".equals(r.getCellText(0)))
			.findFirst()
			.orElseThrow();
		assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("2");
		assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
		// in Beijing time, as the board shows it
		assertThat(row.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2019, 4, 10, 9, 30, 15));
	}

	@Test
	void theDownloadLinksKeepTheQuarter() throws Exception {
		mvc.perform(get("/reports/completeness").param("period", "2024Q3").with(httpBasic("official", "demo")))
			.andExpect(xpath("//a[@id='download-xlsx']/@href").string("/reports/completeness?period=2024Q3&format=xlsx"))
			.andExpect(xpath("//a[@id='download-csv']/@href").string("/reports/completeness?period=2024Q3&format=csv"));
	}

	@Test
	@Transactional
	void aDistrictNameThatLooksLikeAFormulaIsNeutralised() throws Exception {
		jdbc.sql("update plans.scope set name_zh = '=1+1', name_en = '@SUM(A1)' where code = '330114'").update();
		List<String> csvRow = csv(mvc, get("/reports/completeness").param("format", "csv").with(httpBasic("official", "demo")))
			.stream().filter(r -> r.get(0).equals("330114")).findFirst().orElseThrow();
		assertThat(csvRow.get(1)).isEqualTo("'=1+1");
		Row xlsxRow = xlsx(mvc, get("/reports/completeness").param("format", "xlsx").param("lang", "en")
			.with(httpBasic("official", "demo"))).stream().filter(r -> "330114".equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(xlsxRow.getCellText(1)).isEqualTo("'@SUM(A1)");
		assertThat(xlsxRow.getCell(1).getType()).isEqualTo(CellType.STRING);
	}

}
