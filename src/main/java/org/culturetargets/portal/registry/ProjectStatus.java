package org.culturetargets.portal.registry;

/** Where a project stands; which of its dates it must have follows from this (see {@link ProjectRules}). */
public enum ProjectStatus {

	PLANNED, STARTED, COMPLETED;

	public String messageKey() {
		return "registry.status." + name();
	}

	public boolean started() {
		return this != PLANNED;
	}

	public boolean completed() {
		return this == COMPLETED;
	}

}
