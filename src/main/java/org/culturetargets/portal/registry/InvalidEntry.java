package org.culturetargets.portal.registry;

import java.util.List;

/**
 * An entry that cannot be saved, with every problem found: the field, a message key of the registry bundle and its
 * arguments (or, for a credit code, the check's own words). Nothing of the entry is saved.
 */
public class InvalidEntry extends RuntimeException {

	public record Problem(String field, String messageKey, Object[] arguments) {

		public static Problem of(String field, String messageKey, Object... arguments) {
			return new Problem(field, messageKey, arguments);
		}

	}

	private final List<Problem> problems;

	public InvalidEntry(List<Problem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).reduce((a, b) -> a + "; " + b).orElse(""));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** Refuses the entry if anything was found. */
	public static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidEntry(problems);
		}
	}

}
