package org.culturetargets.portal.reporting.domain;

/** The rule was changed by someone else since the administrator opened it. */
public class StaleRuleException extends RuntimeException {

	private final String code;

	public StaleRuleException(String code) {
		super("validation rule " + code + " was changed meanwhile");
		this.code = code;
	}

	public String code() {
		return code;
	}

}
