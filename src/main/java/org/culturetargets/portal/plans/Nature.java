package org.culturetargets.portal.plans;

/**
 * {@code FLOW} figures accumulate over a year and are reported year-to-date each quarter (added value,
 * revenue); {@code STOCK} figures are levels at a point in time (counts, head-counts, shares).
 */
public enum Nature {
	FLOW, STOCK
}
