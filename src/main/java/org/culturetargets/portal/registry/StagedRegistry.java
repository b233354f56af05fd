package org.culturetargets.portal.registry;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

/**
 * The registries' checks and merges of staged rows ({@link StagedRows}), with the rules of the registry's forms.
 * The staging tables have the columns each merge names, as the import templates of SPEC §9 fill them.
 */
public interface StagedRegistry {

	/**
	 * Parks keyed by {@code name_zh}; also {@code name_en, area_code, level, type, key_platform, recognised_year,
	 * groups} (text[]), {@code source}.
	 */
	StagedMerge parks();

	/**
	 * Enterprises keyed by {@code credit_code}; also {@code name, area_code, industry_class} (code or Chinese name),
	 * {@code above_size, digital, listed, stock_code, leading_enterprise, headquarters, export_key, park} (its name).
	 */
	StagedMerge enterprises();

	/**
	 * Projects keyed by {@code area_code, name}; also {@code category, planned_investment, completed_investment,
	 * status, planned_start, started_on, completed_on, groups} (text[]).
	 */
	StagedMerge projects();

	/** Enterprises' quarterly figures keyed by {@code credit_code, period}; also {@code revenue, employees}. */
	StagedMerge enterpriseFigures();

}
