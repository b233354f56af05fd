package org.culturetargets.portal.imports.read;

public record TableLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {
}
