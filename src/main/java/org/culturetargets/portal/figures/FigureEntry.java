package org.culturetargets.portal.figures;

import java.math.BigDecimal;

import org.culturetargets.portal.shared.Period;

/**
 * One value to record, with where it comes from and who vouches for it: {@code source} is the technical reference
 * (the report, the import), {@code citationZh} and {@code citationEn} the words a page cites it by; {@code demo} when
 * it comes from demo mode's synthetic data (a demo report), which is removed once demo mode is off.
 */
public record FigureEntry(String indicatorCode, String scopeCode, Period period, BigDecimal value, ValueStatus status,
		String note, String source, String recordedBy, String citationZh, String citationEn, boolean demo) {
}
