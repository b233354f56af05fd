package org.culturetargets.portal.imports.web;

import java.util.List;

/**
 * The import API's answer (SPEC §9): data rows read, rows without problems, rows applied by the commit (0 for a
 * dry run or a refused commit), and every problem; also the import's id and how the rows compare with what was
 * stored, and the warnings: soft validation rules' findings, which do not stop the commit.
 */
record ImportResult(String kind, long importId, int rows, int accepted, int committed, int created, int changed,
		int unchanged, int problemCount, List<Problem> problems, int warningCount, List<Problem> warnings) {

	/**
	 * A problem as a reader sees it: the row as the spreadsheet numbers it, the column as the file names it;
	 * {@code rule}, the validation rule that found it (null for the import's own checks).
	 */
	record Problem(int row, String column, String value, String message, String rule) {
	}

}
