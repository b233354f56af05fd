package org.culturetargets.portal.figures;

import java.math.BigDecimal;
import java.time.Instant;

import org.culturetargets.portal.shared.Period;

/**
 * One value of an indicator for a scope and period, with where it comes from. {@code superseded} marks a
 * provisional value that a final value of the same period has replaced; both are kept.
 */
public record FigureView(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
		String note, String source, String recordedBy, Instant recordedAt, boolean superseded) {

	public boolean provisional() {
		return status == ValueStatus.PROVISIONAL;
	}

}
