package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project: category, investment planned and completed (万元), status with its dates, and its groups. */
public record ProjectView(long id, String name, String areaCode, String areaNameZh, String areaNameEn,
		ProjectCategory category, BigDecimal plannedInvestment, BigDecimal completedInvestment, ProjectStatus status, LocalDate plannedStart,
		LocalDate startedOn, LocalDate completedOn, List<String> groups, boolean synthetic, int version,
		String updatedBy, Instant updatedAt) {
}
