package org.culturetargets.portal.tasks;

/** What a task asks for. */
public enum TaskKind {

	/** Something to produce once: a document revised, a platform built, a base recognised. */
	DELIVERABLE,
	/** A state to reach by a date, checked at its milestones. */
	MILESTONE,
	/** Work done every year: events held, selections made, monitoring published. */
	RECURRING;

	public String messageKey() {
		return "task.kind." + name();
	}

}
