package org.culturetargets.portal.imports.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads an uploaded CSV or XLSX file row by row, refusing hostile or oversized files with a clear message. */
public final class Tables {

    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private Tables() {
    }

    /**
     * Reads the file's rows in order and hands each non-blank row to the sink, numbered as a spreadsheet shows it
     * (first line/row = 1; blank rows are skipped but still counted, so numbers never shift). fileName is the
     * uploaded name (used only as a hint; the content decides CSV vs XLSX). Every problem of the file is an
     * {@link UnreadableFile}; whatever the sink throws is passed on unchanged.
     */
    public static TableSummary read(Path file, String fileName, TableLimits limits, RowSink sink) {
        long size;
        byte[] head = new byte[4];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            headLength = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableFile(e, "imports.file.unreadable");
        }
        if (size > limits.maxBytes()) {
            throw new UnreadableFile("imports.file.tooLarge", megabytes(limits.maxBytes()), megabytes(size));
        }
        if (size == 0) {
            throw new UnreadableFile("imports.file.empty");
        }
        if (startsWith(head, headLength, ZIP)) {
            return XlsxTable.read(file, limits, sink);
        }
        if (startsWith(head, headLength, OLE2)) {
            throw new UnreadableFile("imports.file.oldExcel");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new UnreadableFile("imports.file.badWorkbook");
        }
        if (startsWith(head, headLength, PDF)) {
            throw new UnreadableFile("imports.file.notATable");
        }
        return CsvTable.read(file, limits, sink);
    }

    /** A cell as the lead's parsers expect it: no surrounding whitespace, including the ideographic and no-break space. */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        int start = 0;
        int end = cell.length();
        while (start < end && blankChar(cell.charAt(start))) {
            start++;
        }
        while (end > start && blankChar(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    static boolean blankChar(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** Refuses a row over the column or cell-length limit; trailing empty cells (Excel's ",,,,") don't count. */
    static void checkRow(int number, List<String> cells, TableLimits limits) {
        int used = cells.size();
        while (used > 0 && cells.get(used - 1).isEmpty()) {
            used--;
        }
        if (used > limits.maxColumns()) {
            throw new UnreadableFile("imports.file.tooManyColumns", number, limits.maxColumns());
        }
        for (int i = 0; i < used; i++) {
            if (cells.get(i).length() > limits.maxCellChars()) {
                throw new UnreadableFile("imports.file.cellTooLong", number, column(i), limits.maxCellChars());
            }
        }
    }

    static void checkRowNumber(int number, TableLimits limits) {
        if (number > limits.maxRows()) {
            throw new UnreadableFile("imports.file.tooManyRows", limits.maxRows());
        }
    }

    /** The column's letters as a spreadsheet shows them (0 = A, 26 = AA). */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
