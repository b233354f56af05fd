package org.culturetargets.portal.reporting.domain;

import java.util.List;

/**
 * Something wrong with an entered report, on one field ({@code values[added_value].value}, {@code narrative}, …).
 * An error blocks the save; a warning is shown and only blocks submitting until it is explained by a note.
 */
public record Finding(String field, String indicatorCode, boolean error, String messageKey, List<Object> args) {

	static Finding error(String field, String indicatorCode, String messageKey, Object... args) {
		return new Finding(field, indicatorCode, true, messageKey, List.of(args));
	}

	static Finding warning(String field, String indicatorCode, String messageKey, Object... args) {
		return new Finding(field, indicatorCode, false, messageKey, List.of(args));
	}

	static String valueField(String indicatorCode) {
		return "values[" + indicatorCode + "].value";
	}

	static String noteField(String indicatorCode) {
		return "values[" + indicatorCode + "].note";
	}

}
