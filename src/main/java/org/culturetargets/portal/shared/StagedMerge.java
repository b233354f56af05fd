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

	record Comparison(int created, int changed, int unchanged) {
	}

}
