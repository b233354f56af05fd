package org.culturetargets.portal.imports.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file: its encoding found first (a byte order mark, else valid UTF-8, else GB18030 as Excel on Chinese
 * Windows saves "CSV (逗号分隔)"), its rows counted in the same pass, then read by FastCSV as a stream.
 */
final class CsvTable {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTable() {
    }

    static TableSummary read(Path file, TableLimits limits, RowSink sink) {
        Scan scan = Scan.of(file, Encoding.of(file), limits);
        Encoding encoding = scan.encoding;
        if (scan.lastRow == 0) {
            throw new UnreadableFile("imports.file.empty");
        }
        // The field limits of FastCSV guard memory against one enormous line; the cell limit is checked per row.
        CsvRecordHandler handler = CsvRecordHandler.builder()
                .maxFields(Math.max(limits.maxColumns() * 4, 1024))
                .maxFieldSize(limits.maxCellChars() * 2 + 1024)
                .maxRecordSize(Math.max(limits.maxCellChars() * 8, 1024 * 1024))
                .build();
        int number = 0;
        int lastRow = 0;
        try (Reader reader = encoding.reader(file);
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .fieldSeparator(scan.separator)
                     .skipEmptyLines(false)
                     .allowExtraFields(true)
                     .allowMissingFields(true)
                     .allowExtraCharsAfterClosingQuote(true)
                     .maxBufferSize(limits.maxCellChars() * 2 + 16 * 1024)
                     .build(handler, reader)) {
            Iterator<CsvRecord> records = csv.iterator();
            while (true) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (CsvParseException e) {
                    throw new UnreadableFile(e, "imports.file.badLine", number + 1);
                } catch (UncheckedIOException e) {
                    throw new UnreadableFile(e, "imports.file.unreadable");
                }
                number++;
                List<String> cells = new ArrayList<>(record.getFieldCount());
                for (String field : record.getFields()) {
                    cells.add(Tables.clean(field));
                }
                if (Tables.blank(cells)) {
                    continue;
                }
                Tables.checkRowNumber(number, limits);
                Tables.checkRow(number, cells, limits);
                lastRow = number;
                sink.row(number, cells);
            }
        } catch (IOException e) {
            throw new UnreadableFile(e, "imports.file.unreadable");
        }
        return new TableSummary("CSV", encoding.label, lastRow);
    }

    /** The file's character set, the label the import history shows, and how many bytes of byte order mark to skip. */
    private record Encoding(Charset charset, String label, int bom) {

        static Encoding of(Path file) {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(3);
            } catch (IOException e) {
                throw new UnreadableFile(e, "imports.file.unreadable");
            }
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Encoding(StandardCharsets.UTF_8, "UTF-8 BOM", 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                // Excel's "Unicode text": UTF-16LE with a byte order mark, separated by tabs
                return new Encoding(StandardCharsets.UTF_16LE, "UTF-16LE BOM", 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new Encoding(StandardCharsets.UTF_16BE, "UTF-16BE BOM", 2);
            }
            return new Encoding(StandardCharsets.UTF_8, "UTF-8", 0);
        }

        /** Decoding that fails on bytes that don't belong to the character set, used while finding it. */
        Reader strictReader(Path file) throws IOException {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bom);
            return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        }

        Reader reader(Path file) throws IOException {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bom);
            return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
        }
    }

    /**
     * One cheap pass over the characters before parsing: proves the encoding (a file that is not valid UTF-8 is
     * GB18030), tells binary files from text, finds the separator of the first line, and finds the last non-blank
     * row, counting line breaks outside quotes as FastCSV does, so the row limit holds before any row is parsed.
     * The same pass refuses, as it reaches them, a field longer than the bound of a cell and a value past the column
     * limit, naming the row and column: FastCSV's own limits only say that a line could not be read.
     */
    private static final class Scan {

        Encoding encoding;
        char separator = ',';
        int lastRow;

        static Scan of(Path file, Encoding found, TableLimits limits) {
            try {
                return run(file, found, limits);
            } catch (CharacterCodingException notUtf8) {
                if (found.bom() > 0) {
                    throw new UnreadableFile(notUtf8, "imports.file.notATable");
                }
                Encoding gb18030 = new Encoding(GB18030, "GB18030", 0);
                try {
                    return run(file, gb18030, limits);
                } catch (CharacterCodingException neither) {
                    throw new UnreadableFile(neither, "imports.file.notATable");
                } catch (IOException e) {
                    throw new UnreadableFile(e, "imports.file.unreadable");
                }
            } catch (IOException e) {
                throw new UnreadableFile(e, "imports.file.unreadable");
            }
        }

        private static Scan run(Path file, Encoding encoding, TableLimits limits) throws IOException {
            Scan scan = new Scan();
            scan.encoding = encoding;
            int row = 1;
            boolean content = false;
            boolean quoted = false;
            boolean justClosed = false;
            boolean fieldStart = true;
            boolean afterCr = false;
            int commas = 0;
            int tabs = 0;
            int semicolons = 0;
            int column = 0;
            int fieldChars = 0;
            int maxFieldChars = limits.maxCellChars() * 2 + 1024;
            char[] buffer = new char[64 * 1024];
            try (Reader reader = encoding.strictReader(file)) {
                for (int read; (read = reader.read(buffer)) > 0; ) {
                    for (int i = 0; i < read; i++) {
                        char c = buffer[i];
                        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                            throw new UnreadableFile("imports.file.notATable");
                        }
                        boolean lineFeedOfCrLf = afterCr && c == '\n';
                        afterCr = c == '\r';
                        if (c == '"') {
                            if (quoted) {
                                quoted = false;
                                justClosed = true;
                            } else if (fieldStart || justClosed) {
                                quoted = true;
                                justClosed = false;
                            }
                            fieldStart = false;
                            continue;
                        }
                        justClosed = false;
                        if (!quoted && (c == '\n' || c == '\r')) {
                            if (lineFeedOfCrLf) {
                                continue;
                            }
                            if (content) {
                                scan.lastRow = row;
                                Tables.checkRowNumber(row, limits);
                            }
                            row++;
                            content = false;
                            fieldStart = true;
                            column = 0;
                            fieldChars = 0;
                            continue;
                        }
                        fieldStart = !quoted && (c == ',' || c == '\t' || c == ';');
                        if (!quoted && row == 1) {
                            commas += c == ',' ? 1 : 0;
                            tabs += c == '\t' ? 1 : 0;
                            semicolons += c == ';' ? 1 : 0;
                        }
                        // the first line's separator is known at its end: until then any of them ends a field, so the
                        // length measured is at most the field's, and only a comma, which no other can outrank, counts
                        // columns
                        char separator = separator(commas, tabs, semicolons);
                        if (fieldStart && (row == 1 || c == separator)) {
                            column = row == 1 ? (separator == ',' ? commas : separator == '\t' ? tabs : semicolons)
                                    : column + 1;
                            fieldChars = 0;
                            continue;
                        }
                        if (++fieldChars > maxFieldChars) {
                            // a quoted field this long is more likely a quote left open than a cell
                            throw quoted ? new UnreadableFile("imports.file.badLine", row)
                                    : new UnreadableFile("imports.file.cellTooLong", row, Tables.column(column),
                                            limits.maxCellChars());
                        }
                        if (!fieldStart && !Tables.blankChar(c)) {
                            content = true;
                            if ((row > 1 || commas > 0) && column >= limits.maxColumns()) {
                                throw new UnreadableFile("imports.file.tooManyColumns", row, limits.maxColumns());
                            }
                        }
                    }
                }
            }
            if (content) {
                scan.lastRow = row;
                Tables.checkRowNumber(row, limits);
            }
            scan.separator = separator(commas, tabs, semicolons);
            return scan;
        }

        private static char separator(int commas, int tabs, int semicolons) {
            return commas > 0 ? ',' : tabs > 0 ? '\t' : semicolons > 0 ? ';' : ',';
        }
    }
}
