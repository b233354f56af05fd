package org.culturetargets.portal.imports.domain;

/** Why one cell cannot be taken: a key of the imports bundle and its arguments. */
class CellProblem extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	CellProblem(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
