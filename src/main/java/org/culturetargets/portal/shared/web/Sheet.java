package org.culturetargets.portal.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A table to download as CSV or Excel: texts, numbers ({@link BigDecimal}, {@link Number}), dates
 * ({@link LocalDate}) and times ({@link LocalDateTime}, already in the zone the reader's pages use); null is an empty
 * cell. Numbers stay numbers and dates stay dates (numeric cells with a date format in Excel, ISO 8601 text in CSV),
 * so a spreadsheet can sum, sort and filter them. A text that a spreadsheet would read as a formula (starting
 * with {@code = + - @}, or a tab or carriage return) is neutralised with a leading apostrophe (SPEC §5), so a
 * source note can never run as a formula on an official's machine. Rows are written as they come, so a list of a
 * hundred thousand enterprises goes from the database cursor to the response without being held in memory.
 */
public record Sheet(String name, List<String> header, Sheet.Rows rows) {

	/** Rows handed over one at a time: a list's {@code forEach}, or a read that streams from the database. */
	@FunctionalInterface
	public interface Rows {

		void forEach(Consumer<? super List<?>> row);

	}

	public enum Format {

		CSV(MediaType.parseMediaType("text/csv;charset=UTF-8")),
		XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

		private final MediaType type;

		Format(MediaType type) {
			this.type = type;
		}

		public String extension() {
			return name().toLowerCase();
		}

		/** {@code csv} or {@code xlsx}, as in a download's URL. */
		public static Format of(String extension) {
			return Arrays.stream(values())
				.filter(f -> f.extension().equals(extension))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"no download format '" + extension + "' (expected csv or xlsx)"));
		}

	}

	/** Excel writes the rows it holds to the stream every so many rows. */
	private static final int FLUSH_EVERY = 1000;

	/** ISO 8601 with a space for the {@code T}, as Excel reads a time in CSV and as the pages show it. */
	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String EXCEL_DATE = "yyyy-mm-dd";

	private static final String EXCEL_TIME = "yyyy-mm-dd hh:mm:ss";

	public static Sheet of(String name, List<String> header, List<? extends List<?>> rows) {
		return new Sheet(name, header, rows::forEach);
	}

	/** The text as a spreadsheet should show it, never as a formula. */
	public static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

	/**
	 * Sends the sheet as {@code fileName.csv} or {@code fileName.xlsx}. A failure before anything went out (a bad
	 * filter, found when the rows are read) resets the response, so the user sees the error page, not a broken file.
	 */
	public void download(String fileName, String format, HttpServletResponse response) throws IOException {
		Format chosen = Format.of(format);
		response.setContentType(chosen.type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(fileName + "." + chosen.extension(), StandardCharsets.UTF_8)
			.build()
			.toString());
		try {
			write(response.getOutputStream(), chosen);
		}
		catch (RuntimeException e) {
			if (!response.isCommitted()) {
				response.reset();
			}
			throw e;
		}
	}

	/** Writes the sheet to {@code out}, which stays open: it belongs to the caller. */
	public void write(OutputStream out, Format format) {
		try {
			if (format == Format.CSV) {
				csv(out);
			}
			else {
				xlsx(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * UTF-8 with a byte-order mark, so Excel on Chinese Windows opens the Chinese text correctly; lines end in CRLF
	 * (RFC 4180).
	 */
	private void csv(OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord(header.stream().map(Sheet::neutralised).toList());
		rows.forEach(row -> csv.writeRecord(row.stream().map(Sheet::csvCell).toList()));
		csv.flush();
	}

	private void xlsx(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Culture Targets", "1.0");
		Worksheet sheet = workbook.newWorksheet(name);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, neutralised(header.get(c)));
			sheet.style(0, c).bold().set();
		}
		int[] next = { 1 };
		rows.forEach(row -> {
			int r = next[0]++;
			for (int c = 0; c < row.size(); c++) {
				Object cell = row.get(c);
				if (cell instanceof Number number) {
					sheet.value(r, c, number);
				}
				else if (cell instanceof LocalDate date) {
					sheet.value(r, c, date);
					sheet.style(r, c).format(EXCEL_DATE).set();
				}
				else if (cell instanceof LocalDateTime time) {
					sheet.value(r, c, time);
					sheet.style(r, c).format(EXCEL_TIME).set();
				}
				else if (cell != null) {
					sheet.value(r, c, neutralised(cell.toString()));
				}
			}
			if (r % FLUSH_EVERY == 0) {
				try {
					sheet.flush();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		});
		workbook.finish();
	}

	private static String csvCell(Object cell) {
		if (cell instanceof BigDecimal decimal) {
			// stored at the column's scale (2285.000000): a reader wants the number, as the page shows it
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (cell instanceof Number || cell instanceof LocalDate) {
			return cell.toString();
		}
		if (cell instanceof LocalDateTime time) {
			return CSV_TIME.format(time);
		}
		return cell == null ? null : neutralised(cell.toString());
	}

}
