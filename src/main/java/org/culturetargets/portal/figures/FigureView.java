package org.culturetargets.portal.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.culturetargets.portal.shared.Period;

/**
 * One value of an indicator for a scope and period, with where it comes from. {@code superseded} marks a
 * provisional value that a final value of the same period has replaced; both are kept. A ratio computed from
 * its parts is recorded by {@link #FORMULA}, with the formula and its parts' sources as its source; a value computed
 * from the registries by {@link #REGISTRY}, or {@link #DEMO_REGISTRY} when synthetic demo rows went into it.
 * {@code source} is the technical reference (a seed file, a report's key, a formula with codes); {@code citationZh}
 * and {@code citationEn} are the words a page, an export or a PDF cites the value by (issue 13). {@code demo} marks a
 * value demo mode wrote (a demo report's) or computed from such values.
 */
public record FigureView(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
		String note, String source, String recordedBy, Instant recordedAt, boolean superseded, String citationZh,
		String citationEn, boolean demo) {

	/** A value without citation words, which demo mode did not write: it is cited by its source's text. */
	public FigureView(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
			String note, String source, String recordedBy, Instant recordedAt, boolean superseded) {
		this(indicatorCode, scopeCode, period, value, status, note, source, recordedBy, recordedAt, superseded, null,
				null, false);
	}

	/** Where the value comes from, in the page's language; the source's own text where no words were recorded. */
	public String citation(Locale locale) {
		String words = locale != null && "en".equals(locale.getLanguage()) ? citationEn : citationZh;
		return words != null ? words : source;
	}

	/** The same value cited by other words. */
	public FigureView citedAs(String zh, String en) {
		return new FigureView(indicatorCode, scopeCode, period, value, status, note, source, recordedBy, recordedAt,
				superseded, zh, en, demo);
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
