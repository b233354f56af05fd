package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.FiveYearPlanPeriod;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;

/**
 * A target as the progress rules read it (SPEC §3).
 *
 * @param kind what the target asks for
 * @param comparator how a value is compared with {@code target}; null for {@code MONITOR}
 * @param baseline B, the value in the baseline year; null when unknown
 * @param baselineYear the year B stands in; only later values measure progress
 * @param target T for {@code LEVEL} and {@code MAINTAIN}; for {@code GROWTH} the yearly growth g in percent
 *        (10 for "> 10 %"), which the comparator applies to each year's growth; null for {@code MONITOR}
 * @param targetYear the year by whose end T is due
 * @param direction whether a larger value is better
 * @param nature {@code FLOW} figures are year-to-date in quarters; {@code STOCK} figures are levels
 * @param path the shape of the expected path from B to T
 * @param displayScale decimals the indicator's values are shown with; values are rounded to it before judging
 * @param cumulativeWithinPlanPeriod values are counts from the start of their five-year plan period, which restart with
 *        each period
 */
record TargetRule(TargetKind kind, Comparator comparator, BigDecimal baseline, int baselineYear, BigDecimal target,
		int targetYear, Direction direction, Nature nature, PathShape path, int displayScale,
		boolean cumulativeWithinPlanPeriod) {

	/** A target on an indicator whose values are not counted afresh in each five-year plan period. */
	TargetRule(TargetKind kind, Comparator comparator, BigDecimal baseline, int baselineYear, BigDecimal target,
			int targetYear, Direction direction, Nature nature, PathShape path, int displayScale) {
		this(kind, comparator, baseline, baselineYear, target, targetYear, direction, nature, path, displayScale, false);
	}

	TargetRule {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(nature, "nature");
		Objects.requireNonNull(path, "path");
		if (kind != TargetKind.MONITOR) {
			if (comparator == null || target == null) {
				throw new IllegalArgumentException(kind + " target needs a comparator and a target value");
			}
			if (targetYear <= baselineYear) {
				throw new IllegalArgumentException(
						"target year " + targetYear + " must come after baseline year " + baselineYear);
			}
		}
		if (displayScale < 0) {
			throw new IllegalArgumentException("display scale must not be negative: " + displayScale);
		}
	}

	/** A plan's target as the rules read it: its own terms, and from its indicator how values behave and are shown. */
	static TargetRule of(TargetView target, IndicatorView indicator) {
		return new TargetRule(target.kind(), target.comparator(), target.baselineValue(), target.baselineYear(),
				target.targetValue(), target.targetYear(), indicator.direction(), indicator.nature(), indicator.path(),
				indicator.displayScale(), indicator.cumulativeWithinPlanPeriod());
	}

	/**
	 * B as the values of {@code year} are measured from it. A count within a plan period restarts at zero in a
	 * period after the baseline year's: the baseline year's total belongs to the period before.
	 */
	BigDecimal baselineFor(int year) {
		if (baseline == null || !cumulativeWithinPlanPeriod) {
			return baseline;
		}
		return FiveYearPlanPeriod.of(year).equals(FiveYearPlanPeriod.of(baselineYear)) ? baseline : BigDecimal.ZERO;
	}

	/** B as the path to T starts from: zero for a count that restarts in the target year's plan period. */
	BigDecimal effectiveBaseline() {
		return baselineFor(targetYear);
	}

}
