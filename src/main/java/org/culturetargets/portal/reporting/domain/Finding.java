package org.culturetargets.portal.reporting.domain;

import java.util.List;

/**
 * Something wrong with an entered report, on one field ({@code values[added_value].value}, {@code narrative}, …).
 * An error blocks the save; a warning is shown and only blocks submitting until it is explained by a note.
 * {@code rule} names the validation rule that found it (null for a check of the input itself, such as "not a
 * number"); {@code kind} says whether that rule is hard or soft.
 */
public record Finding(String field, String indicatorCode, boolean error, String messageKey, List<Object> args,
		String rule, RuleKind kind) {

	static Finding error(String field, String indicatorCode, String messageKey, Object... args) {
		return new Finding(field, indicatorCode, true, messageKey, List.of(args), null, null);
	}

	/** A rule's finding on an indicator's value: a hard one is an error on the value, a soft one a warning on its note. */
	static Finding of(RuleSetting rule, String indicatorCode, String messageKey, Object... args) {
		boolean hard = rule.kind() == RuleKind.HARD;
		return new Finding(hard ? valueField(indicatorCode) : noteField(indicatorCode), indicatorCode, hard,
				"rule." + rule.code() + "." + messageKey, List.of(args), rule.code(), rule.kind());
	}

	/** The same finding, an error or not. */
	Finding asError(boolean error) {
		return new Finding(field, indicatorCode, error, messageKey, args, rule, kind);
	}

	public boolean hard() {
		return kind == RuleKind.HARD;
	}

	static String valueField(String indicatorCode) {
		return "values[" + indicatorCode + "].value";
	}

	static String noteField(String indicatorCode) {
		return "values[" + indicatorCode + "].note";
	}

}
