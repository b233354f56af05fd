package org.culturetargets.portal.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

import org.culturetargets.portal.shared.Period;

/**
 * The value of an indicator for one scope and period. Quarterly values of a flow are year-to-date. One per
 * period: a final figure (年报) has already superseded a provisional one (快报) before evaluation.
 */
public record Observation(Period period, BigDecimal value, boolean provisional) {

	public Observation {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(value, "value");
	}

}
