package org.culturetargets.portal.figures;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The values behind every indicator: what other modules read. */
public interface Figures {

	/**
	 * Every value of the indicator in the scope, oldest period first: the stored ones, superseded provisional
	 * values included and marked, and for a ratio indicator its numerator ÷ denominator × 100 in each period
	 * without a stored value where both parts are there (recorded by {@link FigureView#FORMULA}).
	 */
	List<FigureView> history(String indicatorCode, String scopeCode);

	/** {@link #history(String, String)} without superseded values: one value per period. */
	List<FigureView> series(String indicatorCode, String scopeCode);

	/** {@link #series(String, String)} of several indicators in one scope, read together; keyed by indicator. */
	Map<String, List<FigureView>> series(Collection<String> indicatorCodes, String scopeCode);

	/** {@link #series(String, String)} of several indicators in several scopes, read together; keyed by scope, then indicator. */
	Map<String, Map<String, List<FigureView>>> series(Collection<String> indicatorCodes, Collection<String> scopeCodes);

	/** {@link #series(String, String)} of one indicator in several scopes, read together; keyed by scope. */
	Map<String, List<FigureView>> seriesByScope(String indicatorCode, Collection<String> scopeCodes);

}
