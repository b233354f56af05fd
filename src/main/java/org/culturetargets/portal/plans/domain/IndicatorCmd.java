package org.culturetargets.portal.plans.domain;

/** An indicator as typed; a ratio names both its numerator and its denominator, or neither. */
public record IndicatorCmd(String code, String nameZh, String nameEn, String unit, String direction, String nature,
		String path, String origin, String numeratorCode, String denominatorCode, String displayScale,
		String definitionZh, String definitionEn) {
}
