package org.culturetargets.portal.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The registries of parks, enterprises and projects, as other modules and the pages read them. */
public interface Registry {

	default RegistryPage<EnterpriseView> enterprises(RegistryFilter filter, int page, int size) {
		return enterprises(filter, page, size, null);
	}

	/**
	 * Page {@code page} of the enterprises; with {@code after}, the id of the previous page's last enterprise, the
	 * page starts right after it (keyset) instead of counting the rows before it, so that a deep page costs what the
	 * first does. {@code page} then only numbers the page.
	 */
	RegistryPage<EnterpriseView> enterprises(RegistryFilter filter, int page, int size, Long after);

	RegistryPage<ParkView> parks(RegistryFilter filter, int page, int size);

	RegistryPage<ProjectView> projects(RegistryFilter filter, int page, int size);

	/**
	 * Every enterprise the filter matches, in the list's order, handed to {@code each} as it is read: one query
	 * however many rows, none of them held in memory (for downloads of whole lists).
	 */
	void eachEnterprise(RegistryFilter filter, Consumer<? super EnterpriseView> each);

	/** Every park the filter matches, as {@link #eachEnterprise} does. */
	void eachPark(RegistryFilter filter, Consumer<? super ParkView> each);

	/** Every project the filter matches, as {@link #eachEnterprise} does. */
	void eachProject(RegistryFilter filter, Consumer<? super ProjectView> each);

	Optional<EnterpriseView> enterprise(long id);

	Optional<ParkView> park(long id);

	Optional<ProjectView> project(long id);

	/** An enterprise's quarterly figures, oldest first. */
	List<EnterpriseView> figuresOf(long enterpriseId);

	/** How many parks, enterprises (above size) and projects each scope holds; keyed by scope, then kind. */
	Map<String, Map<String, Long>> counts(List<String> scopeCodes);

	/** The derived indicators an enterprise's own row counts towards, as the registry stands. */
	List<String> indicatorsCounting(long enterpriseId);

	/** The scopes whose derived figures include the enterprise: its district, the city, its park's groups, … */
	List<String> scopesIncluding(long enterpriseId);

	/** The classes of the culture classification the registry knows, in code order. */
	List<IndustryClassView> industryClasses();

	/** Every park by name, for choosing an enterprise's park. */
	List<ParkView> parkChoices();

	/**
	 * For each group, the districts that hold a park or project of it in the registry, by group code: where a
	 * group shows on a district map (the seeds list no districts for the belts, corridors and clusters).
	 */
	Map<String, List<String>> districtsHoldingGroups();

	/** Which family of rows stands behind a derived indicator: {@code enterprises}, {@code parks} or {@code projects}. */
	Optional<String> listBehind(String indicatorCode);

}
