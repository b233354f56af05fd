package org.culturetargets.portal.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells a spreadsheet would run as formulas are neutralised; numbers stay numbers and dates dates (SPEC §5). */
class SheetTest {

	private final Sheet sheet = Sheet.of("values", List.of("note", "value", "=header"),
			List.of(Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("-12.5"), "+1"),
					Arrays.asList("@SUM(A1)", 3, "-2 at start"), Arrays.asList("plain 文本", null, "a=b")));

	private byte[] written(Sheet.Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheet.write(out, format);
		return out.toByteArray();
	}

	@Test
	void excelCellsBeginningWithAFormulaCharacterAreText() throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(written(Sheet.Format.XLSX)))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(2)).isEqualTo("'=header");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("-12.5");
			assertThat(rows.get(1).getCellText(2)).isEqualTo("'+1");
			assertThat(rows.get(2).getCellText(0)).isEqualTo("'@SUM(A1)");
			assertThat(rows.get(2).getCell(1).asNumber()).isEqualByComparingTo("3");
			assertThat(rows.get(2).getCellText(2)).isEqualTo("'-2 at start");
			assertThat(rows.get(3).getCellText(0)).isEqualTo("plain 文本");
			assertThat(rows.get(3).getCellText(2)).isEqualTo("a=b");
		}
	}

	@Test
	void csvCellsAreNeutralisedTheSameWayButNumbersAreNot() throws Exception {
		String text = new String(written(Sheet.Format.CSV), StandardCharsets.UTF_8).substring(1);
		List<List<String>> records = CsvReader.builder().ofCsvRecord(text).stream().map(CsvRecord::getFields).toList();
		assertThat(records.get(0).get(2)).isEqualTo("'=header");
		assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(records.get(1).get(1)).isEqualTo("-12.5");
		assertThat(records.get(2).get(0)).isEqualTo("'@SUM(A1)");
		assertThat(records.get(2).get(2)).isEqualTo("'-2 at start");
		assertThat(records.get(3).get(1)).isEmpty();
	}

	@Test
	void csvIsUtf8WithAByteOrderMarkQuotedOnlyWhereNeededInCrlfLines() {
		assertThat(new String(written(Sheet.Format.CSV), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
				+ "note,value,'=header\r\n"
				+ "\"'=HYPERLINK(\"\"http://x\"\")\",-12.5,'+1\r\n"
				+ "'@SUM(A1),3,'-2 at start\r\n"
				+ "plain 文本,,a=b\r\n");
	}

	private final Sheet dated = Sheet.of("projects", List.of("started", "submitted"),
			List.of(List.of(LocalDate.of(2024, 10, 20), LocalDateTime.of(2026, 3, 1, 10, 0, 3))));

	@Test
	void excelDatesAreDateCellsThatASpreadsheetCanSort() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		dated.write(out, Sheet.Format.XLSX);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
				new ReadingOptions(true, false))) {
			Row row = workbook.getFirstSheet().read().get(1);
			assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCell(0).asDate()).isEqualTo(LocalDateTime.of(2024, 10, 20, 0, 0));
			assertThat(row.getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCell(1).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 0, 3));
			assertThat(row.getCell(1).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
		}
	}

	@Test
	void csvDatesAreIso8601() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		dated.write(out, Sheet.Format.CSV);
		assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\r\n2024-10-20,2026-03-01 10:00:03\r\n");
	}

	@ParameterizedTest
	@EnumSource(Sheet.Format.class)
	void rowsGoOutAsTheyComeNotAllAtTheEnd(Sheet.Format format) throws Exception {
		int count = 20_000;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long[] writtenBeforeLastRow = { 0 };
		Sheet many = new Sheet("many", List.of("n", "name"), each -> {
			for (int i = 1; i <= count; i++) {
				if (i == count) {
					writtenBeforeLastRow[0] = out.size();
				}
				each.accept(List.of(i, "企业 " + Integer.toHexString(i * 7919)));
			}
		});
		many.write(out, format);
		assertThat(writtenBeforeLastRow[0]).isGreaterThan(out.size() / 2);
		if (format == Sheet.Format.XLSX) {
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
				List<Row> rows = workbook.getFirstSheet().read();
				assertThat(rows).hasSize(count + 1);
				assertThat(rows.get(count).getCell(0).asNumber()).isEqualByComparingTo(String.valueOf(count));
			}
		}
	}

}
