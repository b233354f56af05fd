package org.culturetargets.portal.imports.domain;

/**
 * A column of an import template: its code (the English header, SPEC §9), its Chinese header, how a cell is read,
 * whether a row needs it, an example value for the template (a number or a date where the cell holds one, so a
 * spreadsheet shows it as one), and the staging table's column it fills.
 */
record Column(String code, String headerZh, CellType type, boolean required, Object example, String staged) {

	static Column required(String code, String headerZh, CellType type, Object example, String staged) {
		return new Column(code, headerZh, type, true, example, staged);
	}

	static Column optional(String code, String headerZh, CellType type, Object example, String staged) {
		return new Column(code, headerZh, type, false, example, staged);
	}

}
