package org.culturetargets.portal.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.culturetargets.portal.shared.StagedMerge.Comparison;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows another module has staged for the module that owns their data: the import centre copies a file's rows into a
 * staging table of its own, and the owner checks them by its rules and merges them into its tables, set-based, in
 * the caller's transaction. The owner's SQL reaches the caller's tables only through these names.
 *
 * @param table the staging table: {@code import_id}, {@code row_no} and the columns the owner reads, as its
 * {@link StagedMerge} documents them
 * @param batch the rows' {@code import_id}; every statement takes it as its parameter {@code :batch}
 * @param writer who wrote the rows, as the owner's {@code updated_by} and {@code recorded_by} columns record it, e.g.
 * {@code import #12}
 * @param origin how a row is traced where it has no source of its own, e.g. {@code import #12 values.csv}; the owner
 * adds the row's number
 * @param changeLog the table that receives {@code (import_id, row_no, subject, before, after)} (jsonb) for the rows a
 * merge writes
 * @param present the staging table's columns that the file had: where a column is absent, the stored values stay
 */
public record StagedRows(String table, long batch, String writer, String origin, String changeLog,
		Set<String> present) {

	private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

	public StagedRows {
		// table names are written into SQL: only the caller's constants, never anything read from a request
		if (!TABLE.matcher(table).matches() || !TABLE.matcher(changeLog).matches()) {
			throw new IllegalArgumentException("not a table name: " + table + ", " + changeLog);
		}
		present = Set.copyOf(present);
	}

	public boolean has(String column) {
		return present.contains(column);
	}

	/** The owner's statement with {@code {staged}} and {@code {changes}} naming the caller's tables. */
	public String sql(String statement) {
		return statement.replace("{staged}", table).replace("{changes}", changeLog);
	}

	/** The parameters a statement may name: {@code :batch}, {@code :writer}, {@code :origin}. */
	public Map<String, Object> parameters() {
		return Map.of("batch", batch, "writer", writer, "origin", origin);
	}

	/** Runs an owner's comparison: one row of how many staged rows are new, changed and unchanged. */
	public Comparison compare(JdbcClient jdbc, String query) {
		return jdbc.sql(sql(query))
			.params(parameters())
			.query((rs, n) -> new Comparison(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/** Runs an owner's statements in order, in the caller's transaction. */
	public void execute(JdbcClient jdbc, List<String> statements) {
		for (String statement : statements) {
			jdbc.sql(sql(statement)).params(parameters()).update();
		}
	}

}
