package org.culturetargets.portal.shared;

import java.time.Instant;

/**
 * A write that the audit log records (SPEC §1: who, when, old value, new value, reason). Modules publish their
 * change events with this shape; they publish them inside the transaction of the write, so that a write and
 * its audit entry commit together or not at all.
 */
public interface AuditedChange {

	/** Who made the change: a username, or {@code system} for start-up work. */
	String actor();

	Instant occurredAt();

	/** What was changed, in words a reader of the log recognises, e.g. {@code enterprise 91330106MA2H0RD121}. */
	String subject();

	/** What happened to it, past tense: {@code created}, {@code updated}, {@code submitted}, … */
	String action();

	/** The state before the change, as text; null when the subject was created. */
	String oldValue();

	/** The state after the change, as text; null when the subject was deleted. */
	String newValue();

	/** Why, as the user gave it; may be null where no reason is asked for. */
	String reason();

	/** A step of demo mode's synthetic data (a demo report's): logged as demo, removed once demo mode is off. */
	default boolean demo() {
		return false;
	}

}
