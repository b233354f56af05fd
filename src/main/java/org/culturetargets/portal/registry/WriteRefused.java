package org.culturetargets.portal.registry;

/** A write the user's role or area does not allow; {@code reasonKey} says why, in the registry bundle. */
public class WriteRefused extends RuntimeException {

	private final String reasonKey;

	public WriteRefused(String reasonKey) {
		super(reasonKey);
		this.reasonKey = reasonKey;
	}

	public String reasonKey() {
		return reasonKey;
	}

}
