package org.culturetargets.portal.imports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.culturetargets.portal.imports.read.XlsxFiles.workbook;
import static org.culturetargets.portal.imports.read.XlsxFiles.zip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTablesTest {

    static final TableLimits LIMITS = new TableLimits(20L * 1024 * 1024, 1000, 50, 1000);

    @TempDir
    Path dir;

    final List<String> rows = new ArrayList<>();

    TableSummary read(byte[] content, TableLimits limits) throws IOException {
        Path file = Files.write(dir.resolve("upload.xlsx"), content);
        return Tables.read(file, "上传.xlsx", limits, (number, cells) -> rows.add(number + ":" + cells));
    }

    @Test
    void cellsComeOutAsExcelDisplaysThem() throws IOException {
        String sheet = """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t> 日期 </t></is></c></row>
                <row r="2"><c r="A2"><v>12345678</v></c><c r="B2"><v>0.30000000000000004</v></c><c r="C2" s="1"><v>45292</v></c>
                  <c r="D2" t="b"><v>1</v></c><c r="E2"><f>A2*2</f><v>24691356</v></c><c r="F2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>
                  <c r="G2" s="2"><v>45658</v></c><c r="H2"><v>1.2345E7</v></c><c r="I2" t="e"><v>#N/A</v></c><c r="J2" s="3"><v>0.125</v></c></row>
                <row r="5"><c r="B5" t="s"><v>2</v></c></row>
                <row r="6"><c r="A6" t="inlineStr"><is><t>\u3000</t></is></c></row>""";
        TableSummary summary = read(zip(workbook(sheet, "名称", "数值", "西湖区")), LIMITS);
        assertThat(rows).containsExactly(
                "1:[名称, 数值, 日期]",
                "2:[12345678, 0.3, 2024-01-01, true, 24691356, xy, 2025-01-01, 12345000, #N/A, 0.125]",
                "5:[, 西湖区]");
        assertThat(summary).isEqualTo(new TableSummary("XLSX", "", 5));
    }

    @Test
    void headerOnlyReadsOneRow() throws IOException {
        read(zip(workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"/></row>",
                "indicator")), LIMITS);
        assertThat(rows).containsExactly("1:[indicator]");
    }

    @Test
    void tooManyRowsIsRefusedBeforeAnyRowIsHandedOn() {
        StringBuilder sheet = new StringBuilder();
        for (int r = 1; r <= 6; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        TableLimits fiveRows = new TableLimits(1024 * 1024, 5, 50, 1000);
        assertKey(zip(workbook(sheet.toString())), fiveRows, "imports.file.tooManyRows");
        assertThat(rows).isEmpty();
    }

    @Test
    void notAZipOrAZipWithoutAWorksheetIsABadWorkbook() {
        assertKey("名称,地区\n".getBytes(StandardCharsets.UTF_8), LIMITS, "imports.file.badWorkbook");
        assertKey(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, LIMITS, "imports.file.badWorkbook");
        Map<String, String> noSheet = workbook("");
        noSheet.remove("xl/worksheets/sheet1.xml");
        assertKey(zip(noSheet), LIMITS, "imports.file.badWorkbook");
        assertKey(zip(Map.of("readme.txt", "hello")), LIMITS, "imports.file.badWorkbook");
    }

    @Test
    void zipBombsAreRefused() {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("xl/worksheets/sheet1.xml", new byte[50 * 1024 * 1024]);
        assertKey(XlsxFiles.zipBytes(bomb), LIMITS, "imports.file.zipBomb");

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= XlsxPackage.MAX_ENTRIES; i++) {
            many.put("xl/media/" + i + ".bin", new byte[1]);
        }
        assertKey(XlsxFiles.zipBytes(many), LIMITS, "imports.file.zipBomb");
    }

    @Test
    void aZipWhoseDirectoryUnderstatesTheSizeIsStoppedWhileInflating() {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("xl/worksheets/sheet1.xml", new byte[50 * 1024 * 1024]);
        byte[] zip = XlsxFiles.zipBytes(bomb);
        // central directory header: uncompressed size at offset 24; claim 1000 bytes
        for (int i = zip.length - 22; i >= 0; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 24] = (byte) 0xE8;
                zip[i + 25] = 3;
                zip[i + 26] = 0;
                zip[i + 27] = 0;
                break;
            }
        }
        assertKey(zip, LIMITS, "imports.file.zipBomb");
    }

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [
             <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
             <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
             <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
             <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
             <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            ]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&f;</t></is></c></row></sheetData></worksheet>""";

    static final String EXTERNAL_ENTITY = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>""";

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() {
        for (String sheet : List.of(BILLION_LAUGHS, EXTERNAL_ENTITY)) {
            Map<String, String> parts = workbook("");
            parts.put("xl/worksheets/sheet1.xml", sheet);
            assertKey(zip(parts), LIMITS, "imports.file.xmlEntities");
            Map<String, String> inSharedStrings = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
            inSharedStrings.put("xl/sharedStrings.xml", sheet.replace("worksheet", "sst"));
            assertKey(zip(inSharedStrings), LIMITS, "imports.file.xmlEntities");
        }
        assertThat(rows).isEmpty();
    }

    /** What fastexcel-reader does on its own (Aalto with DTD support off): it fails, it never expands nor fetches. */
    @Test
    void fastexcelReaderAloneNeverExpandsEntities() throws IOException {
        for (String sheet : List.of(BILLION_LAUGHS, EXTERNAL_ENTITY)) {
            Map<String, String> parts = workbook("");
            parts.put("xl/worksheets/sheet1.xml", sheet);
            Path file = Files.write(dir.resolve("entities.xlsx"), zip(parts));
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                assertThatThrownBy(() -> workbook.getFirstSheet().read()).hasMessageContaining("entity");
            }
        }
    }

    @Test
    void referencesThatWouldMakeFastexcelAllocateWithoutBoundAreRefused() {
        assertKey(zip(workbook("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>")), LIMITS, "imports.file.badWorkbook");
        assertKey(zip(workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>", "a")), LIMITS,
                "imports.file.badWorkbook");
        assertKey(zip(workbook("<row r=\"1\"><c r=\"A1\"><f>" + "A1+".repeat(5000) + "1</f><v>1</v></c></row>")),
                LIMITS, "imports.file.badWorkbook");
        assertKey(zip(workbook("<row r=\"9999999\"><c r=\"A1\"><v>1</v></c></row>")), LIMITS, "imports.file.badWorkbook");
    }

    @Test
    void emptyWorkbookAndTooManyColumns() {
        assertKey(zip(workbook("")), LIMITS, "imports.file.empty");
        TableLimits twoColumns = new TableLimits(1024 * 1024, 100, 2, 1000);
        assertKey(zip(workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"3\"><c r=\"C3\"><v>1</v></c></row>")),
                twoColumns, "imports.file.tooManyColumns");
    }

    void assertKey(byte[] content, TableLimits limits, String key) {
        assertThatThrownBy(() -> read(content, limits))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
