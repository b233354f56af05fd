package org.culturetargets.portal.tasks;

/** The annual cycle's checkpoints (年初部署、年中报告、年末总结) as milestones of a task that follows it. */
public enum Checkpoint {

	YEAR_START, MID_YEAR, YEAR_END;

	public String messageKey() {
		return "task.checkpoint." + name();
	}

}
