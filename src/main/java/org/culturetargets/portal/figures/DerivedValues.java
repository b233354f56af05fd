package org.culturetargets.portal.figures;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values computed rather than stored: the registries' counts and sums for an area or group (SPEC §2, indicators
 * of source {@code DERIVED}). The figures module asks every such source for the periods that have no stored
 * value: a published or reported figure always takes precedence over what the registries give.
 */
public interface DerivedValues {

	/** The indicators this source computes. */
	Set<String> indicatorCodes();

	/**
	 * The values of those of {@code indicatorCodes} that this source computes, in each scope, one per period,
	 * recorded by {@link FigureView#REGISTRY} or {@link FigureView#DEMO_REGISTRY}; keyed by scope, then indicator.
	 */
	Map<String, Map<String, List<FigureView>>> derive(Collection<String> indicatorCodes, Collection<String> scopeCodes);

}
