package org.culturetargets.portal.imports.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an XLSX package before fastexcel-reader opens it. Every entry is inflated once, with its size bounded
 * (zip bombs), and every XML part is read with the same parser fastexcel uses (Aalto, DTDs off): a DOCTYPE is
 * refused outright, so no entity is ever expanded or fetched. The same pass refuses what would make
 * fastexcel-reader allocate without bound (a cell column past XFD, a shared-string index past the table, a
 * formula longer than Excel allows) and finds the first sheet's last row with a value, for the row limit.
 * <p>
 * Every bound holds while the bytes arrive, so that what the file holds never decides the memory an import takes:
 * the parser materialises a whole text or tag at once, so no run of bytes between markup may exceed
 * {@link #MAX_RUN}; cell texts, shared strings, the shared-string table as a whole, the nesting depth and the parts
 * fastexcel-reader keeps in memory are cut off at their limits too. A first sheet's cell over the cell or column
 * limit is refused naming its row and column; other sheets are never imported, so their cells only end their reading.
 */
final class XlsxPackage {

    static final int MAX_ENTRIES = 1_000;
    /** Sheet XML of real workbooks inflates 5-30 times; POI refuses over 100 as well. */
    static final long MAX_RATIO = 100;
    /** Small parts may compress better than the ratio without being dangerous. */
    static final long RATIO_SLACK = 1024 * 1024;
    static final long MAX_INFLATED = 1024L * 1024 * 1024;
    static final int MAX_COLUMN = 16_384;
    static final int MAX_ROW = 1_048_576;
    static final int MAX_FORMULA = 8_192;
    /**
     * Bytes between two markup characters: a tag with its attributes, or a text. Far above a cell of the cell limit
     * written as character references, and above any text Excel writes (a cell comment: 32,767 characters).
     */
    static final int MAX_RUN = 256 * 1024;
    static final int MAX_DEPTH = 100;
    /**
     * fastexcel-reader keeps the shared strings it has read: as many distinct texts as a million rows with a new
     * text each, in as many characters as twenty a text. About 90 MB at worst.
     */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHARED_CHARS = 20_000_000;
    /**
     * The content types, relationships, workbook and styles are kept in memory by fastexcel-reader: Excel's own are
     * kilobytes (64,000 cell formats, its maximum, make 6 MB of styles).
     */
    static final long MAX_PACKAGE_PART = 16L * 1024 * 1024;
    static final int MAX_PACKAGE_ELEMENTS = 250_000;
    private static final Set<String> PACKAGE_ROOTS = Set.of("Types", "Relationships", "workbook", "styleSheet");
    /** Only the worksheets' relationships are kept, to find the first sheet's part. */
    static final int MAX_RELATIONSHIP_CHARS = 1024 * 1024;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /**
     * Distinct names of elements and attributes in a part. The parser keeps every name it met in a table its factory
     * shares with later documents; OOXML has a few hundred.
     */
    static final int MAX_NAMES = 10_000;

    private String workbookPart = "xl/workbook.xml";
    private String firstSheetId;
    private final Map<String, Map<String, String>> relationships = new HashMap<>();
    private final Map<String, Integer> lastValueRows = new HashMap<>();
    private final Map<String, UnreadableFile> sheetRefusals = new HashMap<>();
    private int sharedStrings = Integer.MAX_VALUE;
    private long maxSharedIndex = -1;
    private long relationshipChars;
    private final TableLimits limits;
    /** A factory of this file's own: its name table, bounded per part, is not shared with the next upload. */
    private final XMLInputFactory xmlFactory = xmlInputFactory();
    /** A cell's text as the XML holds it: twice the limit and some, as CSV's fields, since it is trimmed later. */
    private final int maxText;

    private XlsxPackage(TableLimits limits) {
        this.limits = limits;
        this.maxText = limits.maxCellChars() * 2 + 1024;
    }

    /** The first sheet's last row with a value, when the package says which sheet is first. */
    static OptionalInt inspect(Path file, TableLimits limits) {
        XlsxPackage inspected = new XlsxPackage(limits);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnreadableFile("imports.file.zipBomb");
            }
            long budget = MAX_INFLATED;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long declared = entry.getSize();
                long compressed = Math.max(entry.getCompressedSize(), 0);
                if (declared > budget || declared > RATIO_SLACK + MAX_RATIO * compressed) {
                    throw new UnreadableFile("imports.file.zipBomb");
                }
                // The declared sizes may lie: the stream itself stops at the same bounds and at the declared size.
                long bound = Math.min(budget, RATIO_SLACK + MAX_RATIO * compressed);
                if (declared >= 0) {
                    bound = Math.min(bound, declared);
                }
                try (Bounded in = new Bounded(zip.getInputStream(entry), bound)) {
                    String name = entry.getName();
                    if (name.endsWith(".xml") || name.endsWith(".rels")) {
                        inspected.readPart(name, in);
                    }
                    in.transferTo(OutputStream.nullOutputStream());
                    budget -= in.count;
                }
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // whatever else the package's bytes make the zip or XML reader throw, it is a damaged workbook
            throw new UnreadableFile(e, "imports.file.badWorkbook");
        }
        if (inspected.maxSharedIndex >= inspected.sharedStrings) {
            throw new UnreadableFile("imports.file.badWorkbook");
        }
        String firstSheet = inspected.firstSheetPart();
        if (firstSheet == null) {
            // fastexcel-reader will find the sheet its own way: whichever it takes, it must not read a refused cell
            inspected.sheetRefusals.values().stream().findFirst().ifPresent(refusal -> {
                throw refusal;
            });
            return OptionalInt.empty();
        }
        if (inspected.sheetRefusals.containsKey(firstSheet)) {
            throw inspected.sheetRefusals.get(firstSheet);
        }
        Integer lastRow = inspected.lastValueRows.get(firstSheet);
        return lastRow == null ? OptionalInt.empty() : OptionalInt.of(lastRow);
    }

    private String firstSheetPart() {
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        Map<String, String> targets = relationships.get(folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels");
        if (firstSheetId == null || targets == null || targets.get(firstSheetId) == null) {
            return null;
        }
        String target = targets.get(firstSheetId);
        return target.startsWith("/") ? target.substring(1) : folder + target;
    }

    private void readPart(String name, InputStream in) throws XMLStreamException {
        Markup markup = new Markup(in);
        Part part = new Part(name);
        XMLStreamReader xml = null;
        try {
            try {
                xml = xmlFactory.createXMLStreamReader(markup);
                part.read(xml, markup);
            } catch (Markup.TooLong e) {
                part.tooLong();
            }
        } catch (SheetRefused e) {
            // the rest of this sheet is of no use: its refusal counts if it is the first sheet
            sheetRefusals.putIfAbsent(name, e.refusal);
        } finally {
            if (xml != null) {
                xml.close();
            }
        }
    }

    /** A cell of a sheet refused: the sheet's reading ends here. */
    private static final class SheetRefused extends RuntimeException {

        final UnreadableFile refusal;

        SheetRefused(String messageKey, Object... arguments) {
            super(null, null, false, false);
            this.refusal = new UnreadableFile(messageKey, arguments);
        }
    }

    /** The reading of one XML part: where it is, for the messages and the bounds. */
    private final class Part {

        final String name;
        String root;
        int depth;
        int elements;
        int row;
        int column;
        int lastValueRow;
        boolean sharedStringCell;
        /** The element whose text is collected: v, is or f of a cell, si of the shared strings. */
        String text;
        final StringBuilder value = new StringBuilder();
        final Set<String> names = new HashSet<>();
        int sharedStringCount;
        long sharedChars;

        Part(String name) {
            this.name = name;
        }

        void read(XMLStreamReader xml, Markup markup) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new UnreadableFile("imports.file.xmlEntities");
                }
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text != null) {
                        text(xml.getText());
                    }
                    continue;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (xml.getLocalName().equals(text)) {
                        endText();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (++depth > MAX_DEPTH) {
                    throw new UnreadableFile("imports.file.badWorkbook");
                }
                String local = xml.getLocalName();
                name(xml.getPrefix(), local);
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    name(xml.getAttributePrefix(i), xml.getAttributeLocalName(i));
                }
                if (root == null) {
                    root = local;
                    continue;
                }
                if (PACKAGE_ROOTS.contains(root)
                        && (++elements > MAX_PACKAGE_ELEMENTS || markup.count > MAX_PACKAGE_PART)) {
                    throw new UnreadableFile("imports.file.badWorkbook");
                }
                startElement(xml, local);
            }
            if ("sst".equals(root)) {
                sharedStrings = Math.min(sharedStrings, sharedStringCount);
            }
            if ("worksheet".equals(root)) {
                lastValueRows.put(name, lastValueRow);
            }
        }

        private void name(String prefix, String local) {
            if (names.add(prefix == null || prefix.isEmpty() ? local : prefix + ':' + local) && names.size() > MAX_NAMES) {
                throw new UnreadableFile("imports.file.badWorkbook");
            }
        }

        private void startElement(XMLStreamReader xml, String local) {
            switch (root) {
                case "Types" -> {
                    String type = xml.getAttributeValue(null, "ContentType");
                    if ("Override".equals(local) && type != null && (type.endsWith(".sheet.main+xml")
                            || type.endsWith(".sheet.macroEnabled.main+xml"))) {
                        String part = xml.getAttributeValue(null, "PartName");
                        if (part != null) {
                            workbookPart = part.startsWith("/") ? part.substring(1) : part;
                        }
                    }
                }
                case "workbook" -> {
                    if ("sheet".equals(local) && firstSheetId == null) {
                        firstSheetId = xml.getAttributeValue(RELATIONSHIPS, "id");
                    }
                }
                case "Relationships" -> {
                    String type = xml.getAttributeValue(null, "Type");
                    if ("Relationship".equals(local) && type != null && type.endsWith("/worksheet")) {
                        String id = String.valueOf(xml.getAttributeValue(null, "Id"));
                        String target = String.valueOf(xml.getAttributeValue(null, "Target"));
                        relationshipChars += id.length() + target.length();
                        if (relationshipChars > MAX_RELATIONSHIP_CHARS) {
                            throw new UnreadableFile("imports.file.badWorkbook");
                        }
                        relationships.computeIfAbsent(name, n -> new HashMap<>()).put(id, target);
                    }
                }
                case "sst" -> {
                    if ("si".equals(local)) {
                        if (++sharedStringCount > MAX_SHARED_STRINGS) {
                            throw new UnreadableFile("imports.file.tooManySharedTexts", MAX_SHARED_STRINGS,
                                    MAX_SHARED_CHARS);
                        }
                        text = local;
                        value.setLength(0);
                    }
                }
                case "worksheet" -> {
                    switch (local) {
                        case "row" -> {
                            row = rowNumber(xml.getAttributeValue(null, "r"), row);
                            column = 0;
                        }
                        case "c" -> {
                            column = columnNumber(xml.getAttributeValue(null, "r"), column);
                            sharedStringCell = "s".equals(xml.getAttributeValue(null, "t"));
                        }
                        case "v", "is", "f" -> {
                            text = local;
                            value.setLength(0);
                        }
                        default -> {
                        }
                    }
                }
                default -> {
                }
            }
        }

        /** Collects a text up to its bound: the parser has it whole already, but only up to {@link #MAX_RUN}. */
        private void text(String chunk) {
            if ("si".equals(text)) {
                sharedChars += chunk.length();
                if (sharedChars > MAX_SHARED_CHARS) {
                    throw new UnreadableFile("imports.file.tooManySharedTexts", MAX_SHARED_STRINGS, MAX_SHARED_CHARS);
                }
            }
            if (value.length() + chunk.length() > ("f".equals(text) ? MAX_FORMULA : maxText)) {
                tooLong();
            }
            value.append(chunk);
        }

        private void endText() {
            if ("v".equals(text) && sharedStringCell) {
                maxSharedIndex = Math.max(maxSharedIndex, Long.parseLong(value.toString().trim()));
            }
            if (("v".equals(text) || "is".equals(text)) && !value.toString().isBlank()) {
                lastValueRow = row;
                if (row > limits.maxRows()) {
                    throw new SheetRefused("imports.file.tooManyRows", limits.maxRows());
                }
                if (column > limits.maxColumns()) {
                    throw new SheetRefused("imports.file.tooManyColumns", row, limits.maxColumns());
                }
            }
            text = null;
        }

        /** A text over its bound, or a run of bytes over {@link #MAX_RUN}, refused naming where it is. */
        void tooLong() {
            if ("worksheet".equals(root) && ("v".equals(text) || "is".equals(text))) {
                throw new SheetRefused("imports.file.cellTooLong", row, Tables.column(column - 1),
                        limits.maxCellChars());
            }
            if ("si".equals(text)) {
                throw new UnreadableFile("imports.file.sharedTextTooLong", sharedStringCount, limits.maxCellChars());
            }
            if ("f".equals(text)) {
                throw new UnreadableFile("imports.file.badWorkbook");
            }
            throw new UnreadableFile("imports.file.markupTooLong", name, MAX_RUN / 1024);
        }
    }

    private static int rowNumber(String r, int previous) {
        int row = r == null ? previous + 1 : Integer.parseInt(r);
        if (row < 1 || row > MAX_ROW) {
            throw new UnreadableFile("imports.file.badWorkbook");
        }
        return row;
    }

    /**
     * The cell's column (A = 1), the one after the previous cell's without a reference. fastexcel-reader sizes a
     * row's cell list by the column of its reference: "ZZZZZZ1" would be 300 million.
     */
    private static int columnNumber(String reference, int previous) {
        if (reference == null) {
            return previous + 1;
        }
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c == '$') {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + c - 'A' + 1;
            if (column > MAX_COLUMN) {
                throw new UnreadableFile("imports.file.badWorkbook");
            }
        }
        return column;
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        return factory;
    }

    /**
     * Counts the bytes of an XML part since the last markup character as they reach the parser, and stops at
     * {@link #MAX_RUN}: the parser holds a whole tag or text before handing it on. A '<' ends a run, except inside
     * comments, CDATA sections and processing instructions, which end at their own closing marks. A document type
     * ("<!DOCTYPE", "<!ENTITY") is refused here already; a part in UTF-16 or UTF-32 (never written by Excel) too,
     * since its '<' cannot be told from a byte of another character.
     */
    private static final class Markup extends FilterInputStream {

        private static final int TEXT = 0;
        private static final int LESS_THAN = 1;
        private static final int BANG = 2;
        private static final int COMMENT = 3;
        private static final int CDATA = 4;
        private static final int INSTRUCTION = 5;

        /** Bytes read so far. */
        long count;
        private int state = TEXT;
        private int run;
        private int previous;
        private int beforePrevious;

        Markup(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = 0; i < read; i++) {
                see(buffer[offset + i] & 0xFF);
            }
            return read;
        }

        private void see(int b) {
            if (count++ < 2 && (b == 0 || b == 0xFE || b == 0xFF)) {
                throw new UnreadableFile("imports.file.badWorkbook");
            }
            boolean closing = false;
            switch (state) {
                case TEXT -> state = b == '<' ? LESS_THAN : TEXT;
                case LESS_THAN -> state = b == '!' ? BANG : b == '?' ? INSTRUCTION : TEXT;
                case BANG -> {
                    if (b != '-' && b != '[') {
                        throw new UnreadableFile("imports.file.xmlEntities");
                    }
                    state = b == '-' ? COMMENT : CDATA;
                }
                case COMMENT -> closing = b == '>' && previous == '-' && beforePrevious == '-';
                case CDATA -> closing = b == '>' && previous == ']' && beforePrevious == ']';
                default -> closing = b == '>' && previous == '?';
            }
            if (closing) {
                state = TEXT;
            }
            run = state == LESS_THAN || closing ? 0 : run + 1;
            if (run > MAX_RUN) {
                throw new TooLong();
            }
            beforePrevious = previous;
            previous = b;
        }

        /** A run over {@link #MAX_RUN}: what it belongs to decides the message. */
        static final class TooLong extends RuntimeException {

            TooLong() {
                super(null, null, false, false);
            }
        }
    }

    /** Stops inflating an entry at its bound: more is a zip bomb, whatever the zip's directory says. */
    private static final class Bounded extends FilterInputStream {

        private final long bound;
        long count;

        Bounded(InputStream in, long bound) {
            super(in);
            this.bound = bound;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            if (count > bound) {
                throw new UnreadableFile("imports.file.zipBomb");
            }
        }
    }
}
