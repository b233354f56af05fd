package org.culturetargets.portal.plans;

/**
 * A national five-year plan period (五年规划期): the 14th is 2021–2025, the 15th 2026–2030. Counted from the 3rd
 * (1966–1970), since the years 1963–1965 between the 2nd and the 3rd belonged to none.
 *
 * @param number the plan's ordinal, 14 for the 14th
 */
public record FiveYearPlanPeriod(int number) {

	private static final int THIRD_PLAN_START = 1966;

	public FiveYearPlanPeriod {
		if (number < 3) {
			throw new IllegalArgumentException("five-year plan periods are counted from the 3rd: " + number);
		}
	}

	/** The period a year belongs to. */
	public static FiveYearPlanPeriod of(int year) {
		if (year < THIRD_PLAN_START) {
			throw new IllegalArgumentException("no five-year plan period is counted for " + year);
		}
		return new FiveYearPlanPeriod(3 + (year - THIRD_PLAN_START) / 5);
	}

	public int firstYear() {
		return THIRD_PLAN_START + 5 * (number - 3);
	}

	public int lastYear() {
		return firstYear() + 4;
	}

}
