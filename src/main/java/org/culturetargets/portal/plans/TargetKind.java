package org.culturetargets.portal.plans;

/**
 * {@code LEVEL}: reach a value by the target year. {@code GROWTH}: grow by at least g % every year.
 * {@code MAINTAIN}: satisfy the comparator in every period. {@code MONITOR}: a figure the plan watches
 * without a quantitative target.
 */
public enum TargetKind {
	LEVEL, GROWTH, MAINTAIN, MONITOR
}
