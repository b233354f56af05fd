package org.culturetargets.portal.imports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {

    static final TableLimits LIMITS = new TableLimits(20L * 1024 * 1024, 100_000, 50, 1000);

    @TempDir
    Path dir;

    final List<String> rows = new ArrayList<>();

    TableSummary read(byte[] content, TableLimits limits) throws IOException {
        Path file = Files.write(dir.resolve("upload.csv"), content);
        return Tables.read(file, "上传.csv", limits, (number, cells) -> rows.add(number + ":" + cells));
    }

    TableSummary read(String content, Charset charset) throws IOException {
        return read(content.getBytes(charset), LIMITS);
    }

    @Test
    void gb18030AsExcelOnChineseWindowsSavesIt() throws IOException {
        TableSummary summary = read("名称,地区\n杭州某某文化公司,西湖区\n", Charset.forName("GB18030"));
        assertThat(rows).containsExactly("1:[名称, 地区]", "2:[杭州某某文化公司, 西湖区]");
        assertThat(summary).isEqualTo(new TableSummary("CSV", "GB18030", 2));
    }

    @Test
    void gb18030WhoseChineseComesAfter100KilobytesOfAscii() throws IOException {
        StringBuilder csv = new StringBuilder("code,name\n");
        while (csv.length() < 100 * 1024) {
            csv.append("330106,West Lake\n");
        }
        int asciiRows = (int) csv.chars().filter(c -> c == '\n').count();
        csv.append("330106,西湖区\n");
        TableSummary summary = read(csv.toString(), Charset.forName("GB18030"));
        assertThat(summary.encoding()).isEqualTo("GB18030");
        assertThat(rows).last().isEqualTo((asciiRows + 1) + ":[330106, 西湖区]");
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "指标代码,地区代码\nadded_value,330106\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);

        assertThat(read(withBom, LIMITS).encoding()).isEqualTo("UTF-8 BOM");
        assertThat(read(text, LIMITS).encoding()).isEqualTo("UTF-8");
        assertThat(rows).containsExactly("1:[指标代码, 地区代码]", "2:[added_value, 330106]",
                "1:[指标代码, 地区代码]", "2:[added_value, 330106]");
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws IOException {
        byte[] text = "\uFEFF名称\t地区\r\n某公司\t上城区\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(read(text, LIMITS).encoding()).isEqualTo("UTF-16LE BOM");
        assertThat(rows).containsExactly("1:[名称, 地区]", "2:[某公司, 上城区]");
    }

    @Test
    void quotedFieldsWithCommasAndLineBreaksAreOneRowEach() throws IOException {
        read("name,note\n\"Hangzhou, West Lake\",\"line one\nline two\"\n\"say \"\"hi\"\"\",x\n", StandardCharsets.UTF_8);
        assertThat(rows).containsExactly("1:[name, note]", "2:[Hangzhou, West Lake, line one\nline two]",
                "3:[say \"hi\", x]");
    }

    @Test
    void blankLinesAndExcelsTrailingCommasAreSkippedButCounted() throws IOException {
        TableSummary summary = read("a,b,c\n\n1,\u3000 2 \u00A0,\n,,\n\u3000,\" \"\n4,5,6\n,,\n,,\n",
                StandardCharsets.UTF_8);
        assertThat(rows).containsExactly("1:[a, b, c]", "3:[1, 2, ]", "6:[4, 5, 6]");
        assertThat(summary.lastRow()).isEqualTo(6);
    }

    @Test
    void headerOnlyReadsOneRow() throws IOException {
        assertThat(read("indicator,area,period,value\r\n,,,\r\n", StandardCharsets.UTF_8).lastRow()).isEqualTo(1);
        assertThat(rows).containsExactly("1:[indicator, area, period, value]");
    }

    @Test
    void tooLargeIsRefusedBeforeReading() {
        TableLimits small = new TableLimits(1024 * 1024, 1000, 50, 1000);
        byte[] big = "a,b\n".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(big, small)).isInstanceOfSatisfying(UnreadableFile.class, e -> {
            assertThat(e.messageKey()).isEqualTo("imports.file.tooLarge");
            assertThat(e.arguments()).containsExactly("1", "1.1");
        });
        assertThat(rows).isEmpty();
    }

    @Test
    void tooManyRowsIsRefusedBeforeAnyRowIsHandedOn() {
        TableLimits fiveRows = new TableLimits(1024 * 1024, 5, 50, 1000);
        assertThatThrownBy(() -> read("h\n1\n2\n3\n4\n5\n".getBytes(StandardCharsets.UTF_8), fiveRows))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.file.tooManyRows");
                    assertThat(e.arguments()).containsExactly(5);
                });
        assertThat(rows).isEmpty();
    }

    @Test
    void rowLimitCountsRecordsNotLineBreaksInsideQuotes() throws IOException {
        TableLimits threeRows = new TableLimits(1024 * 1024, 3, 50, 1000);
        read("h,note\n1,\"a\nb\nc\nd\"\n2,x\n".getBytes(StandardCharsets.UTF_8), threeRows);
        assertThat(rows).hasSize(3);
    }

    @Test
    void tooManyColumnsAndTooLongCellsNameTheRow() {
        TableLimits limits = new TableLimits(1024 * 1024, 100, 3, 10);
        assertThatThrownBy(() -> read("a,b,c,,,\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8), limits))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.file.tooManyColumns");
                    assertThat(e.arguments()).containsExactly(2, 3);
                });
        assertThatThrownBy(() -> read("a,b\n1,2\n3,abcdefghijk\n".getBytes(StandardCharsets.UTF_8), limits))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.file.cellTooLong");
                    assertThat(e.arguments()).containsExactly(3, "B", 10);
                });
    }

    @Test
    void oneEnormousLineIsRefusedNamingItsRowWithoutReadingItIntoMemory() {
        StringBuilder csv = new StringBuilder("a,b\n1,2\n");
        csv.append("x".repeat(8 * 1024 * 1024)).append('\n');
        assertThatThrownBy(() -> read(csv.toString(), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.file.cellTooLong");
                    assertThat(e.arguments()).containsExactly(3, "A", 1000);
                });
    }

    /** Issue 19: a field or a line of 250 million characters is refused as it is read, naming its row and column. */
    @Test
    void fieldAndLineOf250MillionCharactersAreRefusedWhileRead() throws IOException {
        TableLimits limits = new TableLimits(300L * 1024 * 1024, 100, 50, 1000);
        assertRefusedWhileRead(hugeCsv("a,b\n1,", "x"), limits, "imports.file.cellTooLong", 2, "B", 1000);
        assertRefusedWhileRead(hugeCsv("a,b\n", "1,"), limits, "imports.file.tooManyColumns", 2, 50);
    }

    /** A header, then 250 million characters of the pattern repeated, written as a stream. */
    Path hugeCsv(String head, String pattern) throws IOException {
        Path file = dir.resolve("huge.csv");
        byte[] block = pattern.repeat(1024 * 1024 / pattern.length()).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 250_000_000 / block.length; i++) {
                out.write(block);
            }
        }
        return file;
    }

    void assertRefusedWhileRead(Path file, TableLimits limits, String key, Object... arguments) {
        long before = XlsxBoundsTest.allocated();
        assertThatThrownBy(() -> Tables.read(file, "上传.csv", limits, (number, cells) -> rows.add(number + ":" + cells)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
        assertThat(XlsxBoundsTest.allocated() - before).as("bytes allocated while reading").isLessThan(64L << 20);
        assertThat(rows).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsRow() {
        StringBuilder csv = new StringBuilder("a,b\n1,\"open\n");
        csv.append("more,text\n".repeat(100_000));
        assertThatThrownBy(() -> read(csv.toString(), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.file.badLine");
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    @Test
    void hostileFilesAreRefusedWithAClearKey() {
        assertKey(new byte[0], "imports.file.empty");
        assertKey("\n\n,,,\n\uFEFF".getBytes(StandardCharsets.UTF_8), "imports.file.empty");
        assertKey(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "imports.file.notATable");
        assertKey("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "imports.file.notATable");
        assertKey(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'},
                "imports.file.notATable");
        assertKey(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "imports.file.oldExcel");
    }

    void assertKey(byte[] content, String key) {
        assertThatThrownBy(() -> read(content, LIMITS))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
