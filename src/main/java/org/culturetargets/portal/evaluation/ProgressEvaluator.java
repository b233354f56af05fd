package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.Period;

/**
 * The progress rules of SPEC §3: where a target stands as of a period, and every number behind the verdict.
 * Values are rounded to their display precision before they are compared, so a shown value and its colour
 * never disagree. See {@code docs/methodology.md}.
 */
public final class ProgressEvaluator {

	private static final MathContext MATH = MathContext.DECIMAL64;
	private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
	/** r is compared with the thresholds at the two decimals it is shown with. */
	private static final int RATIO_SCALE = 2;
	/** The time fraction and the rates are shown as fractions with four decimals (0.0876 for 8.76 %). */
	private static final int RATE_SCALE = 4;
	/** Growth is shown in percent with one decimal, as statistical bulletins publish it (增长8.7%). */
	private static final int GROWTH_SCALE = 1;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Thresholds thresholds;

	public ProgressEvaluator(Thresholds thresholds) {
		this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
	}

	/**
	 * Where {@code target} stands as of {@code asOf}, judged on its indicator's values.
	 *
	 * @param series the indicator's values for the target's scope, one per period, in any order; values of the
	 *        baseline year and earlier may be included (they serve as last year's figures, not as progress)
	 * @param asOf values after this period are ignored
	 */
	public TargetEvaluation evaluate(TargetView target, IndicatorView indicator, List<Observation> series,
			Period asOf) {
		return evaluate(TargetRule.of(target, indicator), series, asOf);
	}

	/** As {@link #evaluate(TargetView, IndicatorView, List, Period)}, for a target already read as a rule. */
	TargetEvaluation evaluate(TargetRule rule, List<Observation> series, Period asOf) {
		Series values = new Series(series);
		return switch (rule.kind()) {
			case LEVEL -> level(rule, values, asOf);
			case GROWTH -> growth(rule, values, asOf);
			case MAINTAIN -> maintain(rule, values, asOf);
			case MONITOR -> monitor(rule, values, asOf);
		};
	}

	private TargetEvaluation level(TargetRule rule, Series values, Period asOf) {
		Optional<Actual> judged = actual(rule, values, asOf);
		if (judged.isEmpty()) {
			return TargetEvaluation.bare(Status.NO_DATA);
		}
		Actual a = judged.get();
		BigDecimal actual = shown(rule, a.value());
		BigDecimal target = shown(rule, rule.target());
		boolean achieved = rule.comparator().test(actual, target);
		boolean finalIn = a.isYearEndOf(rule.targetYear());
		boolean awaitingFinal = !finalIn && targetYearOver(rule, asOf);
		int quarters = a.judgedAt().quartersAfterEndOf(rule.baselineYear());
		BigDecimal f = BigDecimal.valueOf(quarters)
				.divide(BigDecimal.valueOf(4L * (rule.targetYear() - rule.baselineYear())), MATH)
				.min(BigDecimal.ONE);
		int yearsLeft = rule.targetYear() - a.judgedAt().year();
		BigDecimal completion = completionRate(rule.direction(), actual, target);
		BigDecimal required = yearsLeft > 0
				? yearlyFactor(actual, target, yearsLeft).map(g -> rate(g - 1)).orElse(null) : null;

		if (rule.effectiveBaseline() == null) {
			Status status = achieved ? Status.ACHIEVED : finalIn ? Status.MISSED : Status.NO_BASELINE;
			return new TargetEvaluation(status, actual, a.period(), a.estimated(), a.provisional(), null,
					f.setScale(RATE_SCALE, ROUNDING), null, completion, null, required, null, false, awaitingFinal,
					List.of(), List.of());
		}
		BigDecimal baseline = shown(rule, rule.effectiveBaseline());
		BigDecimal expected = shown(rule, expected(rule, f));
		BigDecimal ratio = progressRatio(actual, baseline, expected);
		boolean regression = worse(rule.direction(), actual, baseline);
		Status status = achieved ? Status.ACHIEVED : finalIn ? Status.MISSED : onPath(ratio, regression);
		Optional<Double> factor = yearlyFactor(baseline, actual, quarters / 4.0);
		BigDecimal cagr = factor.map(g -> rate(g - 1)).orElse(null);
		BigDecimal projected = yearsLeft > 0
				? factor.map(g -> shown(rule, actual.multiply(BigDecimal.valueOf(Math.pow(g, yearsLeft)), MATH)))
					.orElse(null)
				: null;
		return new TargetEvaluation(status, actual, a.period(), a.estimated(), a.provisional(), expected,
				f.setScale(RATE_SCALE, ROUNDING), ratio, completion, cagr, required, projected, regression,
				awaitingFinal, List.of(), List.of());
	}

