package org.culturetargets.portal.tasks.domain;

import java.util.Arrays;

/**
 * A report change refused: {@code forbidden} when the user may not make it at all (403), otherwise because of the
 * report's state (409). The message key is of the tasks bundle.
 */
public class TaskReportRefused extends RuntimeException {

	private final boolean forbidden;

	private final String messageKey;

	private final Object[] arguments;

	TaskReportRefused(boolean forbidden, String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.forbidden = forbidden;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public boolean forbidden() {
		return forbidden;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
