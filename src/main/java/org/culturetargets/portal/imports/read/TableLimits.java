package org.culturetargets.portal.imports.read;

/** Limits checked before a file is parsed (SPEC: a file over the size or row limit is refused before parsing). */
public record TableLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {

    public TableLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("table limits must be positive");
        }
    }
}
