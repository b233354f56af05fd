package org.culturetargets.portal.shared;

/**
 * Figures, registries, reports or reference data differ from before: whatever was computed from them and kept
 * (catalogue, series, scorecards) is stale once the change has committed. Whatever writes such data publishes it in
 * the write's transaction, whoever asked for the write; see {@link DataVersion}.
 *
 * @param owner the module whose data changed, e.g. {@code registry}
 */
public record DataChanged(String owner) {
}
