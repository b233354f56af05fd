package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;

/** Targets of the shapes the tests need: the 14th FYP's 2020 → 2025, the Action Plan's 2022 → 2025. */
final class Rules {

	private Rules() {
	}

	static TargetRule level(Nature nature, PathShape path, Direction direction, String baseline, String comparator,
			String target, int displayScale) {
		return new TargetRule(TargetKind.LEVEL, Comparator.ofSymbol(comparator), decimal(baseline), 2020,
				new BigDecimal(target), 2025, direction, nature, path, displayScale);
	}

	/** A higher-is-better count on the straight path, 2020 → 2025. */
	static TargetRule linearStock(String baseline, String comparator, String target, int displayScale) {
		return level(Nature.STOCK, PathShape.LINEAR, Direction.HIGHER, baseline, comparator, target, displayScale);
	}

	/** The 14th FYP's added value: 2285 亿元 in 2020, at least 3000 in 2025, a money flow on the compound path. */
	static TargetRule addedValue(int displayScale) {
		return level(Nature.FLOW, PathShape.COMPOUND, Direction.HIGHER, "2285", ">=", "3000", displayScale);
	}

	/** Yearly growth of g % (the western districts' revenue: > 10 % a year), 2022 → 2025. */
	static TargetRule growth(String comparator, String g, int displayScale) {
		return new TargetRule(TargetKind.GROWTH, Comparator.ofSymbol(comparator), null, 2022, new BigDecimal(g), 2025,
				Direction.HIGHER, Nature.FLOW, PathShape.COMPOUND, displayScale);
	}

	/** A floor in every period (project start/completion rate >= 90 %), 2020 → 2025. */
	static TargetRule maintain(String comparator, String target, int displayScale) {
		return new TargetRule(TargetKind.MAINTAIN, Comparator.ofSymbol(comparator), null, 2020, new BigDecimal(target),
				2025, Direction.HIGHER, Nature.STOCK, PathShape.LINEAR, displayScale);
	}

	static TargetRule monitor(int displayScale) {
		return new TargetRule(TargetKind.MONITOR, null, null, 2020, null, 2025, Direction.HIGHER, Nature.STOCK,
				PathShape.LINEAR, displayScale);
	}

	/** A decimal from a table cell; an empty cell is unknown. */
	static BigDecimal decimal(String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text);
	}

}
