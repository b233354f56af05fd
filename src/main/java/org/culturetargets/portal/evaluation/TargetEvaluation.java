package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.shared.Period;

/**
 * A target's standing as of a period, with every number behind it, rounded as it is shown.
 *
 * @param actual A, at the indicator's display scale; for GROWTH the latest growth in percent
 * @param actualPeriod the period A was reported for (the quarter, when A is estimated from it)
 * @param estimated A is an annual value estimated from a year-to-date figure (for GROWTH: growth of year-to-date figures)
 * @param provisional A rests on a provisional figure
 * @param expected E, the value the path expects at A's period
 * @param timeFraction f, the share of the plan's time elapsed at A's period (4 decimals)
 * @param progressRatio r, progress made ÷ progress expected (2 decimals)
 * @param completionRate A ÷ T (T ÷ A when lower is better), 4 decimals
 * @param cagr yearly growth from B to A as a fraction, 4 decimals
 * @param requiredGrowth yearly growth from A that reaches T in the target year, 4 decimals
 * @param projected the value in the target year if A keeps growing at the CAGR
 * @param regression A is worse than B (for GROWTH: the value fell year on year)
 * @param awaitingFinal the target year is over but its figure is not in; the latest value's status stands
 * @param breaches MAINTAIN: the periods whose value broke the target; empty otherwise
 * @param growths GROWTH: each year's growth, oldest first; empty otherwise
 */
public record TargetEvaluation(Status status, BigDecimal actual, Period actualPeriod, boolean estimated,
		boolean provisional, BigDecimal expected, BigDecimal timeFraction, BigDecimal progressRatio,
		BigDecimal completionRate, BigDecimal cagr, BigDecimal requiredGrowth, BigDecimal projected,
		boolean regression, boolean awaitingFinal, List<Period> breaches, List<YearGrowth> growths) {

	public TargetEvaluation {
		breaches = List.copyOf(breaches);
		growths = List.copyOf(growths);
	}

	/** A status with nothing to show beside it. */
	static TargetEvaluation bare(Status status) {
		return new TargetEvaluation(status, null, null, false, false, null, null, null, null, null, null, null,
				false, false, List.of(), List.of());
	}

}
