package org.culturetargets.portal.reporting;

import java.util.List;

/**
 * The validation rules of district reports, for values that reach the figures another way: an import of indicator
 * values runs the same rules, with the same thresholds, before anything is stored (issue 14). Each value is judged as
 * it would stand once all of them are stored: the others given here take the place of the stored ones.
 */
public interface ValueRules {

	/**
	 * The rules' findings on the values, each on the row of the value it concerns (a ratio's finding on a row of the
	 * ratio or of one of its parts that is among the values). Values of unknown indicators or areas are passed over.
	 */
	List<ValueFinding> check(List<ValueToCheck> values);

}