	/**
	 * A: the target year's own figure once it is in; before that the latest value after the baseline year.
	 * A flow's year-to-date figure before Q4 is annualised; if it cannot be, only year-end figures count.
	 */
	private static Optional<Actual> actual(TargetRule rule, Series values, Period asOf) {
		Optional<Observation> finalFigure = values.yearEnd(rule.targetYear())
				.filter(o -> o.period().endsNoLaterThan(asOf));
		if (finalFigure.isPresent()) {
			return finalFigure.map(Actual::of);
		}
		List<Observation> progress = values.progress(rule.baselineYear(), asOf);
		if (progress.isEmpty()) {
			return Optional.empty();
		}
		Observation latest = progress.get(progress.size() - 1);
		if (rule.nature() == Nature.STOCK || latest.period().endQuarter() == 4) {
			return Optional.of(Actual.of(latest));
		}
		return annualised(values, latest).or(() -> latestYearEnd(progress));
	}

	private static Optional<Actual> annualised(Series values, Observation yearToDate) {
		Optional<Observation> sameQuarterLastYear = values.at(yearToDate.period().yearEarlier())
				.filter(o -> o.value().signum() != 0);
		Optional<Observation> lastYear = values.yearEnd(yearToDate.period().year() - 1);
		if (sameQuarterLastYear.isEmpty() || lastYear.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Actual.annualised(yearToDate, sameQuarterLastYear.get(), lastYear.get()));
	}

