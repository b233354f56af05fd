package org.culturetargets.portal.tasks.domain;

import java.time.Instant;

/** A change made on a version of the report that someone else has changed since: who and when. */
public class StaleTaskReport extends RuntimeException {

	private final String changedBy;

	private final Instant changedAt;

	StaleTaskReport(String changedBy, Instant changedAt) {
		super("report changed by " + changedBy + " at " + changedAt);
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
