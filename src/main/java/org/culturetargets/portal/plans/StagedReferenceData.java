package org.culturetargets.portal.plans;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

/** The reference data's checks and merges of staged rows ({@link StagedRows}), with the admin forms' rules. */
public interface StagedReferenceData {

	/**
	 * Areas and groups keyed by {@code code}; also {@code kind, name_zh, name_en, parent} and {@code members} (text[]),
	 * each a code or name of a stored scope or of a staged row, {@code sort_order, source}.
	 */
	StagedMerge areas();

	/**
	 * Targets keyed by {@code plan_code, indicator_code, scope_code, kind, target_year}; also {@code comparator,
	 * baseline_value, baseline_year, target_value, wording, source}, and the plan's columns repeated on its rows:
	 * {@code title_zh, title_en, issuer_zh, issuer_en, level, home_scope, period_start, period_end,
	 * plan_baseline_year, plan_source}.
	 */
	StagedMerge plans();

}
