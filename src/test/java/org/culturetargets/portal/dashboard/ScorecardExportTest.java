package org.culturetargets.portal.dashboard;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Any scorecard downloads as Excel and CSV, read back here: numbers as numbers, texts never as formulas. */
@PortalTest
class ScorecardExportTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theScorecardAsExcelHasOneRowPerTargetWithNumericCells() throws Exception {
		byte[] xlsx = mvc.perform(get("/scorecard.xlsx").param("plan", "HZ-14FYP").param("asOf", "2021")
				.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("HZ-14FYP-330100-2021.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("指标代码");
			Row addedValue = rows.stream().filter(r -> "added_value".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(addedValue.getCellText(1)).isEqualTo("文化产业增加值");
			assertThat(addedValue.getCell(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(addedValue.getCell(4).asNumber()).isEqualByComparingTo(new BigDecimal("2285"));
			assertThat(addedValue.getCell(9).asNumber()).isEqualByComparingTo(new BigDecimal("2586"));
			assertThat(addedValue.getCellText(20)).isEqualTo("进度正常");
			assertThat(addedValue.getCellText(10)).as("the actual's period in words").isEqualTo("2021年");
			// the digital share of 2021 comes from the demo registry, and the sheet says so
			Row share = rows.stream().filter(r -> "digital_revenue_share".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(rows.get(0).getCellText(12)).isEqualTo("演示数据");
			assertThat(share.getCellText(12)).isEqualTo("是");
			assertThat(addedValue.getCellText(12)).isNotEqualTo("是");
			assertThat(rows).hasSizeGreaterThanOrEqualTo(9);
		}
	}

	@Test
	void theScorecardAsCsvInEnglish() throws Exception {
		byte[] csv = mvc.perform(get("/scorecard.csv").param("plan", "HZ-14FYP").param("asOf", "2021").param("lang", "en")
				.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<List<String>> records = CsvReader.builder().ofCsvRecord(text.substring(1)).stream().map(CsvRecord::getFields)
			.toList();
		assertThat(records.get(0).get(0)).isEqualTo("Indicator code");
		List<String> addedValue = records.stream().filter(r -> r.get(0).equals("added_value")).findFirst().orElseThrow();
		assertThat(addedValue.get(2)).isEqualTo("100 million yuan");
		assertThat(addedValue.get(20)).isEqualTo("On track");
		assertThat(addedValue.get(7)).as("the target as a reader writes it, no trailing zeros")
			.matches("\\d+(\\.\\d*[1-9])?");
		assertThat(records.get(0).get(16)).isEqualTo("Completion (%)");
		assertThat(new BigDecimal(addedValue.get(16))).as("completion in per cent, as on the page")
			.isGreaterThan(BigDecimal.ONE);
	}

	@Test
	void anUnknownFormatIsABadRequest() throws Exception {
		mvc.perform(get("/scorecard.pdfx").with(httpBasic("official", "demo"))).andExpect(status().isBadRequest());
	}

}
