package org.culturetargets.portal.imports.read;

import java.util.List;

/** Receives a table's non-blank rows in order, numbered as a spreadsheet shows them (the first row is 1). */
@FunctionalInterface
public interface RowSink {

    void row(int number, List<String> cells);
}
