package org.culturetargets.portal.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical period: a whole year ({@code 2024}) or a quarter ({@code 2024Q3}). Quarterly figures of
 * flows are year-to-date, so an annual value stands at the end of the year's fourth quarter.
 */
public record Period(int year, Integer quarter) implements Comparable<Period> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:Q([1-4]))?");

	public Period {
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
		}
	}

	public static Period ofYear(int year) {
		return new Period(year, null);
	}

	public static Period ofQuarter(int year, int quarter) {
		return new Period(year, quarter);
	}

	/** Parses {@code 2024} or {@code 2024Q3}; anything else is an {@link IllegalArgumentException} naming the text. */
	public static Period parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text.trim().toUpperCase());
		if (!m.matches()) {
			throw new IllegalArgumentException("not a period (expected 2024 or 2024Q3): '" + text + "'");
		}
		int year = Integer.parseInt(m.group(1));
		return m.group(2) == null ? ofYear(year) : ofQuarter(year, Integer.parseInt(m.group(2)));
	}

	/** The last quarter that has ended by {@code day}: on 2026-11-23, 2026Q3; on 2026-01-05, 2025Q4. */
	public static Period lastEndedQuarter(LocalDate day) {
		int quarter = (day.getMonthValue() - 1) / 3;
		return quarter == 0 ? ofQuarter(day.getYear() - 1, 4) : ofQuarter(day.getYear(), quarter);
	}

	/** The last day of the period. */
	public LocalDate endDate() {
		return LocalDate.of(year, endQuarter() * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
	}

	public boolean isAnnual() {
		return quarter == null;
	}

	/** The quarter in which this period ends: 4 for a year. */
	public int endQuarter() {
		return quarter == null ? 4 : quarter;
	}

	/** Quarters from the end of {@code baseYear} to the end of this period (2023Q2 after 2020: 10). */
	public int quartersAfterEndOf(int baseYear) {
		return (year - baseYear - 1) * 4 + endQuarter();
	}

	/** True when this period ends no later than {@code other} ends. */
	public boolean endsNoLaterThan(Period other) {
		return compareTo(other) <= 0;
	}

	/** The same period one year earlier (2024Q3 → 2023Q3, 2024 → 2023). */
	public Period yearEarlier() {
		return new Period(year - 1, quarter);
	}

	/** Orders by the end of the period; a year sorts after its fourth quarter, which ends on the same day. */
	@Override
	public int compareTo(Period other) {
		int byEnd = Integer.compare(year * 4 + endQuarter(), other.year * 4 + other.endQuarter());
		if (byEnd != 0) {
			return byEnd;
		}
		return Boolean.compare(isAnnual(), other.isAnnual());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Period p && p.year == year && Objects.equals(p.quarter, quarter);
	}

	@Override
	public int hashCode() {
		return Objects.hash(year, quarter);
	}

	@Override
	public String toString() {
		return quarter == null ? Integer.toString(year) : year + "Q" + quarter;
	}

}
