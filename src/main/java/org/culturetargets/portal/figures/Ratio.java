package org.culturetargets.portal.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.shared.Period;

/**
 * A ratio indicator's value in one period, from its parts: numerator ÷ denominator × 100. A larger area's ratio is
 * this quotient of its summed parts, never an average of its members' ratios (SPEC §2), so stored figures and
 * registry sums are divided here alike.
 */
public record Ratio(IndicatorView indicator, FigureView numerator, FigureView denominator) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The ratio in each period that has both parts and a non-zero denominator, in the numerators' order. */
	public static List<Ratio> of(IndicatorView indicator, Collection<FigureView> numerators,
			Collection<FigureView> denominators) {
		Map<Period, FigureView> byPeriod = new HashMap<>();
		denominators.forEach(d -> byPeriod.putIfAbsent(d.period(), d));
		List<Ratio> ratios = new ArrayList<>();
		for (FigureView numerator : numerators) {
			FigureView denominator = byPeriod.get(numerator.period());
			if (denominator != null && denominator.value().signum() != 0) {
				ratios.add(new Ratio(indicator, numerator, denominator));
			}
		}
		return ratios;
	}

	public Period period() {
		return numerator.period();
	}

	/** Exact to 16 significant digits, far beyond any display precision. */
	public BigDecimal value() {
		return numerator.value().multiply(HUNDRED).divide(denominator.value(), MathContext.DECIMAL64);
	}

	/** Provisional when either part is. */
	public ValueStatus status() {
		return numerator.provisional() || denominator.provisional() ? ValueStatus.PROVISIONAL : ValueStatus.FINAL;
	}

	/** The formula with its parts' values, as a source names it: {@code a ÷ b × 100 = 12 ÷ 75 × 100}. */
	public String formula() {
		return indicator.numeratorCode() + " ÷ " + indicator.denominatorCode() + " × 100 = "
				+ numerator.value().stripTrailingZeros().toPlainString() + " ÷ "
				+ denominator.value().stripTrailingZeros().toPlainString() + " × 100";
	}

	/** The ratio as a figure of its indicator, in the numerator's scope and period. */
	public FigureView toView(String source, String recordedBy) {
		return new FigureView(indicator.code(), numerator.scopeCode(), period(), value(), status(), null, source,
				recordedBy, null, false, null, null, numerator.synthetic() || denominator.synthetic());
	}

}
