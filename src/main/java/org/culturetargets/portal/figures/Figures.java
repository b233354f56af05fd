package org.culturetargets.portal.figures;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The values behind every indicator: what other modules read. */
public interface Figures {

	/** Every stored value of the indicator in the scope, oldest period first, superseded ones included. */
	List<FigureView> history(String indicatorCode, String scopeCode);

	/**
	 * One value per period, the final one where there is one. A ratio indicator without a stored value in a
	 * period gets its numerator ÷ denominator × 100 where both are there, with the formula as its source.
	 */
	List<FigureView> series(String indicatorCode, String scopeCode);

	/** {@link #series(String, String)} of several indicators in one scope, read together; keyed by indicator. */
	Map<String, List<FigureView>> series(Collection<String> indicatorCodes, String scopeCode);

}
