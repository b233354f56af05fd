package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An enterprise of the registry, with its year-to-date revenue (万元) and employees at the period the list is
 * for. {@code digital} is the effective flag: the enterprise's own where it overrides its class, else the class's.
 */
public record EnterpriseView(long id, String creditCode, String name, String areaCode, String areaNameZh,
		String areaNameEn, Long parkId, String parkName, String industryClass, String classNameZh, String classNameEn,
		boolean core, boolean aboveSize, boolean digital, Boolean digitalOverride, boolean listed, String stockCode,
		boolean leading, boolean headquarters, boolean exportKey, boolean synthetic, String period, BigDecimal revenue,
		Integer employees, int version, String updatedBy, Instant updatedAt) {
}
