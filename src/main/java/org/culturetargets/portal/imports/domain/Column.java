package org.culturetargets.portal.imports.domain;

/**
 * A column of an import template: its code (the English header, SPEC §9), its Chinese header, how a cell is read,
 * whether a row needs it, an example value for the template, and the staging table's column it fills.
 */
record Column(String code, String headerZh, CellType type, boolean required, String example, String staged) {

	static Column required(String code, String headerZh, CellType type, String example, String staged) {
		return new Column(code, headerZh, type, true, example, staged);
	}

	static Column optional(String code, String headerZh, CellType type, String example, String staged) {
		return new Column(code, headerZh, type, false, example, staged);
	}

}
