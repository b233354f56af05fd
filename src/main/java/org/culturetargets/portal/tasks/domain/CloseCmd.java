package org.culturetargets.portal.tasks.domain;

/** Closing a task as completed: the date it was completed (text as typed) and a note of what was delivered. */
public record CloseCmd(String completedOn, String note, Integer version) {
}
