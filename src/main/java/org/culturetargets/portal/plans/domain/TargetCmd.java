package org.culturetargets.portal.plans.domain;

/** A plan's target as typed: indicator × scope × kind, with its comparator, baseline and target. */
public record TargetCmd(String indicatorCode, String scopeCode, String kind, String comparator, String baselineValue,
		String baselineYear, String targetValue, String targetYear, String wording, String source) {
}
