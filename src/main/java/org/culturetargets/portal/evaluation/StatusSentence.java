package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.Period;

/**
 * The one plain sentence that ends a status's explanation and decides it, such as "A=3,211 ≥ T=3,000，已实现；2025年终值
 * 待公布" (issue 13): a message key ({@code sentence.*} in the messages bundle) and its arguments. The arguments are
 * the numbers as shown (a {@link BigDecimal} at the scale it is shown with), {@link Period}s, lists of periods,
 * {@link Comparator}s and years as text; whoever renders the sentence words them in the reader's language.
 * {@code finalDue} is the target year whose final value is still to be published, said after the sentence
 * ({@code sentence.awaitingFinal}); null when there is nothing to add.
 */
public record StatusSentence(String key, List<Object> args, String finalDue) {

	private static final int RATIO_SCALE = 2;

	private static final int GROWTH_SCALE = 1;

	public StatusSentence {
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	StatusSentence(String key, List<Object> args) {
		this(key, args, null);
	}

	/** The sentence that decides {@code evaluation} of {@code target} on {@code indicator}. */
	public static StatusSentence of(TargetView target, IndicatorView indicator, TargetEvaluation evaluation,
			Thresholds thresholds) {
		if (evaluation.status() == Status.NO_DATA) {
			return new StatusSentence("sentence.noData", List.of());
		}
		return switch (target.kind()) {
			case LEVEL -> level(target, indicator.displayScale(), evaluation, thresholds);
			case GROWTH -> growth(target, evaluation);
			case MAINTAIN -> maintain(target, indicator.displayScale(), evaluation);
			case MONITOR -> evaluation.actual() == null ? new StatusSentence("sentence.monitor.noData", List.of())
					: new StatusSentence("sentence.monitor", Arrays.asList(evaluation.actual(), evaluation.actualPeriod()));
		};
	}

	private static StatusSentence level(TargetView target, int scale, TargetEvaluation e, Thresholds thresholds) {
		BigDecimal actual = e.actual();
		BigDecimal goal = shown(target.targetValue(), scale);
		String year = String.valueOf(target.targetYear());
		Comparator comparator = target.comparator();
		StatusSentence sentence = switch (e.status()) {
			case ACHIEVED -> finalIn(target, e)
					? new StatusSentence("sentence.level.achievedFinal", Arrays.asList(actual, comparator, goal, year))
					: new StatusSentence("sentence.level.achieved", Arrays.asList(actual, comparator, goal, year));
			case MISSED -> new StatusSentence("sentence.level.missed", Arrays.asList(actual, comparator, goal, year));
			case NO_BASELINE -> new StatusSentence("sentence.level.noBaseline", Arrays.asList(actual, comparator, goal));
			case ON_TRACK -> e.progressRatio() == null
					? new StatusSentence("sentence.level.onTrackNoChange", Arrays.asList(actual, baseline(target, scale)))
					: new StatusSentence("sentence.level.onTrack", List.of(e.progressRatio(), ratio(thresholds.onTrack())));
			case AT_RISK -> new StatusSentence("sentence.level.atRisk",
					List.of(e.progressRatio(), ratio(thresholds.onTrack()), ratio(thresholds.atRisk())));
			case OFF_TRACK -> e.progressRatio() == null
					? new StatusSentence("sentence.level.offTrackNoChange", Arrays.asList(actual, baseline(target, scale)))
					: new StatusSentence("sentence.level.offTrack", List.of(e.progressRatio(), ratio(thresholds.atRisk())));
			default -> throw new IllegalStateException("a LEVEL target is never " + e.status());
		};
		boolean toBePublished = e.awaitingFinal() && e.status() != Status.ACHIEVED && e.status() != Status.MISSED;
		return toBePublished ? new StatusSentence(sentence.key(), sentence.args(), year) : sentence;
	}

	private static StatusSentence growth(TargetView target, TargetEvaluation e) {
		List<Object> args = new ArrayList<>(List.of(e.actualPeriod(), shown(e.actual(), GROWTH_SCALE),
				target.comparator(), shown(target.targetValue(), GROWTH_SCALE)));
		return switch (e.status()) {
			case ACHIEVED -> new StatusSentence("sentence.growth.achieved", args);
			case MISSED -> {
				args.add(e.growths().stream().filter(g -> !g.met()).map(g -> Period.ofYear(g.year())).toList());
				yield new StatusSentence("sentence.growth.missed", args);
			}
			case ON_TRACK -> new StatusSentence("sentence.growth.onTrack", args);
			default -> new StatusSentence("sentence.growth.offTrack", args);
		};
	}

	private static StatusSentence maintain(TargetView target, int scale, TargetEvaluation e) {
		List<Object> args = List.of(target.comparator(), shown(target.targetValue(), scale),
				onceEach(e.breaches()));
		String key = switch (e.status()) {
			case ACHIEVED -> "sentence.maintain.achieved";
			case ON_TRACK -> "sentence.maintain.onTrack";
			case AT_RISK -> "sentence.maintain.atRisk";
			case MISSED -> "sentence.maintain.missed";
			default -> "sentence.maintain.offTrack";
		};
		return new StatusSentence(key, args);
	}

	/**
	 * Each period that fell short once: a year's own figure and its fourth quarter are the same moment, so a year that
	 * has both is named once, as the year.
	 */
	static List<Period> onceEach(List<Period> periods) {
		return periods.stream()
			.distinct()
			.filter(p -> p.isAnnual() || p.endQuarter() != 4 || !periods.contains(Period.ofYear(p.year())))
			.sorted()
			.toList();
	}

	/** The target year's own figure decided it (its year-end value). */
	private static boolean finalIn(TargetView target, TargetEvaluation e) {
		Period p = e.actualPeriod();
		return p != null && p.year() == target.targetYear() && p.endQuarter() == 4;
	}

	private static BigDecimal baseline(TargetView target, int scale) {
		return shown(target.baselineValue(), scale);
	}

	private static BigDecimal ratio(BigDecimal threshold) {
		return shown(threshold, RATIO_SCALE);
	}

	private static BigDecimal shown(BigDecimal value, int scale) {
		return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
	}

}
