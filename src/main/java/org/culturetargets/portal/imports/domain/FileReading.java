package org.culturetargets.portal.imports.domain;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

import org.culturetargets.portal.shared.Texts;

/**
 * The rows of a file as they are read: the header found among the first rows, every cell checked by its column, the
 * good rows staged; at most {@code maxProblems} problems kept, all of them counted.
 */
final class FileReading {

	final long importId;

	final int maxProblems;

	final List<Column> columns;

	final ScopeNames names;

	final IntConsumer progress;

	final List<ProblemView> problems = new ArrayList<>();

	Staging staging;

	HeaderRow header;

	int rows;

	int rejectedRows;

	int problemCount;

	FileReading(long importId, int maxProblems, List<Column> columns, ScopeNames names, IntConsumer progress) {
		this.importId = importId;
		this.maxProblems = maxProblems;
		this.columns = columns;
		this.names = names;
		this.progress = progress;
	}

	void row(int number, List<String> cells) {
		if (header == null) {
			if (number <= HeaderRow.SEARCHED_ROWS) {
				header = HeaderRow.match(number, cells, columns);
			}
			return;
		}
		rows++;
		if (rows % 10_000 == 0) {
			progress.accept(rows);
		}
		List<String> values = new ArrayList<>(columns.size());
		boolean good = true;
		for (Column column : columns) {
			String text = header.cell(cells, column);
			if (text.isBlank()) {
				if (column.required()) {
					problem(number, column, "", "imports.problem.required");
					good = false;
				}
				values.add(null);
				continue;
			}
			// tab and line breaks are spaces to every type; other control characters are nobody's data
			if (!Texts.acceptable(text, true)) {
				problem(number, column, Texts.shown(text), "imports.problem.characters");
				good = false;
				values.add(null);
				continue;
			}
			try {
				values.add(column.type().read(text, names));
			}
			catch (CellProblem problem) {
				problem(number, column, text, problem.messageKey(), problem.arguments());
				good = false;
			}
		}
		if (!good) {
			rejectedRows++;
			return;
		}
		try {
			staging.add(importId, number, values);
		}
		catch (SQLException e) {
			throw new IllegalStateException("staging row " + number + " failed", e);
		}
	}

	private void problem(int number, Column column, String value, String key, Object... arguments) {
		problemCount++;
		if (problems.size() < maxProblems) {
			problems.add(new ProblemView(number, column.code(), value, key,
					Arrays.stream(arguments).map(String::valueOf).toList()));
		}
	}

}
