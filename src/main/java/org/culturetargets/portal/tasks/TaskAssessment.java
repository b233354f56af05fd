package org.culturetargets.portal.tasks;

import java.util.List;

/**
 * A task's status and why: {@code reasonKey} is a message of the tasks bundle in both languages, {@code args} its
 * values (dates as ISO text, counts), the same in either language.
 */
public record TaskAssessment(TaskStatus status, String reasonKey, List<Object> args) {

	public Object[] arguments() {
		return args.toArray();
	}

}
