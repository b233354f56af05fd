package org.culturetargets.portal.registry.domain;

/**
 * The enterprises' figures added up by area, park, class, flags and quarter (registry V4_6), which the derived
 * indicators sum instead of every figure. Refreshed in the transaction of each change of enterprises or figures,
 * so that the sums commit with the change: the forms here, the demo registry, and the import's merges.
 */
final class FigureRollup {

	static final String REFRESH = "refresh materialized view registry.enterprise_figure_rollup";

	private FigureRollup() {
	}

}
