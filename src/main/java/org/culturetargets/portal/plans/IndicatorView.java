package org.culturetargets.portal.plans;

import java.util.Locale;

/**
 * What is measured, in which unit, and how its progress is judged. A ratio indicator names its numerator and
 * denominator so that a larger area's ratio is recomputed from sums, never averaged. {@code districtReported}:
 * every district enters it in its quarterly report. {@code cumulativeWithinPlanPeriod}: a count summed from the start of
 * the current five-year plan period, which restarts with each period ({@link FiveYearPlanPeriod}), so a first year's
 * value below the previous period's total is no fall.
 */
public record IndicatorView(String code, String nameZh, String nameEn, String unit, Direction direction, Nature nature,
		PathShape path, Origin origin, String numeratorCode, String denominatorCode, int displayScale,
		String definitionZh, String definitionEn, boolean districtReported, boolean cumulativeWithinPlanPeriod) {

	/** An indicator whose values are not counted afresh in each five-year plan period. */
	public IndicatorView(String code, String nameZh, String nameEn, String unit, Direction direction, Nature nature,
			PathShape path, Origin origin, String numeratorCode, String denominatorCode, int displayScale,
			String definitionZh, String definitionEn, boolean districtReported) {
		this(code, nameZh, nameEn, unit, direction, nature, path, origin, numeratorCode, denominatorCode, displayScale,
				definitionZh, definitionEn, districtReported, false);
	}

	public String name(Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	public String definition(Locale locale) {
		return Languages.pick(locale, definitionZh, definitionEn);
	}

	public boolean isRatio() {
		return numeratorCode != null && denominatorCode != null;
	}

	/** {@code REPORTED}: entered or imported per area and period; {@code DERIVED}: computed from the registries. */
	public enum Origin {
		REPORTED, DERIVED
	}

}
