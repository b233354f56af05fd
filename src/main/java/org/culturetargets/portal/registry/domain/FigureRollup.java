package org.culturetargets.portal.registry.domain;

/**
 * The enterprises' figures added up by area, park, class, flags and quarter (registry V4_20), which the derived
 * indicators sum instead of every figure. The database keeps them: triggers add each statement's changes to the sum
 * rows they fall in, in the statement's transaction, so every way of writing is counted alike. A bulk load may skip
 * those deltas in its own transaction and rebuild the sums once at its end.
 */
final class FigureRollup {

	/** For the rest of the transaction, the triggers leave the sums alone: {@link #REBUILD} must follow. */
	static final String DEFER = "set local registry.figure_rollup = 'rebuild'";

	/** Every sum computed afresh from the figures; also the repair when the sums are ever in doubt. */
	static final String REBUILD = "select registry.rebuild_enterprise_figure_rollup()";

	private FigureRollup() {
	}

}
