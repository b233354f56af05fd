package org.culturetargets.portal.imports.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
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

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = xmlInputFactory();

    private String workbookPart = "xl/workbook.xml";
    private String firstSheetId;
    private final Map<String, Map<String, String>> relationships = new HashMap<>();
    private final Map<String, Integer> lastValueRows = new HashMap<>();
    private int sharedStrings = Integer.MAX_VALUE;
    private long maxSharedIndex = -1;

    private XlsxPackage() {
    }

    /** The first sheet's last row with a value, when the package says which sheet is first. */
    static OptionalInt inspect(Path file) {
        XlsxPackage inspected = new XlsxPackage();
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
        return inspected.firstSheetLastRow();
    }

    private OptionalInt firstSheetLastRow() {
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        Map<String, String> targets = relationships.get(folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels");
        if (firstSheetId == null || targets == null || targets.get(firstSheetId) == null) {
            return OptionalInt.empty();
        }
        String target = targets.get(firstSheetId);
        String part = target.startsWith("/") ? target.substring(1) : folder + target;
        Integer lastRow = lastValueRows.get(part);
        return lastRow == null ? OptionalInt.empty() : OptionalInt.of(lastRow);
    }

    private void readPart(String name, InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            String root = null;
            int row = 0;
            int lastValueRow = 0;
            boolean sharedStringCell = false;
            String text = null;
            StringBuilder value = new StringBuilder();
            int sharedStringCount = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new UnreadableFile("imports.file.xmlEntities");
                }
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text != null) {
                        value.append(xml.getText());
                        if ("f".equals(text) && value.length() > MAX_FORMULA) {
                            throw new UnreadableFile("imports.file.badWorkbook");
                        }
                    }
                    continue;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals(text)) {
                        if ("v".equals(text) && sharedStringCell) {
                            maxSharedIndex = Math.max(maxSharedIndex, Long.parseLong(value.toString().trim()));
                        }
                        if (("v".equals(text) || "is".equals(text)) && !value.toString().isBlank()) {
                            lastValueRow = row;
                        }
                        text = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = xml.getLocalName();
                if (root == null) {
                    root = local;
                    continue;
                }
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
                        if ("Relationship".equals(local)) {
                            relationships.computeIfAbsent(name, n -> new HashMap<>()).put(
                                    xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
                        }
                    }
                    case "sst" -> sharedStringCount += "si".equals(local) ? 1 : 0;
                    case "worksheet" -> {
                        switch (local) {
                            case "row" -> row = rowNumber(xml.getAttributeValue(null, "r"), row);
                            case "c" -> {
                                checkColumn(xml.getAttributeValue(null, "r"));
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
            if ("sst".equals(root)) {
                sharedStrings = Math.min(sharedStrings, sharedStringCount);
            }
            if ("worksheet".equals(root)) {
                lastValueRows.put(name, lastValueRow);
            }
        } finally {
            xml.close();
        }
    }

    private static int rowNumber(String r, int previous) {
        int row = r == null ? previous + 1 : Integer.parseInt(r);
        if (row < 1 || row > MAX_ROW) {
            throw new UnreadableFile("imports.file.badWorkbook");
        }
        return row;
    }

    /** fastexcel-reader sizes a row's cell list by the column of its reference: "ZZZZZZ1" would be 300 million. */
    private static void checkColumn(String reference) {
        if (reference == null) {
            return;
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
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        return factory;
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
