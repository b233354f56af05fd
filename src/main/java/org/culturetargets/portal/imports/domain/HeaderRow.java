package org.culturetargets.portal.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which row of a file is its header, and which of its columns is which template column. Office spreadsheets put a
 * title (often merged across the columns) and a blank line above the header, so the header is the first of the
 * first rows that names every required column, by its code or its Chinese header, with or without a unit in
 * brackets or a {@code *} marking it required.
 */
final class HeaderRow {

	/** How many rows above the header a file may have (titles, notes, blank lines). */
	static final int SEARCHED_ROWS = 10;

	private final int number;

	/** Template column → the index of the file's column holding it. */
	private final Map<Column, Integer> positions;

	/** Template column code → the header as the file writes it, to name columns in problems. */
	private final Map<String, String> headers;

	private final List<String> ignored;

	private HeaderRow(int number, Map<Column, Integer> positions, Map<String, String> headers, List<String> ignored) {
		this.number = number;
		this.positions = positions;
		this.headers = headers;
		this.ignored = ignored;
	}

	/** The header of the kind in this row, or null when the row does not name every required column. */
	static HeaderRow match(int number, List<String> cells, List<Column> columns) {
		Map<String, Column> byName = new HashMap<>();
		for (Column column : columns) {
			byName.put(key(column.code()), column);
			byName.put(key(column.headerZh()), column);
		}
		Map<Column, Integer> positions = new LinkedHashMap<>();
		Map<String, String> headers = new LinkedHashMap<>();
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			Column column = byName.get(key(cells.get(i)));
			if (column != null && !positions.containsKey(column)) {
				positions.put(column, i);
				headers.put(column.code(), cells.get(i));
			}
			else if (!cells.get(i).isBlank()) {
				ignored.add(cells.get(i));
			}
		}
		boolean complete = columns.stream().filter(Column::required).allMatch(positions::containsKey);
		return complete ? new HeaderRow(number, positions, headers, ignored) : null;
	}

	/** A header cell reduced to what identifies it: no unit in brackets, no required mark, no spaces or case. */
	static String key(String header) {
		return Cells.plain(header).replaceAll("\\(.*\\)|\\*", "").replace(" ", "").replace("_", "")
			.toLowerCase(Locale.ROOT);
	}

	int number() {
		return number;
	}

	/** The row's cell for the column, "" when the file has no such column or the row is shorter. */
	String cell(List<String> cells, Column column) {
		Integer position = positions.get(column);
		return position == null || position >= cells.size() ? "" : cells.get(position);
	}

	Map<String, String> headers() {
		return headers;
	}

	List<String> ignored() {
		return ignored;
	}

}
