package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Ratio;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.shared.Period;

/**
 * The validation rules of a report's values (issue 14), in plain Java: each enabled rule looks at each value with
 * what it is compared with and says, in a {@link Finding}, the value, the comparison and why it is suspicious.
 * Which rules run, how hard they are and their thresholds are data ({@link RuleSetting}).
 */
public final class QualityRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal FOUR = BigDecimal.valueOf(4);

	private QualityRules() {
	}

	/**
	 * The findings on the values, rule by rule in the rules' order. {@code ratios} are the ratio indicators whose
	 * parts may be among the values.
	 */
	public static List<Finding> check(List<RuleSetting> rules, List<ValueFacts> facts, List<IndicatorView> ratios) {
		List<Finding> findings = new ArrayList<>();
		for (RuleSetting rule : rules) {
			if (!rule.enabled()) {
				continue;
			}
			if (RuleSetting.RATIO_PARTS.equals(rule.code())) {
				ratios.forEach(ratio -> ratioParts(rule, ratio, facts).ifPresent(findings::add));
				continue;
			}
			if (RuleSetting.RATIO_DERIVED.equals(rule.code())) {
				ratios.forEach(ratio -> ratioDerived(rule, ratio, facts).ifPresent(findings::add));
				continue;
			}
			for (ValueFacts f : facts) {
				if (f.value() != null) {
					apply(rule, f).ifPresent(findings::add);
				}
			}
		}
		return List.copyOf(findings);
	}

	static Optional<Finding> apply(RuleSetting rule, ValueFacts f) {
		return switch (rule.code()) {
			case RuleSetting.YTD_DECLINE -> ytdDecline(rule, f);
			case RuleSetting.YEAR_ON_YEAR -> yearOnYear(rule, f);
			case RuleSetting.DISTRICT_OUTLIER -> districtOutlier(rule, f);
			case RuleSetting.OWN_HISTORY -> ownHistory(rule, f);
			default -> Optional.empty();
		};
	}

	/** A year-to-date flow cannot fall within a year: Q3 累计 below Q2 累计. */
	static Optional<Finding> ytdDecline(RuleSetting rule, ValueFacts f) {
		if (f.indicator().nature() != Nature.FLOW || f.period().endQuarter() == 1 || f.previous() == null
				|| f.value().compareTo(f.previous()) >= 0) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(rule, f.indicator().code(), "fired", f.indicator().code(), f.quantity(f.value()),
				f.period(), f.quantity(f.previous()), ValueFacts.previousQuarter(f.period())));
	}

	/**
	 * Change on the same quarter last year beyond the threshold (%); without last year's value, on the pace of the
	 * quarter before: a flow's year-to-date ÷ quarters elapsed × quarters (for a first quarter, last year's annual
	 * ÷ 4), a stock's level itself. Without either, a notice says that no comparison was possible: a value the rule
	 * could not judge is not passed in silence.
	 */
	static Optional<Finding> yearOnYear(RuleSetting rule, ValueFacts f) {
		String code = f.indicator().code();
		if (f.lastYear() != null && f.lastYear().signum() != 0) {
			BigDecimal change = change(f.value(), f.lastYear());
			return beyond(change, rule.threshold()) ? Optional.of(Finding.of(rule, code, "fired", code,
					f.quantity(f.value()), f.quantity(f.lastYear()), f.period().yearEarlier(), change.toPlainString(),
					rule.threshold().stripTrailingZeros().toPlainString())) : Optional.empty();
		}
		BigDecimal expected = pace(f);
		if (expected == null || expected.signum() == 0) {
			return Optional.of(Finding.notice(rule, code, "noComparison", code, f.quantity(f.value()),
					f.period().yearEarlier(), ValueFacts.previousQuarter(f.period())));
		}
		BigDecimal change = change(f.value(), expected);
		return beyond(change, rule.threshold()) ? Optional.of(Finding.of(rule, code, "pace", code,
				f.quantity(f.value()), f.quantity(expected), ValueFacts.previousQuarter(f.period()),
				change.toPlainString(), rule.threshold().stripTrailingZeros().toPlainString())) : Optional.empty();
	}

	/** What the quarter before makes this quarter's value expected to be; null without it. */
	static BigDecimal pace(ValueFacts f) {
		if (f.previous() == null) {
			return null;
		}
		if (f.indicator().nature() != Nature.FLOW) {
			return f.previous();
		}
		int quarter = f.period().endQuarter();
		if (quarter == 1) {
			return f.previous().divide(FOUR, MathContext.DECIMAL64);
		}
		return f.previous().multiply(BigDecimal.valueOf(quarter)).divide(BigDecimal.valueOf(quarter - 1L), MathContext.DECIMAL64);
	}

	/** The district's value against the other districts' of the same indicator and quarter. */
	static Optional<Finding> districtOutlier(RuleSetting rule, ValueFacts f) {
		if (f.others().size() < minCount(rule)) {
			return Optional.empty();
		}
		RobustScore score = RobustScore.of(f.value(), f.others());
		if (!score.beyond(rule.threshold())) {
			return Optional.empty();
		}
		String code = f.indicator().code();
		return Optional.of(Finding.of(rule, code, score.z() == null ? "noSpread" : "fired", code, f.quantity(f.value()),
				f.others().size(), f.quantity(score.median()), zText(score), thresholdText(rule)));
	}

	/**
	 * The value against the district's own values of the eight quarters before; a flow's year-to-date values are
	 * put on a year's pace (÷ quarters × 4) so that a third quarter compares with a first.
	 */
	static Optional<Finding> ownHistory(RuleSetting rule, ValueFacts f) {
		List<BigDecimal> history = f.history().entrySet().stream().map(e -> annualPace(f, e.getKey(), e.getValue())).toList();
		if (history.size() < minCount(rule)) {
			return Optional.empty();
		}
		BigDecimal pace = annualPace(f, f.period(), f.value());
		RobustScore score = RobustScore.of(pace, history);
		if (!score.beyond(rule.threshold())) {
			return Optional.empty();
		}
		String code = f.indicator().code();
		String key = score.z() == null ? "noSpread" : f.indicator().nature() == Nature.FLOW ? "pace" : "fired";
		return Optional.of(Finding.of(rule, code, key, code, f.quantity(f.value()), history.size(),
				f.quantity(score.median()), zText(score), thresholdText(rule), f.quantity(pace)));
	}

	/** A ratio's parts: the part above the threshold share of its whole (100 %: a part above its whole). */
	static Optional<Finding> ratioParts(RuleSetting rule, IndicatorView ratio, List<ValueFacts> facts) {
		Optional<ValueFacts> partFacts = entered(facts, ratio.numeratorCode());
		Optional<ValueFacts> wholeFacts = entered(facts, ratio.denominatorCode());
		if (partFacts.isEmpty() || wholeFacts.isEmpty() || partFacts.get().value().signum() == 0) {
			return Optional.empty();
		}
		BigDecimal part = partFacts.get().value();
		BigDecimal whole = wholeFacts.get().value();
		boolean above = whole.signum() == 0
				|| part.multiply(HUNDRED).compareTo(rule.threshold().multiply(whole)) > 0;
		if (!above) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(rule, ratio.numeratorCode(), "fired", ratio.numeratorCode(),
				partFacts.get().quantity(part), ratio.denominatorCode(), wholeFacts.get().quantity(whole), ratio.code(),
				thresholdText(rule)));
	}

	/**
	 * A ratio reported with its parts: the ratio computed from the parts ({@link Ratio}) differs from the reported
	 * one by more than the threshold, in percentage points. Not judged without all three or with a whole of zero
	 * (the part-and-whole rule speaks to that).
	 */
	static Optional<Finding> ratioDerived(RuleSetting rule, IndicatorView ratio, List<ValueFacts> facts) {
		Optional<ValueFacts> reported = entered(facts, ratio.code());
		Optional<ValueFacts> part = entered(facts, ratio.numeratorCode());
		Optional<ValueFacts> whole = entered(facts, ratio.denominatorCode());
		if (reported.isEmpty() || part.isEmpty() || whole.isEmpty() || whole.get().value().signum() == 0) {
			return Optional.empty();
		}
		BigDecimal derived = new Ratio(ratio, figure(part.get()), figure(whole.get())).value();
		BigDecimal difference = reported.get().value().subtract(derived).abs();
		if (difference.compareTo(rule.threshold()) <= 0) {
			return Optional.empty();
		}
		ValueFacts r = reported.get();
		// the computed ratio and the gap two decimals finer than the ratio is shown, so that a gap just past a small
		// tolerance is not written as 0
		int scale = ratio.displayScale() + 2;
		return Optional.of(Finding.of(rule, ratio.code(), "fired", ratio.code(), r.quantity(r.value()),
				new Quantity(derived, ratio.unit(), scale), ratio.numeratorCode(), part.get().quantity(part.get().value()),
				ratio.denominatorCode(), whole.get().quantity(whole.get().value()),
				difference.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
				thresholdText(rule)));
	}

	private static FigureView figure(ValueFacts f) {
		return new FigureView(f.indicator().code(), null, f.period(), f.value(), ValueStatus.FINAL, null, null, null,
				null, false);
	}

	private static Optional<ValueFacts> entered(List<ValueFacts> facts, String code) {
		return facts.stream().filter(f -> f.indicator().code().equals(code) && f.value() != null).findFirst();
	}

	private static BigDecimal annualPace(ValueFacts f, Period period, BigDecimal value) {
		if (f.indicator().nature() != Nature.FLOW) {
			return value;
		}
		return value.multiply(FOUR).divide(BigDecimal.valueOf(period.endQuarter()), MathContext.DECIMAL64);
	}

	/** Change in % on a basis, to one decimal. */
	static BigDecimal change(BigDecimal value, BigDecimal basis) {
		return value.subtract(basis).multiply(HUNDRED).divide(basis.abs(), 1, RoundingMode.HALF_UP);
	}

	private static boolean beyond(BigDecimal change, BigDecimal threshold) {
		return change.abs().compareTo(threshold) > 0;
	}

	private static int minCount(RuleSetting rule) {
		return rule.minCount() == null ? 1 : rule.minCount();
	}

	private static String zText(RobustScore score) {
		return score.z() == null ? "∞" : score.z().toPlainString();
	}

	private static String thresholdText(RuleSetting rule) {
		return rule.threshold().stripTrailingZeros().toPlainString();
	}

}
