package org.culturetargets.portal.bench;

import static org.culturetargets.portal.bench.BenchEnterprises.log;
import static org.culturetargets.portal.bench.BenchEnterprises.seconds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.domain.ImportService;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.imports.read.UnreadableFile;
import org.culturetargets.portal.imports.read.XlsxFiles;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7's goal: an XLSX import of a million rows with a heap that does not grow with the file. One run imports
 * one generated {@code enterprise-figures} workbook ({@code -Dbench.rows}) in a JVM of a fixed heap
 * ({@code -DargLine=-Xmx…}) and prints the live heap it needed; {@code bench/xlsx-import.sh} runs it for 100,000
 * and 1,000,000 rows, each in its own JVM, and compares. {@code -Dbench.strings=inline} (the default) writes the
 * text cells as inline strings; {@code shared} writes them as shared strings, as Excel itself does.
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class XlsxImportBenchmark {

	private static final int ROWS = Integer.getInteger("bench.rows", 100_000);

	private static final boolean SHARED_STRINGS = "shared".equals(System.getProperty("bench.strings", "inline"));

	private static final int QUARTERS = 12;

	private static final double MB = 1024 * 1024;

	private static final long HUGE_CELL = 250_000_000;

	@Autowired
	ImportService imports;

	@Autowired
	DataSource dataSource;

	@Test
	void importWithinAFixedHeap() throws Exception {
		int enterprises = ROWS / QUARTERS;
		Path file = Files.createTempFile("bench-figures-", ".xlsx");
		long started = System.nanoTime();
		writeWorkbook(file, enterprises);
		BenchEnterprises.register(dataSource, 0, enterprises);
		String strings = SHARED_STRINGS ? "shared strings" : "inline strings";
		log("xlsx: generated %,d rows (%,d enterprises × %d quarters, %s, %.1f MB) in %.1f s", enterprises * QUARTERS,
				enterprises, QUARTERS, strings, Files.size(file) / 1e6, seconds(started));

		long before = LiveHeap.liveNow();
		ImportView record;
		double took;
		long peakLive;
		long peakOwn;
		long forced;
		try (LiveHeap heap = LiveHeap.watch(1_000)) {
			started = System.nanoTime();
			record = imports.importNow(ImportKind.ENTERPRISE_FIGURES, file, "bench.xlsx", "bench", rows -> {
			});
			took = seconds(started);
			heap.close();
			peakLive = heap.peakAfterFullCollection();
			peakOwn = heap.peakAfterOwnCollections();
			forced = heap.forcedCollections();
		}
		long after = LiveHeap.liveNow();
		log("xlsx: import %,d rows: %.2f s (%,.0f rows/s) — status %s, problems %d, new %,d", record.rows(), took,
				record.rows() / took, record.status(), record.problems(), record.created());
		log("xlsx: heap limit %.0f MB; live before %.1f MB, after %.1f MB", Runtime.getRuntime().maxMemory() / MB,
				before / MB, after / MB);
		log("xlsx: during the import: peak live (after %d forced full GCs, one a second) %.1f MB = %+.1f MB over before;"
				+ " peak used after the JVM's own GCs %.1f MB", forced, peakLive / MB, (peakLive - before) / MB,
				peakOwn / MB);
		log("xlsx-result rows=%d strings=%s seconds=%.2f peakLiveMb=%.1f growthMb=%.1f peakOwnMb=%.1f status=%s",
				record.rows(), SHARED_STRINGS ? "shared" : "inline", took, peakLive / MB, (peakLive - before) / MB,
				peakOwn / MB, record.status());
		Files.delete(file);
	}

	/**
	 * Issue 19: the dry run of a workbook whose one inline string has 250 million characters is refused naming the
	 * cell, and the live heap stays where it was (the text alone would be 500 MB, over the heap the script gives).
	 * Run alone: {@code bench/xlsx-import.sh 256m huge-cell}.
	 */
	@Test
	void hugeCellIsRefusedWithinAFixedHeap() throws Exception {
		Path file = Files.createTempFile("bench-huge-cell-", ".xlsx");
		long started = System.nanoTime();
		XlsxFiles.hugeZip(file, XlsxFiles.workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>area_code</t></is></c>"
				+ "</row><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + XlsxFiles.HUGE + "</t></is></c></row>"),
				HUGE_CELL);
		log("xlsx: generated a workbook whose cell B2 has %,d characters (%.1f MB) in %.1f s", HUGE_CELL,
				Files.size(file) / 1e6, seconds(started));
		long before = LiveHeap.liveNow();
		String refusal;
		double took;
		long peakLive;
		long peakOwn;
		try (LiveHeap heap = LiveHeap.watch(200)) {
			started = System.nanoTime();
			try {
				imports.preview(ImportKind.VALUES, file, "huge-cell.xlsx", "bench", rows -> {
				});
				refusal = "none: the file was read";
			}
			catch (UnreadableFile e) {
				refusal = e.messageKey() + Arrays.toString(e.arguments());
			}
			took = seconds(started);
			heap.close();
			peakLive = heap.peakAfterFullCollection();
			peakOwn = heap.peakAfterOwnCollections();
		}
		log("xlsx: huge cell: refused in %.2f s: %s", took, refusal);
		log("xlsx: huge cell: heap limit %.0f MB; live before %.1f MB, peak live %.1f MB (%+.1f MB), peak used after the"
				+ " JVM's own GCs %.1f MB", Runtime.getRuntime().maxMemory() / MB, before / MB, peakLive / MB,
				(peakLive - before) / MB, peakOwn / MB);
		Files.delete(file);
	}

	/** Written as a stream: fastexcel keeps only the rows since the last flush (and, shared, the string table). */
	private static void writeWorkbook(Path file, int enterprises) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "bench", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("enterprise-figures");
			List<String> header = List.of("credit_code", "period", "revenue", "employees");
			for (int c = 0; c < header.size(); c++) {
				sheet.inlineString(0, c, header.get(c));
			}
			int[] row = { 1 };
			BenchEnterprises.figures(0, enterprises, QUARTERS, (code, period, revenue, employees) -> {
				int r = row[0]++;
				if (SHARED_STRINGS) {
					sheet.value(r, 0, code);
					sheet.value(r, 1, period);
				}
				else {
					sheet.inlineString(r, 0, code);
					sheet.inlineString(r, 1, period);
				}
				sheet.value(r, 2, revenue);
				sheet.value(r, 3, employees);
				if (r % 10_000 == 0) {
					sheet.flush();
				}
			});
			sheet.finish();
		}
	}

}
