package org.culturetargets.portal.reporting.domain;

/**
 * A reminder (催报) that may not be sent: its message key in the reporting bundle and the arguments of the message;
 * {@code forbidden} when the asker's role may not send one at all.
 */
public class ChaseRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final boolean forbidden;

	ChaseRefusedException(String messageKey, boolean forbidden, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.forbidden = forbidden;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public boolean forbidden() {
		return forbidden;
	}

}
