package org.culturetargets.portal.evaluation;

import java.util.Optional;

import org.culturetargets.portal.shared.Period;

/** Evaluates a plan's targets for a scope; what the pages and the API show. */
public interface Scorecards {

	/**
	 * The scorecard of {@code planCode} for {@code scopeCode} (the plan's home scope when null) as of
	 * {@code asOf} (the latest period with data when null). Empty when the plan or the scope is unknown.
	 */
	Optional<Scorecard> scorecard(String planCode, String scopeCode, Period asOf);

}
