package org.culturetargets.portal.imports.read;

public class UnreadableFile extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UnreadableFile(String messageKey, Object... arguments) {
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
