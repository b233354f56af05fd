package org.culturetargets.portal.plans;

/** Whether a larger value of an indicator is better or worse. */
public enum Direction {
	HIGHER, LOWER
}
