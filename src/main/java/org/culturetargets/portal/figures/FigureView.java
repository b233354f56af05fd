package org.culturetargets.portal.figures;

import java.math.BigDecimal;
import java.time.Instant;

import org.culturetargets.portal.shared.Period;

/**
 * One value of an indicator for a scope and period, with where it comes from. {@code superseded} marks a
 * provisional value that a final value of the same period has replaced; both are kept. A ratio computed from
 * its parts is recorded by {@link #FORMULA}, with the formula and its parts' sources as its source; a value computed
 * from the registries by {@link #REGISTRY}, or {@link #DEMO_REGISTRY} when synthetic demo rows went into it.
 * {@code demo} marks a value demo mode wrote (a demo report's) or computed from such values.
 */
public record FigureView(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
		String note, String source, String recordedBy, Instant recordedAt, boolean superseded, boolean demo) {

	/** A value that demo mode did not write. */
	public FigureView(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
			String note, String source, String recordedBy, Instant recordedAt, boolean superseded) {
		this(indicatorCode, scopeCode, period, value, status, note, source, recordedBy, recordedAt, superseded, false);
	}

	/** {@code recordedBy} of a value computed from its numerator and denominator rather than stored. */
	public static final String FORMULA = "formula";

	/** {@code recordedBy} of a value computed from the registries' rows. */
	public static final String REGISTRY = "registry";

	/** {@code recordedBy} of a value computed from registry rows of which some are synthetic demo data. */
	public static final String DEMO_REGISTRY = "registry-demo";

	/** Computed from the numerator and denominator, not stored. */
	public boolean computed() {
		return FORMULA.equals(recordedBy);
	}

	/** Computed from the registries, not stored. */
	public boolean derived() {
		return REGISTRY.equals(recordedBy) || DEMO_REGISTRY.equals(recordedBy);
	}

	/** Written by demo mode or computed from registry rows that include synthetic demo data: never a real figure. */
	public boolean synthetic() {
		return demo || DEMO_REGISTRY.equals(recordedBy);
	}

	public boolean provisional() {
		return status == ValueStatus.PROVISIONAL;
	}

}
