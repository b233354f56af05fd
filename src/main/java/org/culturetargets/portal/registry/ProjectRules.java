package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.shared.Decimals;

/**
 * What a project must satisfy on its own, whoever enters it (form, API or import): a name, a category and a status,
 * investment that is not negative and fits its column, and dates that agree with the status. Whether its district
 * and groups exist and its name is free is for the registry to say, which knows them.
 */
public final class ProjectRules {

	/** {@code registry.project.name varchar(200)} */
	public static final int MAX_NAME = 200;

	/** The largest investment (万元) {@code numeric(18, 2)} holds: sixteen digits before the point, two after. */
	public static final BigDecimal MAX_INVESTMENT = new BigDecimal("9999999999999999.99");

	private ProjectRules() {
	}

	/** Every problem of the project as entered, by the {@link ProjectCmd}'s field names; empty when there are none. */
	public static List<Problem> problems(ProjectCmd cmd, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		EntryChecks.requireText(problems, "name", cmd.name(), MAX_NAME);
		EntryChecks.require(problems, "category", cmd.category());
		investment(problems, "plannedInvestment", cmd.plannedInvestment());
		investment(problems, "completedInvestment", cmd.completedInvestment());
		EntryChecks.require(problems, "status", cmd.status());
		if (cmd.status() != null) {
			dates(problems, cmd, today);
		}
		return problems;
	}

	/** Not negative, and as the column holds it: not rounded. */
	private static void investment(List<Problem> problems, String field, BigDecimal value) {
		if (value != null && value.signum() < 0) {
			problems.add(Problem.of(field, "registry.invalid.negative"));
		}
		else if (value != null && !Decimals.fits(value, 18, 2)) {
			problems.add(Problem.of(field, "registry.invalid.investment.digits", "16", "2"));
		}
	}

	/** A started project has a start date and a completed one a completion date, the others none; none ahead. */
	private static void dates(List<Problem> problems, ProjectCmd cmd, LocalDate today) {
		boolean started = cmd.status().started();
		boolean completed = cmd.status().completed();
		if (started != (cmd.startedOn() != null)) {
			problems.add(Problem.of("startedOn",
					started ? "registry.invalid.startedOn.missing" : "registry.invalid.startedOn.planned"));
		}
		if (completed != (cmd.completedOn() != null)) {
			problems.add(Problem.of("completedOn",
					completed ? "registry.invalid.completedOn.missing" : "registry.invalid.completedOn.notCompleted"));
		}
		if (cmd.startedOn() != null && cmd.completedOn() != null && cmd.completedOn().isBefore(cmd.startedOn())) {
			problems.add(Problem.of("completedOn", "registry.invalid.completedOn.beforeStart"));
		}
		notAhead(problems, "startedOn", cmd.startedOn(), today);
		notAhead(problems, "completedOn", cmd.completedOn(), today);
	}

	private static void notAhead(List<Problem> problems, String field, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			problems.add(Problem.of(field, "registry.invalid.future"));
		}
	}

}
