package org.culturetargets.portal.reporting;

import java.util.List;
import java.util.Locale;

/** The validation rules' findings ({@link ValueFinding}) in a reader's language, whenever they are shown. */
public interface FindingMessages {

	/** The finding in words: indicators by name, values with their unit, periods in words. */
	String message(String messageKey, List<String> arguments, Locale locale);

	/** The rule's name. */
	String ruleName(String rule, Locale locale);

}
