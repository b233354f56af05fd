package org.culturetargets.portal.imports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.culturetargets.portal.imports.read.XlsxFiles.HUGE;
import static org.culturetargets.portal.imports.read.XlsxFiles.hugeZip;
import static org.culturetargets.portal.imports.read.XlsxFiles.workbook;
import static org.culturetargets.portal.imports.read.XlsxFiles.zip;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a workbook of 40 MB whose one text has 250 million characters is refused while it is read, naming the
 * cell, and the reading allocates what a small workbook does, not the text. What the reading thread allocated is
 * the witness: the whole text once would be 500 MB, and the unbounded reader allocated several times that.
 */
class XlsxBoundsTest {

    static final TableLimits LIMITS = new TableLimits(200L * 1024 * 1024, 1000, 50, 1000);
    static final long CHARS = 250_000_000;
    /** The reader's own buffers and one part's worth of a bounded run, with room to spare. */
    static final long MAX_ALLOCATED = 64L * 1024 * 1024;
    static final String FIRST_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>";

    @TempDir
    Path dir;

    final List<String> rows = new ArrayList<>();

    @Test
    void inlineStringOf250MillionCharactersIsRefusedNamingItsCell() throws IOException {
        assertRefused(hugeZip(dir.resolve("inline.xlsx"), workbook(FIRST_ROW
                + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + HUGE + "</t></is></c></row>"), CHARS),
                "imports.file.cellTooLong", 2, "B", 1000);
    }

    @Test
    void valueOf250MillionCharactersIsRefusedNamingItsCell() throws IOException {
        assertRefused(hugeZip(dir.resolve("value.xlsx"), workbook(FIRST_ROW
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c t=\"str\"><v>" + HUGE + "</v></c></row>"), CHARS),
                "imports.file.cellTooLong", 2, "B", 1000);
    }

    @Test
    void sharedStringOf250MillionCharactersIsRefused() throws IOException {
        assertRefused(hugeZip(dir.resolve("shared.xlsx"), workbook(FIRST_ROW
                + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>", "a", HUGE), CHARS),
                "imports.file.sharedTextTooLong", 2, 1000);
    }

    @Test
    void attributeOf250MillionCharactersIsRefused() throws IOException {
        assertRefused(hugeZip(dir.resolve("attribute.xlsx"), workbook(FIRST_ROW
                + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\" x=\"" + HUGE + "\"><is><t>a</t></is></c></row>"), CHARS),
                "imports.file.markupTooLong", "xl/worksheets/sheet1.xml", XlsxPackage.MAX_RUN / 1024);
    }

    @Test
    void rowOf16000LongCellsIsRefusedAtTheFirstCellPastTheColumnLimit() throws IOException {
        // 2,000 letters a cell, under the bound of a cell's text, 32 million in all; varied, so they deflate as text
        Random random = new Random(19);
        StringBuilder row = new StringBuilder("<row r=\"2\">");
        for (int i = 0; i < 16_000; i++) {
            row.append("<c t=\"inlineStr\"><is><t>");
            for (int j = 0; j < 2000; j++) {
                row.append(j % 200 == 0 ? (char) ('a' + random.nextInt(26)) : 'x');
            }
            row.append("</t></is></c>");
        }
        Path file = Files.write(dir.resolve("columns.xlsx"), zip(workbook(FIRST_ROW + row.append("</row>"))));
        assertRefused(file, "imports.file.tooManyColumns", 2, 50);
    }

    @Test
    void namesWithoutEndAreRefused() throws IOException {
        StringBuilder names = new StringBuilder(FIRST_ROW);
        for (int i = 0; i < XlsxPackage.MAX_NAMES; i++) {
            names.append("<x").append(i).append("/>");
        }
        Path file = Files.write(dir.resolve("names.xlsx"), zip(workbook(names.toString())));
        assertRefused(file, "imports.file.badWorkbook");
    }

    @Test
    void hugeCellOfAnotherSheetIsNotRead() throws IOException {
        Map<String, String> parts = workbook(FIRST_ROW);
        parts.put("xl/worksheets/sheet2.xml", XlsxFiles.sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + HUGE + "</t></is></c></row>"));
        Path file = hugeZip(dir.resolve("second.xlsx"), parts, CHARS);
        long before = allocated();
        Tables.read(file, "上传.xlsx", LIMITS, (number, cells) -> rows.add(number + ":" + cells));
        assertThat(allocated() - before).as("bytes allocated while reading").isLessThan(MAX_ALLOCATED);
        assertThat(rows).containsExactly("1:[名称]");
    }

    void assertRefused(Path file, String key, Object... arguments) {
        long before = allocated();
        assertThatThrownBy(() -> Tables.read(file, "上传.xlsx", LIMITS, (number, cells) -> rows.add(number + ":" + cells)))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
        assertThat(allocated() - before).as("bytes allocated while reading").isLessThan(MAX_ALLOCATED);
        assertThat(rows).isEmpty();
    }

    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
