package org.culturetargets.portal.imports.domain;

import java.util.List;

/**
 * One problem of an import: the row as the spreadsheet numbers it, the column as the file names it, the value.
 * {@code rule}: the report validation rule that found it (its owner writes the message), null for the import's own
 * checks; a {@code warning} is shown but does not stop the commit.
 */
public record ProblemView(int row, String column, String value, String messageKey, List<String> arguments, String rule,
		boolean warning) {

	ProblemView(int row, String column, String value, String messageKey, List<String> arguments) {
		this(row, column, value, messageKey, arguments, null, false);
	}

}
