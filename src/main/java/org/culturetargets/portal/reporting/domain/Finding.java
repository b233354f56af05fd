package org.culturetargets.portal.reporting.domain;

import java.util.List;

/**
 * Something wrong with an entered report, on one field ({@code values[added_value].value}, {@code narrative}, …).
 * An error blocks the save; a warning is shown and only blocks submitting until it is explained by a note.
 * {@code rule} names the validation rule that found it (null for a check of the input itself, such as "not a
 * number"); {@code kind} says whether that rule is hard or soft. A {@code notice} flags nothing: it says what a rule
 * could not check (no comparison possible), so that the reviewer knows the value went unchecked; it needs no note.
 */
public record Finding(String field, String indicatorCode, boolean error, String messageKey, List<Object> args,
		String rule, RuleKind kind, boolean notice) {

	static Finding error(String field, String indicatorCode, String messageKey, Object... args) {
		return new Finding(field, indicatorCode, true, messageKey, List.of(args), null, null, false);
	}

	/** A rule's finding on an indicator's value: a hard one is an error on the value, a soft one a warning on its note. */
	static Finding of(RuleSetting rule, String indicatorCode, String messageKey, Object... args) {
		boolean hard = rule.kind() == RuleKind.HARD;
		return new Finding(hard ? valueField(indicatorCode) : noteField(indicatorCode), indicatorCode, hard,
				"rule." + rule.code() + "." + messageKey, List.of(args), rule.code(), rule.kind(), false);
	}

	/** What a rule could not check on an indicator's value, and why. */
	static Finding notice(RuleSetting rule, String indicatorCode, String messageKey, Object... args) {
		return new Finding(noteField(indicatorCode), indicatorCode, false, "rule." + rule.code() + "." + messageKey,
				List.of(args), rule.code(), rule.kind(), true);
	}

	/** The same finding, an error or not; a notice never is one. */
	Finding asError(boolean error) {
		return new Finding(field, indicatorCode, error && !notice, messageKey, args, rule, kind, notice);
	}

	public boolean hard() {
		return kind == RuleKind.HARD && !notice;
	}

	/** A rule flagged the value (not a mere notice): the district explains it or the reviewer weighs it. */
	public boolean flags() {
		return !notice;
	}

	static String valueField(String indicatorCode) {
		return "values[" + indicatorCode + "].value";
	}

	static String noteField(String indicatorCode) {
		return "values[" + indicatorCode + "].note";
	}

}
