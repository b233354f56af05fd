package org.culturetargets.portal.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither CSV nor XLSX is loaded whole: a file many times larger than the heap is read in a JVM of 48 MB.
 * (A separate JVM, because the test JVM's heap holds Spring contexts and says nothing about the reader.)
 */
class StreamingTest {

    static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void aMillionRowGb18030CsvReadsInASmallHeap() throws Exception {
        Path file = dir.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("GB18030"))) {
            out.write("统一社会信用代码,期别,营业收入,从业人员\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("91330106MA2" + (1_000_000 + i) + ",2024Q3,\"1,234.5\",西湖区文化企业" + i + "\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(40L * 1024 * 1024);
        assertThat(readInSmallHeap(file)).isEqualTo("CSV GB18030 1000001 1000001");
    }

    @Test
    void aLargeXlsxReadsInASmallHeap() throws Exception {
        Path file = dir.resolve("large.xlsx");
        try (var out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("数据");
            sheet.value(0, 0, "credit_code");
            sheet.value(0, 1, "revenue");
            for (int r = 1; r <= 100_000; r++) {
                sheet.value(r, 0, "西湖区");
                sheet.value(r, 1, r * 1.5);
                sheet.value(r, 2, r);
            }
            workbook.finish();
        }
        assertThat(readInSmallHeap(file)).isEqualTo("XLSX  100001 100001");
    }

    private String readInSmallHeap(Path file) throws Exception {
        Path output = dir.resolve("out.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), Reader.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(output).strip();
        assertThat(process.exitValue()).as(printed).isZero();
        return printed.lines().reduce((first, second) -> second).orElse("");
    }

    /** Runs in the small JVM: reads the file and prints what it read. */
    static final class Reader {

        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            AtomicInteger rows = new AtomicInteger();
            TableSummary summary = Tables.read(file, file.getFileName().toString(),
                    new TableLimits(512L * 1024 * 1024, 2_000_000, 10, 100), (number, cells) -> rows.incrementAndGet());
            System.out.println(summary.format() + " " + summary.encoding() + " " + summary.lastRow() + " " + rows);
        }
    }
}
