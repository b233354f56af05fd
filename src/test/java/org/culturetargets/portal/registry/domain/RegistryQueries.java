package org.culturetargets.portal.registry.domain;

/** The registry's scope expansion, for benchmarks that time the pages' queries with {@code EXPLAIN ANALYZE}. */
public final class RegistryQueries {

	/** Every scope with the areas and groups it contains, then with its enterprises. */
	public static final String SCOPED_ENTERPRISES = RegistryFigures.EXPAND + ",\n" + RegistryFigures.SCOPED_ENTERPRISES
			+ "\n";

	/** A scope's areas and the parks of its groups, as {@code RegistryService} narrows a list by the sums. */
	public static final String SCOPE_MEMBERS = RegistryFigures.EXPAND + """

			select array(select distinct member from expand) as areas,
			       array(select distinct g.park_id from registry.park_group g
			              where g.group_code in (select member from expand)) as parks
			""";

	private RegistryQueries() {
	}

}
