package org.culturetargets.portal.assessment.domain;

/** The rules were changed by someone else since the form was opened: nothing is saved. */
public class StaleRules extends RuntimeException {

	private final String changedBy;

	StaleRules(String changedBy) {
		super("assessment rules changed by " + changedBy);
		this.changedBy = changedBy;
	}

	public String changedBy() {
		return changedBy;
	}

}
