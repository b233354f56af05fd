package org.culturetargets.portal.plans;

/** The expected path from baseline to target: straight for counts and shares, compound for money flows. */
public enum PathShape {
	LINEAR, COMPOUND
}
