package org.culturetargets.portal.reporting.domain;

/** A hard rule refuses the save; a soft one asks for a note before submission and flags the value for the reviewer. */
public enum RuleKind {

	HARD, SOFT;

	public String messageKey() {
		return "rule.kind." + name();
	}

}
