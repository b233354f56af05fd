package org.culturetargets.portal.registry.domain;

/** The registry's scope expansion, for benchmarks that time the pages' queries with {@code EXPLAIN ANALYZE}. */
public final class RegistryQueries {

	/** Every scope with the areas and groups it contains, then with its enterprises. */
	public static final String SCOPED_ENTERPRISES = RegistryFigures.EXPAND + ",\n" + RegistryFigures.SCOPED_ENTERPRISES
			+ "\n";

	private RegistryQueries() {
	}

}
