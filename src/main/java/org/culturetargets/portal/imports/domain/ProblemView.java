package org.culturetargets.portal.imports.domain;

import java.util.List;

/** One problem of an import: the row as the spreadsheet numbers it, the column as the file names it, the value. */
public record ProblemView(int row, String column, String value, String messageKey, List<String> arguments) {
}
