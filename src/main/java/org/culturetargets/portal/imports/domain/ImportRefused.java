package org.culturetargets.portal.imports.domain;

import org.culturetargets.portal.imports.read.Refusal;

/** An import that cannot go ahead, with a key of the imports bundle saying why: a 4xx, never a 500. */
public class ImportRefused extends RuntimeException implements Refusal {

	private final String messageKey;

	private final transient Object[] arguments;

	public ImportRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
