package org.culturetargets.portal.figures;

import java.math.BigDecimal;
import java.time.Instant;

import org.culturetargets.portal.shared.Period;

/**
 * One value of an indicator for a scope and period, with where it comes from. {@code superseded} marks a
 * provisional value that a final value of the same period has replaced; both are kept. A ratio computed from
 * its parts is recorded by {@link #FORMULA}, with the formula and its parts' sources as its source.
 */
public record FigureView(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
		String note, String source, String recordedBy, Instant recordedAt, boolean superseded) {

	/** {@code recordedBy} of a value computed from its numerator and denominator rather than stored. */
	public static final String FORMULA = "formula";

	/** Computed from the numerator and denominator, not stored. */
	public boolean computed() {
		return FORMULA.equals(recordedBy);
	}

	public boolean provisional() {
		return status == ValueStatus.PROVISIONAL;
	}

}
