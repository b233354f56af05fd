package org.culturetargets.portal.imports.read;

public record TableSummary(String format, String encoding, int lastRow) {
}