	private static Optional<Actual> latestYearEnd(List<Observation> progress) {
		for (int i = progress.size() - 1; i >= 0; i--) {
			if (progress.get(i).period().endQuarter() == 4) {
				return Optional.of(Actual.of(progress.get(i)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The path a LEVEL target expects from B to T: E at the end of each year from the baseline year to the target
	 * year, rounded as shown, the same E its evaluation reads. Empty for other kinds and without B or T.
	 */
	public static List<ExpectedValue> path(TargetView target, IndicatorView indicator) {
		if (target.kind() != TargetKind.LEVEL || target.baselineValue() == null || target.targetValue() == null) {
			return List.of();
		}
		TargetRule rule = TargetRule.of(target, indicator);
		List<ExpectedValue> path = new ArrayList<>();
		for (int year = rule.baselineYear(); year <= rule.targetYear(); year++) {
			path.add(new ExpectedValue(year, expectedAtEndOf(rule, year)));
		}
		return List.copyOf(path);
	}

	/** E at the end of {@code year}, rounded as shown. Null without a baseline or a target value. */
	static BigDecimal expectedAtEndOf(TargetRule rule, int year) {
		if (rule.effectiveBaseline() == null || rule.target() == null) {
			return null;
		}
		BigDecimal f = BigDecimal.valueOf(Period.ofYear(year).quartersAfterEndOf(rule.baselineYear()))
			.divide(BigDecimal.valueOf(4L * (rule.targetYear() - rule.baselineYear())), MATH);
		return shown(rule, expected(rule, f));
	}

	/** E: where the path from B to T stands once the fraction f of the plan's time has passed. */
	private static BigDecimal expected(TargetRule rule, BigDecimal f) {
		BigDecimal b = rule.effectiveBaseline();
		BigDecimal t = rule.target();
		if (rule.path() == PathShape.COMPOUND && b.signum() > 0 && t.signum() > 0) {
			// BigDecimal has no fractional power; a double's 15 digits are far beyond any display precision
			double growth = Math.pow(t.divide(b, MATH).doubleValue(), f.doubleValue());
			return b.multiply(BigDecimal.valueOf(growth), MATH);
		}
		// a compound path cannot start or end at zero or below, so such a target follows the straight path
		return b.add(t.subtract(b).multiply(f, MATH), MATH);
	}

	/**
	 * r = (A − B) ÷ (E − B). The mirrored form for lower-is-better, (B − A) ÷ (B − E), is the same quotient,
	 * so one formula serves both directions. Null when the path expects no change yet (E = B).
	 */
	private static BigDecimal progressRatio(BigDecimal actual, BigDecimal baseline, BigDecimal expected) {
		BigDecimal expectedChange = expected.subtract(baseline);
		if (expectedChange.signum() == 0) {
			return null;
		}
		return actual.subtract(baseline).divide(expectedChange, MATH).setScale(RATIO_SCALE, ROUNDING);
	}

	private Status onPath(BigDecimal ratio, boolean regression) {
		if (ratio == null) {
			// no change expected yet: holding the baseline keeps pace, falling back does not
			return regression ? Status.OFF_TRACK : Status.ON_TRACK;
		}
		if (ratio.compareTo(thresholds.onTrack()) >= 0) {
			return Status.ON_TRACK;
		}
		return ratio.compareTo(thresholds.atRisk()) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
	}

	private static BigDecimal completionRate(Direction direction, BigDecimal actual, BigDecimal target) {
		BigDecimal done = direction == Direction.HIGHER ? actual : target;
		BigDecimal due = direction == Direction.HIGHER ? target : actual;
		return due.signum() == 0 ? null : done.divide(due, MATH).setScale(RATE_SCALE, ROUNDING);
	}

	/** The yearly growth factor that takes {@code from} to {@code to} in {@code years}; empty unless both are positive. */
	private static Optional<Double> yearlyFactor(BigDecimal from, BigDecimal to, double years) {
		if (from.signum() <= 0 || to.signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(Math.pow(to.divide(from, MATH).doubleValue(), 1 / years));
	}

	private TargetEvaluation growth(TargetRule rule, Series values, Period asOf) {
		List<Growth> measured = new ArrayList<>();
		for (int year = rule.baselineYear() + 1; year <= Math.min(rule.targetYear(), asOf.year()); year++) {
			growthIn(rule, values, year, asOf).ifPresent(measured::add);
		}
		if (measured.isEmpty()) {
			return TargetEvaluation.bare(Status.NO_DATA);
		}
		Growth latest = measured.get(measured.size() - 1);
		List<YearGrowth> growths = measured.stream().map(Growth::shown).toList();
		boolean finalIn = latest.shown().year() == rule.targetYear() && !latest.partial();
		boolean everyYear = growths.size() == rule.targetYear() - rule.baselineYear();
		boolean allMet = growths.stream().allMatch(YearGrowth::met);
		Status status;
		if (finalIn && everyYear && allMet) {
			status = Status.ACHIEVED;
		}
		else if (finalIn && !allMet) {
			status = Status.MISSED;
		}
		else {
			status = latest.shown().met() ? Status.ON_TRACK : Status.OFF_TRACK;
		}
		BigDecimal percent = latest.shown().growthPercent();
		return new TargetEvaluation(status, percent, latest.period(), latest.partial(), latest.shown().provisional(),
				null, null, null, null, null, null, null, worse(rule.direction(), percent, BigDecimal.ZERO),
				!finalIn && targetYearOver(rule, asOf), List.of(), growths);
	}

	/**
	 * A year's growth over the year before: of the two year-end figures, or, in the as-of year before its
	 * year-end figure is in, of the latest year-to-date figure and the same quarter a year earlier.
	 */
	private static Optional<Growth> growthIn(TargetRule rule, Series values, int year, Period asOf) {
		Optional<Observation> yearEnd = values.yearEnd(year).filter(o -> o.period().endsNoLaterThan(asOf));
		if (yearEnd.isPresent()) {
			return values.yearEnd(year - 1)
					.flatMap(before -> growth(rule, Period.ofYear(year), yearEnd.get(), before));
		}
		if (year == asOf.year()) {
			for (int quarter = Math.min(asOf.endQuarter(), 3); quarter >= 1; quarter--) {
				Optional<Observation> now = values.at(Period.ofQuarter(year, quarter));
				Optional<Observation> before = values.at(Period.ofQuarter(year - 1, quarter));
				if (now.isPresent() && before.isPresent()) {
					return growth(rule, now.get().period(), now.get(), before.get());
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Growth> growth(TargetRule rule, Period period, Observation now, Observation before) {
		BigDecimal from = shown(rule, before.value());
		if (from.signum() <= 0) {
			return Optional.empty();
		}
		BigDecimal percent = shown(rule, now.value()).divide(from, MATH).subtract(BigDecimal.ONE)
				.multiply(HUNDRED).setScale(GROWTH_SCALE, ROUNDING);
		// a part-year growth may still change when the year closes
		boolean provisional = !period.isAnnual() || now.provisional() || before.provisional();
		boolean met = rule.comparator().test(percent, rule.target());
		return Optional.of(new Growth(period, new YearGrowth(period.year(), percent, met, provisional)));
	}

	/** A year's growth and the period it was measured at: the year, or a quarter while the year is not complete. */
	private record Growth(Period period, YearGrowth shown) {

		boolean partial() {
			return !period.isAnnual();
		}

	}

	private TargetEvaluation maintain(TargetRule rule, Series values, Period asOf) {
		// the plan's periods only: what happens after the target year is no longer this target's concern
		List<Observation> judged = values.progress(rule.baselineYear(), asOf).stream()
				.filter(o -> o.period().year() <= rule.targetYear()).toList();
		if (judged.isEmpty()) {
			return TargetEvaluation.bare(Status.NO_DATA);
		}
		BigDecimal target = shown(rule, rule.target());
		List<Period> breaches = judged.stream().filter(o -> !rule.comparator().test(shown(rule, o.value()), target))
				.map(Observation::period).toList();
		Observation latest = judged.get(judged.size() - 1);
		boolean finalIn = latest.period().year() == rule.targetYear() && latest.period().endQuarter() == 4;
		Status status;
		if (finalIn) {
			status = breaches.isEmpty() ? Status.ACHIEVED : Status.MISSED;
		}
		else if (breaches.contains(latest.period())) {
			status = Status.OFF_TRACK;
		}
		else {
			status = breaches.isEmpty() ? Status.ON_TRACK : Status.AT_RISK;
		}
		return new TargetEvaluation(status, shown(rule, latest.value()), latest.period(), false, latest.provisional(),
				null, null, null, null, null, null, null, false, !finalIn && targetYearOver(rule, asOf), breaches,
				List.of());
	}

	/**
	 * A watched figure: the latest value, whichever year it is in; there is no target to judge it against, but a
	 * value after the baseline year below the baseline is a fall (a regression) unless the count restarted with a new
	 * five-year plan period since.
	 */
	private static TargetEvaluation monitor(TargetRule rule, Series values, Period asOf) {
		return values.latest(asOf)
				.map(o -> new TargetEvaluation(Status.NO_TARGET, shown(rule, o.value()), o.period(), false,
						o.provisional(), null, null, null, null, null, null, null, fellBelowBaseline(rule, o), false,
						List.of(), List.of()))
				.orElseGet(() -> TargetEvaluation.bare(Status.NO_TARGET));
	}

	private static boolean fellBelowBaseline(TargetRule rule, Observation latest) {
		int year = latest.period().year();
		BigDecimal baseline = year > rule.baselineYear() ? rule.baselineFor(year) : null;
		return baseline != null && worse(rule.direction(), shown(rule, latest.value()), shown(rule, baseline));
	}

	/** True once {@code asOf} reaches the end of the target year, when the year's own figure is due. */
	private static boolean targetYearOver(TargetRule rule, Period asOf) {
		return Period.ofQuarter(rule.targetYear(), 4).endsNoLaterThan(asOf);
	}

	private static boolean worse(Direction direction, BigDecimal value, BigDecimal reference) {
		int c = value.compareTo(reference);
		return direction == Direction.HIGHER ? c < 0 : c > 0;
	}

	private static BigDecimal shown(TargetRule rule, BigDecimal value) {
		return value.setScale(rule.displayScale(), ROUNDING);
	}

	private static BigDecimal rate(double fraction) {
		return BigDecimal.valueOf(fraction).setScale(RATE_SCALE, ROUNDING);
	}

}
