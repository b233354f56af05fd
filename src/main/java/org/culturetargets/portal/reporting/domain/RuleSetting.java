package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;

/**
 * A validation rule as the administrator set it ({@code reporting.validation_rule}): its threshold (a percentage
 * or a robust z-score, by rule), the fewest values it compares with ({@code minCount}, where it needs a sample),
 * whether it runs, and the version of the row, for the optimistic lock of the admin page.
 */
public record RuleSetting(String code, RuleKind kind, BigDecimal threshold, Integer minCount, boolean enabled,
		int sortOrder, int version) {

	public static final String YTD_DECLINE = "ytd_decline";

	public static final String YEAR_ON_YEAR = "year_on_year";

	public static final String DISTRICT_OUTLIER = "district_outlier";

	public static final String RATIO_PARTS = "ratio_parts";

	/** A ratio reported with its parts disagrees with the ratio of those parts; threshold in percentage points. */
	public static final String RATIO_DERIVED = "ratio_derived";

	public static final String OWN_HISTORY = "own_history";

	public String messageKey() {
		return "rule." + code;
	}

}
