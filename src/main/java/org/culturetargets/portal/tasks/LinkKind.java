package org.culturetargets.portal.tasks;

/** The registry rows a task may concern, linked by id. */
public enum LinkKind {

	PARK, PROJECT, ENTERPRISE;

	public String messageKey() {
		return "task.link." + name();
	}

	/** The registry page of the row. */
	public String path(long id) {
		return "/registry/" + name().toLowerCase(java.util.Locale.ROOT) + "s/" + id;
	}

}
