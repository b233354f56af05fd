package org.culturetargets.portal.registry;

import java.time.Instant;
import java.util.List;

/**
 * A park, block, base, headquarters platform or key platform, with the groups it belongs to; {@code version} and
 * who changed it last (null for rows no one has edited on the portal).
 */
public record ParkView(long id, String nameZh, String nameEn, String areaCode, String areaNameZh, String areaNameEn,
		ParkLevel level, ParkType type, boolean keyPlatform, Integer recognisedYear, List<String> groups, String source,
		boolean synthetic, long enterprises, int version, String updatedBy, Instant updatedAt) {
}
