package org.culturetargets.portal.imports.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** XLSX packages built part by part, so tests can make valid and hostile workbooks without binary fixtures. */
public final class XlsxFiles {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Where {@link #hugeZip} puts its letters. */
    public static final String HUGE = "@HUGE@";

    private XlsxFiles() {
    }

    /** The parts of a minimal workbook whose first sheet has the given sheetData and shared strings. */
    public static Map<String, String> workbook(String sheetData, String... sharedStrings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="数据" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId4"/></sheets>
                </workbook>""".formatted(MAIN));
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>""");
        // styles: 0 general, 1 built-in date 14, 2 custom Chinese date, 3 a percentage
        parts.put("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <styleSheet xmlns="%s">
                <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
                <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>
                </styleSheet>""".formatted(MAIN));
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
        for (String s : sharedStrings) {
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        parts.put("xl/worksheets/sheet1.xml", sheet(sheetData));
        parts.put("xl/worksheets/sheet2.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        return parts;
    }

    static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
    }

    static byte[] zip(Map<String, String> parts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    static byte[] zipBytes(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the parts as a zip, streamed, with {@code chars} letters between the two halves of the one part that
     * holds {@link #HUGE}: the 41.7 MB workbook of issue 19, whose one cell had 250 million characters, is made so.
     * The letters are mostly 'x' with a random one every 200, so they deflate about 50 times, as a real text does
     * and under the zip-bomb ratio.
     */
    public static Path hugeZip(Path file, Map<String, String> parts, long chars) throws IOException {
        byte[] block = new byte[1024 * 1024];
        Random random = new Random(19);
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i % 200 == 0 ? 'a' + random.nextInt(26) : 'x');
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                String[] halves = part.getValue().split(HUGE, 2);
                zip.write(halves[0].getBytes(StandardCharsets.UTF_8));
                if (halves.length == 2) {
                    for (long left = chars; left > 0; left -= block.length) {
                        zip.write(block, 0, (int) Math.min(left, block.length));
                    }
                    zip.write(halves[1].getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return file;
    }
}
