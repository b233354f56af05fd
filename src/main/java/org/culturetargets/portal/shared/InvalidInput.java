package org.culturetargets.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks the rules, with every problem found, each naming its field and a message key (in the bundle
 * of the module that checks it) with its arguments, so that a form can show each message beside its field and
 * an import beside its column. Thrown before anything is written, so nothing is half-saved.
 */
public class InvalidInput extends IllegalArgumentException {

	private final List<Problem> problems;

	public InvalidInput(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One broken rule: the field, the message key and the values the message names. */
	public record Problem(String field, String code, List<Object> args) {

		@Override
		public String toString() {
			return field + ": " + code + (args.isEmpty() ? "" : " " + args);
		}

	}

	/** Collects problems while a command is checked; {@link #done()} throws if there were any. */
	public static final class Check {

		private final List<Problem> problems = new ArrayList<>();

		public Check reject(String field, String code, Object... args) {
			problems.add(new Problem(field, code, List.of(args)));
			return this;
		}

		public boolean hasProblem(String field) {
			return problems.stream().anyMatch(p -> p.field().equals(field));
		}

		public void done() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}

	}

}
