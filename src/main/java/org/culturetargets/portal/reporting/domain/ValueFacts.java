package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.shared.Period;

/**
 * One entered value and what the rules compare it with: the district's value of the same quarter last year, of the
 * quarter before (for a first quarter, last year's fourth), the other districts' values of the same indicator and
 * quarter, and the district's own values of the eight quarters before. Any of them may be missing.
 */
public record ValueFacts(IndicatorView indicator, Period period, BigDecimal value, BigDecimal lastYear,
		BigDecimal previous, List<BigDecimal> others, SortedMap<Period, BigDecimal> history) {

	Quantity quantity(BigDecimal v) {
		return new Quantity(v, indicator.unit(), indicator.displayScale());
	}

	/** The quarter before this one: in the same year, or last year's fourth. */
	static Period previousQuarter(Period period) {
		return period.endQuarter() == 1 ? Period.ofQuarter(period.year() - 1, 4)
				: Period.ofQuarter(period.year(), period.endQuarter() - 1);
	}

}
