package org.culturetargets.portal.registry;

/**
 * An enterprise as entered on its form or through the API. {@code digital} null means "as its industry class
 * implies"; {@code version} is the version being edited (null for a new enterprise); {@code reason} goes to the
 * audit log.
 */
public record EnterpriseCmd(String creditCode, String name, String areaCode, Long parkId, String industryClass,
		boolean aboveSize, Boolean digital, boolean listed, String stockCode, boolean leading, boolean headquarters,
		boolean exportKey, Integer version, String reason) {
}
