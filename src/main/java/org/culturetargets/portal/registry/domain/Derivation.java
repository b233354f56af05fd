package org.culturetargets.portal.registry.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How each derived indicator is computed from the registries: which rows it counts or sums (a SQL condition over
 * the aliases {@code e} enterprise, {@code c} its industry class, {@code p} park, {@code j} project, and the
 * period's last day {@code :end}) and what it adds up. The same condition selects the rows of the drill-down list,
 * so the list behind a figure always adds up to the figure. Ratios are computed from their parts' sums.
 */
public enum Derivation {

	ABOVE_SIZE_ENTERPRISES("above_size_enterprises", Family.ENTERPRISE_FIGURES, "e.above_size", Measure.COUNT),

	ABOVE_SIZE_REVENUE("above_size_revenue", Family.ENTERPRISE_FIGURES, "e.above_size", Measure.REVENUE),

	DIGITAL_ENTERPRISE_REVENUE("digital_enterprise_revenue", Family.ENTERPRISE_FIGURES,
			"e.above_size and coalesce(e.digital, c.digital)", Measure.REVENUE),

	ABOVE_SIZE_EMPLOYEES("above_size_employees", Family.ENTERPRISE_FIGURES, "e.above_size", Measure.EMPLOYEES),

	NATIONAL_PARKS("national_parks", Family.PARKS, "p.level = 'NATIONAL' and p.type in ('PARK', 'BASE')",
			Measure.COUNT),

	PROVINCIAL_MUNICIPAL_PARKS("provincial_municipal_parks", Family.PARKS,
			"p.level in ('PROVINCIAL', 'MUNICIPAL') and p.type in ('PARK', 'BLOCK', 'BASE')", Measure.COUNT),

	PARKS_PLATFORMS("parks_platforms", Family.PARKS,
			"p.level is not null and p.type in ('PARK', 'BLOCK', 'BASE', 'HEADQUARTERS')", Measure.COUNT),

	KEY_PLATFORMS("key_platforms", Family.PARKS, "p.key_platform", Measure.COUNT),

	LISTED_ENTERPRISES("listed_enterprises", Family.ENTERPRISE_FLAGS, "e.listed", Measure.COUNT),

	LISTED_LEADING_ENTERPRISES("listed_leading_enterprises", Family.ENTERPRISE_FLAGS, "(e.listed or e.leading_enterprise)",
			Measure.COUNT),

	KEY_PROJECTS_DUE("key_projects_due", Family.PROJECTS, "j.category = 'KEY' and j.planned_start <= :end",
			Measure.COUNT),

	KEY_PROJECTS_STARTED("key_projects_started", Family.PROJECTS,
			"j.category = 'KEY' and j.planned_start <= :end and j.started_on <= :end", Measure.COUNT);

	/** Where the rows come from, and so which periods the values have. */
	public enum Family {
		/** Quarterly figures of enterprises: every quarter with figures, and each year whose fourth quarter is in. */
		ENTERPRISE_FIGURES,
		/** Parks by their year of recognition (none given: counted in every year): every ended year. */
		PARKS,
		/** Flags of enterprises that have no history: the registry as it stands, at the last ended quarter. */
		ENTERPRISE_FLAGS,
		/** Projects by their planned start and start dates: every ended quarter and year since the first start. */
		PROJECTS
	}

	/** What is added up: rows, revenue (万元, shown in 亿元) or employees (人, shown in 万人). */
	public enum Measure {
		COUNT, REVENUE, EMPLOYEES
	}

	private final String indicatorCode;

	private final Family family;

	private final String condition;

	private final Measure measure;

	Derivation(String indicatorCode, Family family, String condition, Measure measure) {
		this.indicatorCode = indicatorCode;
		this.family = family;
		this.condition = condition;
		this.measure = measure;
	}

	public static Optional<Derivation> of(String indicatorCode) {
		return Arrays.stream(values()).filter(d -> d.indicatorCode.equals(indicatorCode)).findFirst();
	}

	public String indicatorCode() {
		return indicatorCode;
	}

	public Family family() {
		return family;
	}

	public String condition() {
		return condition;
	}

	public Measure measure() {
		return measure;
	}

}
