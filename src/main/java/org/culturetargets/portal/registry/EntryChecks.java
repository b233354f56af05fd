package org.culturetargets.portal.registry;

import java.util.List;

import org.culturetargets.portal.registry.InvalidEntry.Problem;

/** Checks the rule classes share, each adding what it finds to a list of problems. */
final class EntryChecks {

	private EntryChecks() {
	}

	static void requireText(List<Problem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.of(field, "registry.invalid.required"));
		}
		else {
			maxLength(problems, field, value, max);
		}
	}

	/** An optional text, measured as it will be stored: without surrounding spaces. */
	static void maxLength(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(Problem.of(field, "registry.invalid.tooLong", max));
		}
	}

	static void require(List<Problem> problems, String field, Object value) {
		if (value == null) {
			problems.add(Problem.of(field, "registry.invalid.required"));
		}
	}

}
