package org.culturetargets.portal.tasks;

/** Where a task stands as of a date (see {@link TaskRule}); overdue first when a board sorts by it. */
public enum TaskStatus {

	/** 逾期未完成: past its deadline and not completed. */
	OVERDUE,
	/** 滞后: a milestone fell due and was not reached. */
	BEHIND,
	/** 未启动: no milestone reached, no report, not started. */
	NOT_STARTED,
	/** 推进中: under way, nothing overdue. */
	IN_PROGRESS,
	/** 按期完成: completed on or before its deadline. */
	COMPLETED_ON_TIME,
	/** 已完成: completed after its deadline, or completed where there was none. */
	COMPLETED;

	public String messageKey() {
		return "task.status." + name();
	}

	public boolean completed() {
		return this == COMPLETED_ON_TIME || this == COMPLETED;
	}

}
