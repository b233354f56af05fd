package org.culturetargets.portal.reporting;

import java.math.BigDecimal;

import org.culturetargets.portal.shared.Period;

/** A value to be stored, on the {@code row} that brings it (an import file's row as the spreadsheet numbers it). */
public record ValueToCheck(int row, String indicatorCode, String areaCode, Period period, BigDecimal value) {
}
