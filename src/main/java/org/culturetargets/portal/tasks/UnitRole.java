package org.culturetargets.portal.tasks;

/** A unit leads a task (牵头单位) or shares it (责任单位). */
public enum UnitRole {

	LEAD, RESPONSIBLE;

	public String messageKey() {
		return "task.role." + name();
	}

}
