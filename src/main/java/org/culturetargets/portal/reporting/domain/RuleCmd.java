package org.culturetargets.portal.reporting.domain;

/** A rule as the admin form sends it: the version it edits, threshold and fewest values as typed, on or off. */
public record RuleCmd(int version, String threshold, String minCount, boolean enabled) {
}
