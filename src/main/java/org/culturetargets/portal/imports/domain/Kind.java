package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

/**
 * What the import centre needs to know of one kind of file: its template's columns, where its rows are staged, the
 * checks that need the database, how staged rows compare with what is stored, and how they are merged. Every SQL
 * text takes the import's id as its only parameter, {@code :import}.
 */
interface Kind {

	ImportKind kind();

	List<Column> columns();

	/** The unlogged staging table, with {@code import_id}, {@code row_no} and one column per template column. */
	String stagingTable();

	/**
	 * Set-based checks of the staged rows, each a query of {@code row_no, column_code, value, message_key,
	 * arguments} (a text array), combined with UNION ALL.
	 */
	List<String> checks();

	/** One row: how many staged rows are new, changed and unchanged against what is stored. */
	String comparison();

	/**
	 * The statements that merge the staged rows into the kind's tables, in order, in one transaction: new rows
	 * inserted, changed ones updated, unchanged ones left alone (so re-importing a file changes nothing), and
	 * every new or changed row recorded in {@code imports.change}.
	 */
	List<String> merge();

	/**
	 * The merge, knowing how many staged rows the comparison found new, changed and unchanged, in the same
	 * transaction: a kind may leave out work that cannot find anything (no changed row, no stored row).
	 */
	default List<String> merge(int created, int changed, int unchanged) {
		return merge();
	}

	/**
	 * For a kind whose rows record the import that wrote them instead of logging every new row: the rows this
	 * import created that still hold its values, as {@code row_no, subject, after} (jsonb). Null when the change
	 * log has every row.
	 */
	default String created() {
		return null;
	}

}
