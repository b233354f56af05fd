package org.culturetargets.portal.shared;

/**
 * An event after which figures, registries or reference data differ from before: whatever was computed from them
 * and kept (catalogue, series, scorecards) is stale once the change has committed. See {@link DataVersion}.
 */
public interface DataChanged {
}
