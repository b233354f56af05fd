package org.culturetargets.portal.registry;

import java.time.Instant;

/** An edit of a version that someone else has changed since: who, and when. Nothing was saved. */
public class StaleEntry extends RuntimeException {

	private final String changedBy;

	private final Instant changedAt;

	public StaleEntry(String changedBy, Instant changedAt) {
		super("changed meanwhile by " + changedBy + " at " + changedAt);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

}
