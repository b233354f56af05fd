package org.culturetargets.portal.plans;

import java.math.BigDecimal;

/**
 * Plan × indicator × scope × kind: reach {@code targetValue} ({@code comparator}) by {@code targetYear} from
 * {@code baselineValue} in {@code baselineYear}. For {@code GROWTH} the target value is the yearly growth in
 * percent; for {@code MONITOR} there is none. {@code wording} keeps the document's own words where the number
 * is approximate ("左右", "力争").
 */
public record TargetView(long id, String planCode, String indicatorCode, String scopeCode, TargetKind kind,
		Comparator comparator, BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear,
		String wording, String source) {
}
