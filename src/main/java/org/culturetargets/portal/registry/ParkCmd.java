package org.culturetargets.portal.registry;

import java.util.List;

/**
 * A park or platform as an administrator enters it. {@code areaCode} and {@code level} may be empty: the plan lists
 * its key platforms without either. {@code groups} are codes of belts, corridors, clusters or regions;
 * {@code version} is the version being edited (null for a new park); {@code reason} goes to the audit log.
 */
public record ParkCmd(String nameZh, String nameEn, String areaCode, ParkLevel level, ParkType type, boolean keyPlatform,
		Integer recognisedYear, List<String> groups, String source, Integer version, String reason) {
}
