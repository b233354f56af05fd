package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.registry.InvalidEntry.Problem;
import org.culturetargets.portal.shared.Period;

/**
 * What one quarter's figures of an enterprise must satisfy on their own: a quarter that has ended, a year-to-date
 * revenue (万元) that is not negative and fits its column exactly, employees not negative. Whether the revenue falls
 * within the year's other quarters is for the registry to say.
 */
public final class EnterpriseFigureRules {

	/** The largest revenue (万元) {@code numeric(18, 2)} holds: sixteen digits before the point, two after. */
	public static final BigDecimal MAX_REVENUE = new BigDecimal("9999999999999999.99");

	/** Revenue is kept to the 元 hundred: two decimals of 万元, never rounded. */
	public static final int REVENUE_SCALE = 2;

	private EnterpriseFigureRules() {
	}

	/** Every problem of the figures as entered, by the {@link EnterpriseFigureCmd}'s field names; empty when none. */
	public static List<Problem> problems(EnterpriseFigureCmd cmd, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		endedQuarter(problems, cmd.period(), today);
		revenue(problems, cmd.revenue());
		if (cmd.employees() != null && cmd.employees() < 0) {
			problems.add(Problem.of("employees", "registry.invalid.negative"));
		}
		return problems;
	}

	private static void endedQuarter(List<Problem> problems, String text, LocalDate today) {
		Period period;
		try {
			period = Period.parse(text);
		}
		catch (IllegalArgumentException notAPeriod) {
			problems.add(Problem.of("period", "registry.invalid.period", String.valueOf(text)));
			return;
		}
		Period lastEnded = Period.lastEndedQuarter(today);
		if (period.isAnnual()) {
			problems.add(Problem.of("period", "registry.invalid.period", text.strip()));
		}
		else if (!period.endsNoLaterThan(lastEnded)) {
			problems.add(Problem.of("period", "registry.invalid.period.notEnded", period.toString(),
					lastEnded.toString()));
		}
	}

	private static void revenue(List<Problem> problems, BigDecimal revenue) {
		if (revenue == null) {
			problems.add(Problem.of("revenue", "registry.invalid.required"));
		}
		else if (revenue.signum() < 0) {
			problems.add(Problem.of("revenue", "registry.invalid.negative"));
		}
		else if (revenue.stripTrailingZeros().scale() > REVENUE_SCALE) {
			problems.add(Problem.of("revenue", "registry.invalid.revenue.decimals"));
		}
		else if (revenue.compareTo(MAX_REVENUE) > 0) {
			problems.add(Problem.of("revenue", "registry.invalid.revenue.tooLarge"));
		}
	}

}
