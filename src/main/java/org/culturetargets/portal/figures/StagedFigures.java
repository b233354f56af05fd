package org.culturetargets.portal.figures;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

/** The indicator values' checks and merge of staged rows ({@link StagedRows}). */
public interface StagedFigures {

	/**
	 * Values keyed by {@code indicator_code, scope_code, period, status} (null: final); also {@code value, note,
	 * source} (null: traced to the batch's origin and row).
	 */
	StagedMerge values();

}
