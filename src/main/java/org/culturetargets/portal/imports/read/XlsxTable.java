package org.culturetargets.portal.imports.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first worksheet of an XLSX file, read as a stream by fastexcel-reader after {@link XlsxPackage} checked it. */
final class XlsxTable {

    /** Excel shows at most 15 significant digits. */
    private static final MathContext DISPLAYED = new MathContext(15, RoundingMode.HALF_UP);
    /** Built-in number formats that are dates (14-17, 22; the Chinese locale's 27-31, 36, 50-54, 57, 58). */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36,
            50, 51, 52, 53, 54, 57, 58);
    /** Serial number of 9999-12-31, Excel's last date. */
    private static final BigDecimal LAST_DATE = BigDecimal.valueOf(2_958_465);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private XlsxTable() {
    }

    static TableSummary read(Path file, TableLimits limits, RowSink sink) {
        OptionalInt lastRow = XlsxPackage.inspect(file, limits);
        if (lastRow.isPresent()) {
            if (lastRow.getAsInt() == 0) {
                throw new UnreadableFile("imports.file.empty");
            }
            Tables.checkRowNumber(lastRow.getAsInt(), limits);
        }
        ReadableWorkbook workbook = open(file);
        int last = 0;
        try (workbook; Stream<Row> stream = firstSheet(workbook)) {
            Iterator<Row> rows = stream.iterator();
            while (true) {
                Row row;
                List<String> cells;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                    cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(Tables.clean(display(row.getCell(i))));
                    }
                } catch (RuntimeException e) {
                    throw new UnreadableFile(e, "imports.file.badWorkbook");
                }
                int number = row.getRowNum();
                if (number <= last || Tables.blank(cells)) {
                    if (number <= last) {
                        throw new UnreadableFile("imports.file.badWorkbook");
                    }
                    continue;
                }
                Tables.checkRowNumber(number, limits);
                Tables.checkRow(number, cells, limits);
                last = number;
                sink.row(number, cells);
            }
        } catch (IOException e) {
            throw new UnreadableFile(e, "imports.file.badWorkbook");
        }
        if (last == 0) {
            throw new UnreadableFile("imports.file.empty");
        }
        return new TableSummary("XLSX", "", last);
    }

    private static ReadableWorkbook open(Path file) {
        try {
            // with cell formats, to tell dates from numbers; a cell that doesn't parse becomes an error cell
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
        } catch (IOException | RuntimeException withoutStyles) {
            // fastexcel-reader needs a styles part for formats, which some generators leave out
            try {
                return new ReadableWorkbook(file.toFile(), new ReadingOptions(false, true));
            } catch (IOException | RuntimeException e) {
                throw new UnreadableFile(e, "imports.file.badWorkbook");
            }
        }
    }

    private static Stream<Row> firstSheet(ReadableWorkbook workbook) {
        try {
            return workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(e, "imports.file.badWorkbook");
        }
    }

    /** The cell as Excel displays it: cached values of formulas, plain decimals, dates as yyyy-MM-dd. */
    static String display(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        Object value = cell.getValue();
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof BigDecimal number) {
            // a number far out of Excel's range (1E+308) would make a plain string of millions of digits
            int magnitude = number.precision() - number.scale();
            if (magnitude > 310 || magnitude < -330) {
                return cell.getRawValue();
            }
            if (isDate(cell) && number.signum() >= 0 && number.compareTo(LAST_DATE) <= 0) {
                return cell.asDate().toLocalDate().format(DATE);
            }
            return number.round(DISPLAYED).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // what is quoted, escaped or in brackets (colours, locales, elapsed time) is not a date part
        String parts = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return parts.indexOf('y') >= 0 || parts.indexOf('d') >= 0;
    }
}
