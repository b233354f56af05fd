package org.culturetargets.portal.evaluation;

import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.shared.Period;

/** Evaluates targets: a plan's for a scope, or those set on an indicator; what the pages and the API show. */
public interface Scorecards {

	/**
	 * The scorecard of {@code planCode} for {@code scopeCode} (the plan's home scope when null) as of
	 * {@code asOf} (the latest period with data when null). Empty when the plan or the scope is unknown.
	 */
	Optional<Scorecard> scorecard(String planCode, String scopeCode, Period asOf);

	/**
	 * Every plan's targets on {@code indicatorCode} in {@code scopeCode}, each as its plan's scorecard evaluates it
	 * by default (as of the latest data), with the path it expects year by year. Empty when none is set.
	 */
	List<TargetProgress> targetsOn(String indicatorCode, String scopeCode);

}
