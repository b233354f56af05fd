package org.culturetargets.portal.evaluation;

/** Where a target stands as of a period. */
public enum Status {
	/** The value already satisfies the target. */
	ACHIEVED,
	/** Not there yet, but at or ahead of the expected path (r at or above the on-track threshold). */
	ON_TRACK,
	/** Somewhat behind the path (r between the at-risk and the on-track thresholds). */
	AT_RISK,
	/** Well behind the path (r below the at-risk threshold), or a MAINTAIN target whose latest value breaks it. */
	OFF_TRACK,
	/** The target year's figure is in and does not satisfy the target. */
	MISSED,
	/** No value after the baseline year. */
	NO_DATA,
	/** The baseline is unknown, so no path can be drawn. */
	NO_BASELINE,
	/** A figure watched without a target. */
	NO_TARGET
}
