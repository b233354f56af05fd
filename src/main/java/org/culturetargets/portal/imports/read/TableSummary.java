package org.culturetargets.portal.imports.read;

/**
 * What was read: {@code "CSV"} or {@code "XLSX"}; for CSV the encoding found ({@code "UTF-8"}, {@code "UTF-8 BOM"},
 * {@code "GB18030"}, {@code "UTF-16LE BOM"}), for XLSX {@code ""}; the number of the last non-blank row (0 when none).
 */
public record TableSummary(String format, String encoding, int lastRow) {
}
