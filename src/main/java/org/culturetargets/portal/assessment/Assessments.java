package org.culturetargets.portal.assessment;

import java.util.List;
import java.util.Optional;

/** The annual assessments of plans' responsible units, scored by the rules set for the plan and year. */
public interface Assessments {

	/** The years of a plan that can be assessed: its period, up to the current year. Empty for an unknown plan. */
	List<Integer> years(String planCode);

	/** Every unit of the plan assessed for the year; empty when the plan is unknown or the year not assessable. */
	Optional<Assessment> assessment(String planCode, int year);

	/** The rules the plan's assessment for the year uses: its own, or the defaults. */
	ScoringRules rules(String planCode, int year);

}
