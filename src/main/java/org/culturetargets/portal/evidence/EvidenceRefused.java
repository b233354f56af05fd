package org.culturetargets.portal.evidence;

import java.util.Arrays;

/**
 * A file not stored, and why: a message key of the evidence bundle and its arguments (the file's name first), so that
 * the caller says it in the reader's language. Nothing of the file was stored.
 */
public class EvidenceRefused extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public EvidenceRefused(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
