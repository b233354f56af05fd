package org.culturetargets.portal.shared;

import java.util.List;
import java.util.Optional;

/**
 * What the module that owns some data offers for rows staged by another ({@link StagedRows}): its checks, how the
 * rows compare with what is stored, and the merge, all set-based, so that a million rows cost a few statements. The
 * owner's forms, API and merges apply the same rules; the caller keeps reading, staging and row problems. A merge
 * publishes {@link DataChanged} itself.
 */
public interface StagedMerge {

	/**
	 * The owner's checks of the staged rows, each a query of {@code row_no, column_code, value, message_key,
	 * arguments} (a text array), {@code :batch} its only parameter; the caller combines them and keeps the problems.
	 * {@code column_code} is the column's code in the import template (SPEC §9).
	 */
	List<String> checks(StagedRows rows);

	/** How many staged rows are new, changed and unchanged against what is stored. */
	Comparison compare(StagedRows rows);

	/**
	 * Merges the staged rows into the owner's tables in the caller's transaction: new rows inserted, changed ones
	 * updated, unchanged ones left alone (so the same rows again change nothing), the changes logged in
	 * {@link StagedRows#changeLog()}. {@code comparison} is what {@link #compare} found in this transaction: rows that
	 * cannot be there need no statement.
	 */
	void merge(StagedRows rows, Comparison comparison);

	/**
	 * For an owner whose rows record the batch that wrote them instead of logging every new row: a query of
	 * {@code row_no, subject, after} (jsonb) of the rows the batch created that still hold its values.
	 */
	default Optional<String> created(StagedRows rows) {
		return Optional.empty();
	}

	/**
	 * The check for a row whose key an earlier staged row has already: "same as row n", on the template's
	 * {@code column}, with the value of the key's last column. Names the staging table {@code {staged}}.
	 */
	static String duplicateKey(String column, String keyColumns) {
		String[] parts = keyColumns.split(",");
		return """
				select s.row_no, '%1$s', s.%3$s::text, 'imports.problem.duplicateRow', array[d.first_row::text]
				from {staged} s
				join (select %2$s, min(row_no) as first_row from {staged} where import_id = :batch
				      group by %2$s having count(*) > 1) d using (%2$s)
				where s.import_id = :batch and s.row_no > d.first_row
				""".formatted(column, keyColumns, parts[parts.length - 1].strip());
	}

	record Comparison(int created, int changed, int unchanged) {
	}

}
