package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project as entered on its form or through the API; investment in 万元. */
public record ProjectCmd(String name, String areaCode, ProjectCategory category, BigDecimal plannedInvestment,
		BigDecimal completedInvestment, ProjectStatus status, LocalDate plannedStart, LocalDate startedOn,
		LocalDate completedOn, List<String> groups, Integer version, String reason) {
}
