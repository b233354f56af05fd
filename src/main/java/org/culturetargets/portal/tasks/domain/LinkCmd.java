package org.culturetargets.portal.tasks.domain;

/**
 * An administrator's link of a task to what it concerns, as picked: the kind ({@code TARGET}, or a registry
 * {@link org.culturetargets.portal.tasks.LinkKind}), the row's id, the task's version read and the reason.
 */
public record LinkCmd(String kind, String ref, Integer version, String reason) {
}
