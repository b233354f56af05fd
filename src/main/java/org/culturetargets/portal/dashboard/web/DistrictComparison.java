package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.shared.Period;

/**
 * One indicator in every district of a city in one period, ranked best first: the rows of the comparison table,
 * the bars of the comparison chart ({@code chartJson}) and the tiles of the tile map ({@code tileMap}, null when the
 * city has no tile layout). {@code bestCovered} is the period in which the most districts have a value (the latest
 * of equals), with {@code bestCoveredCount} districts.
 */
public record DistrictComparison(Period period, String unit, int scale, List<Row> rows, String chartJson,
		TileMap tileMap, Period bestCovered, int bestCoveredCount) {

	public boolean hasValues() {
		return rows.stream().anyMatch(row -> row.value() != null);
	}

	/** The names of the districts with a value in the period, in ranking order. */
	public List<String> withValue() {
		return rows.stream().filter(row -> row.value() != null).map(Row::name).toList();
	}

	/** Some districts lack a value in the period, and another period has more of them. */
	public boolean betterCoveredElsewhere() {
		return bestCovered != null && !bestCovered.equals(period) && bestCoveredCount > withValue().size();
	}

	/** Whether any district has a target on the indicator: else the table has no status column. */
	public boolean hasTargets() {
		return rows.stream().anyMatch(row -> row.status() != null);
	}

	/**
	 * A district's value in the period. {@code rank} is null without a value; {@code status} is the district's
	 * own target's status on this indicator, null when it has none; {@code current} marks the page's own scope.
	 */
	public record Row(String code, String name, BigDecimal value, String display, Integer rank, boolean provisional,
			Status status, String source, boolean current) {
	}

}
