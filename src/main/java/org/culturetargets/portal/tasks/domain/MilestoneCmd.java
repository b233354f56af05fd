package org.culturetargets.portal.tasks.domain;

/**
 * An administrator's milestone of a task, as typed: titles in both languages, the day it is due, the day it was
 * reached (blank for not yet), the task's version read and the reason for the audit log.
 */
public record MilestoneCmd(String titleZh, String titleEn, String dueOn, String reachedOn, Integer version,
		String reason) {
}
