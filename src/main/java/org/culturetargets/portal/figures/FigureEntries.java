package org.culturetargets.portal.figures;

import java.util.List;

import org.culturetargets.portal.shared.Period;

/**
 * The write side of the figures that other modules feed: a district's report becomes indicator values. Both
 * methods join the caller's transaction, so the values change together with what caused them.
 */
public interface FigureEntries {

	/**
	 * Records the values, each replacing the value of the same indicator, scope, period and status (a later approved
	 * revision updates what an earlier one recorded).
	 */
	void record(List<FigureEntry> entries);

	/** Removes the scope's values of the period with the status whose source starts with {@code sourcePrefix}. */
	int withdraw(String scopeCode, Period period, ValueStatus status, String sourcePrefix);

}
