package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.Period;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: four districts' reports of the current quarter in four states (approved, submitted, returned,
 * draft), so that the completeness board and the review page are not empty. They go through the real workflow
 * (figures and audit included), are flagged {@code demo} and say so in their narrative and notes. Created once:
 * a district that already has a report of the quarter is left alone.
 */
@Component
@ConditionalOnProperty(name = { "portal.demo", "portal.reporting.demo-reports" }, havingValue = "true")
class DemoReports {

	static final String LABEL = "【演示数据 demo】";

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private static final Map<String, ReportStatus> DISTRICTS = Map.of("330102", ReportStatus.APPROVED, "330105",
			ReportStatus.SUBMITTED, "330108", ReportStatus.RETURNED, "330109", ReportStatus.DRAFT);

	private final ReportService reports;

	private final ReportRepository repository;

	private final ReportingCalendar calendar;

	private final UserDetailsService users;

	DemoReports(ReportService reports, ReportRepository repository, ReportingCalendar calendar,
			UserDetailsService users) {
		this.reports = reports;
		this.repository = repository;
		this.calendar = calendar;
		this.users = users;
	}

	/** After the start-up runners, which create the demo accounts these reports are written by. */
	@EventListener(ApplicationReadyEvent.class)
	void create() {
		Period quarter = calendar.currentQuarter();
		PortalUser reviewer = user("reviewer");
		int step = 0;
		for (Map.Entry<String, ReportStatus> district : DISTRICTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			step++;
			String area = district.getKey();
			if (repository.find(area, quarter, null).isPresent()) {
				continue;
			}
			try {
				create(area, quarter, district.getValue(), step, reviewer);
			}
			catch (RuntimeException e) {
				// demo data must never keep the portal from starting
				log.warn("DEMO MODE: no demo report of {} for {}: {}", area, quarter, e.getMessage());
			}
		}
	}

	private void create(String area, Period quarter, ReportStatus target, int step, PortalUser reviewer) {
		Report report = reports.save(area, quarter, new SaveReportCmd(0, LABEL + "合成的演示报表，不是正式统计数据。",
				values(step)), target != ReportStatus.DRAFT, user("district-" + area)).report();
		if (target == ReportStatus.APPROVED) {
			reports.approve(area, quarter, report.version(), reviewer);
		}
		else if (target == ReportStatus.RETURNED) {
			reports.returnReport(area, quarter, report.version(), LABEL + "请核实文化产业带动就业人数的统计口径。", reviewer);
		}
		repository.markDemo(area, quarter);
		log.info("DEMO MODE: {} report of {} for {} created", target, area, quarter);
	}

	private PortalUser user(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

	private static Map<String, SaveReportCmd.ValueInput> values(int step) {
		Map<String, SaveReportCmd.ValueInput> values = new LinkedHashMap<>();
		List.of(Map.entry("added_value", "120.5"), Map.entry("total_output", "480"), Map.entry("gdp", "1650"),
				Map.entry("employment", "3.2"), Map.entry("cultural_talents", "6")).forEach(e -> values.put(e.getKey(),
						new SaveReportCmd.ValueInput(new BigDecimal(e.getValue()).multiply(BigDecimal.valueOf(10 + step))
							.divide(BigDecimal.TEN).stripTrailingZeros().toPlainString(), LABEL)));
		return values;
	}

}
