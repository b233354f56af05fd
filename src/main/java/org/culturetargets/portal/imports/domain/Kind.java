package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.shared.StagedMerge;

/**
 * What the import centre needs to know of one kind of file: its template's columns, the staging table its rows are
 * copied into, and the module that owns the data, which checks the staged rows by its rules and merges them.
 */
interface Kind {

	ImportKind kind();

	List<Column> columns();

	/** The unlogged staging table, with {@code import_id}, {@code row_no} and one column per template column. */
	String stagingTable();

	StagedMerge owner();

	/** Its rows are indicator values, judged by the report validation rules ({@link RuleFindings}). */
	default boolean judgedByReportRules() {
		return false;
	}

}
