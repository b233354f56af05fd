package org.culturetargets.portal.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table to download as CSV or Excel: texts and numbers ({@link BigDecimal}, {@link Number}); null is an empty
 * cell. Numbers stay numbers (numeric cells in Excel). A text that a spreadsheet would read as a formula (starting
 * with {@code = + - @}, or a tab or carriage return) is neutralised with a leading apostrophe (SPEC §5), so a
 * source note can never run as a formula on an official's machine.
 */
record Sheet(String name, List<String> header, List<List<Object>> rows) {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	/** The text as a spreadsheet should show it, never as a formula. */
	static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

	/** UTF-8 with a byte-order mark, so Excel on Chinese Windows opens the Chinese text correctly. */
	byte[] csv() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\uFEFF');
			printer.printRecord(header.stream().map(Sheet::neutralised).toList());
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(Sheet::csvCell).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	byte[] xlsx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Culture Targets", "1.0");
			Worksheet sheet = workbook.newWorksheet(name);
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, neutralised(header.get(c)));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object cell = row.get(c);
					if (cell instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (cell != null) {
						sheet.value(r + 1, c, neutralised(cell.toString()));
					}
				}
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	ResponseEntity<byte[]> download(String fileName, String format) {
		return switch (format) {
			case "csv" -> attachment(fileName + ".csv", CSV, csv());
			case "xlsx" -> attachment(fileName + ".xlsx", XLSX, xlsx());
			default -> throw new IllegalArgumentException("no download format '" + format + "' (expected csv or xlsx)");
		};
	}

	static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		return ResponseEntity.ok().headers(headers).body(body);
	}

	private static Object csvCell(Object cell) {
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return cell instanceof Number || cell == null ? cell : neutralised(cell.toString());
	}

}
