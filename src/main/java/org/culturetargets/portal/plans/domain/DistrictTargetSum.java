package org.culturetargets.portal.plans.domain;

import java.math.BigDecimal;

/**
 * The consistency check of a plan's targets: for one summable indicator (money or counts, not shares or
 * ratios), kind and target year, the districts' targets added up against their city's target. The gap is the
 * city's target minus the sum (positive: the districts' targets fall short of the city's); it and the city
 * target are null where the city has no such target.
 */
public record DistrictTargetSum(String indicatorCode, String kind, int targetYear, String cityCode,
		BigDecimal cityTarget, BigDecimal districtSum, BigDecimal gap, int districtsSet, int districtsTotal) {

	public boolean addsUp() {
		return gap != null && gap.signum() == 0;
	}

}
