package org.culturetargets.portal.reporting.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.figures.FigureEntries;
import org.culturetargets.portal.figures.FigureEntry;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: every district's quarterly reports of the last two years, approved, and the current quarter's in
 * every state (values from {@link DemoFigures}), so that the board, the review, the scorecards and every validation
 * rule have something to show. All flagged {@code demo}, with the label in their narrative and notes, and so are the
 * figures, audit entries and notifications they cause; a start-up outside demo mode removes them all.
 * <p>
 * The two years are written at once, in batches (a second of start-up instead of hundreds of workflow steps): their
 * reports as approved, their values as the districts' final figures ({@link FigureEntries}, demo). Four districts'
 * current reports go through the real workflow (approved, submitted, returned, draft); six more are approved with
 * the history; three are missing, so that the board has late districts to chase. Created once: the history when no
 * demo report of the quarter before exists, a current report when the district has none.
 */
@Component
@ConditionalOnProperty(name = { "portal.demo", "portal.reporting.demo-reports" }, havingValue = "true")
class DemoReports {

	static final String LABEL = "【演示数据 demo】";

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	/** The current quarter's reports that go through the workflow, and the state each is left in. */
	private static final Map<String, ReportStatus> WORKFLOW = Map.of("330102", ReportStatus.APPROVED, "330105",
			ReportStatus.SUBMITTED, "330108", ReportStatus.RETURNED, "330109", ReportStatus.DRAFT);

	/** The districts without a report of the current quarter: late. */
	private static final Set<String> LATE = Set.of("330111", "330122", "330182");

	private static final String REVIEWER = "reviewer";

	private final ReportService reports;

	private final ReportRepository repository;

	private final ReportingCalendar calendar;

	private final UserDetailsService users;

	private final FigureEntries figures;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ZoneId zone;

	DemoReports(ReportService reports, ReportRepository repository, ReportingCalendar calendar, UserDetailsService users,
			FigureEntries figures, JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.reports = reports;
		this.repository = repository;
		this.calendar = calendar;
		this.users = users;
		this.figures = figures;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.zone = zone;
	}

	/** After the start-up runners, which create the demo accounts these reports are written by. */
	@EventListener(ApplicationReadyEvent.class)
	void create() {
		long started = System.nanoTime();
		Period quarter = calendar.currentQuarter();
		DemoFigures demo = new DemoFigures(quarter);
		try {
			int written = transaction.execute(status -> history(demo, quarter));
			if (written > 0) {
				log.info("DEMO MODE: {} approved demo reports of the last two years written in {} ms", written,
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (RuntimeException e) {
			// demo data must never keep the portal from starting
			log.warn("DEMO MODE: no demo reports of the last two years: {}", e.getMessage());
		}
		PortalUser reviewer = user(REVIEWER);
		WORKFLOW.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(district -> {
			String area = district.getKey();
			if (repository.find(area, quarter, null).isPresent()) {
				return;
			}
			try {
				throughWorkflow(area, demo.of(area, quarter), district.getValue(), reviewer);
			}
			catch (RuntimeException e) {
				log.warn("DEMO MODE: no demo report of {} for {}: {}", area, quarter, e.getMessage());
			}
		});
	}

	/** The two years before the quarter and the quarter's approved reports besides the workflow's; how many reports. */
	private int history(DemoFigures demo, Period quarter) {
		Period before = ValueFacts.previousQuarter(quarter);
		if (Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from reporting.report where demo and period = ?)", Boolean.class, before.toString()))) {
			return 0;
		}
		List<Approved> approved = new ArrayList<>();
		for (String area : DemoFigures.districts()) {
			demo.history().forEach(p -> approved.add(new Approved(demo.of(area, p), 1)));
			if (!WORKFLOW.containsKey(area) && !LATE.contains(area)
					&& repository.find(area, quarter, null).isEmpty()) {
				approved.add(new Approved(demo.of(area, quarter), 1));
			}
		}
		approved.add(new Approved(demo.correction(), 2));
		jdbc.batchUpdate("""
				insert into reporting.report (area_code, period, revision, status, narrative, created_by, created_at,
				    changed_by, changed_at, submitted_by, submitted_at, reviewed_by, reviewed_at, demo, value_editors)
				values (?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, true, array[?])
				on conflict (area_code, period, revision) do nothing
				""", approved.stream().map(this::reportRow).toList());
		List<Object[]> values = new ArrayList<>();
		approved.forEach(a -> a.values().values().forEach((code, value) -> values.add(new Object[] { code, value,
				note(a.values(), code), a.values().area(), a.values().period().toString(), a.revision() })));
		jdbc.batchUpdate("""
				insert into reporting.report_value (report_id, indicator_code, value, note)
				select id, ?, ?, ? from reporting.report where area_code = ? and period = ? and revision = ? and demo
				on conflict do nothing
				""", values);
		// the latest revision of each is the district's final figure, as an approval makes it
		Map<String, Approved> latest = new LinkedHashMap<>();
		approved.forEach(a -> latest.merge(a.values().area() + "/" + a.values().period(), a,
				(x, y) -> x.revision() > y.revision() ? x : y));
		figures.record(latest.values().stream().flatMap(a -> a.values().values().entrySet().stream()
			.map(v -> new FigureEntry(v.getKey(), a.values().area(), a.values().period(), v.getValue(), ValueStatus.FINAL,
					note(a.values(), v.getKey()), "report " + a.values().area() + "/" + a.values().period() + " revision "
							+ a.revision(), REVIEWER,
					reports.citation(a.values().area(), a.values().period(), a.revision(), Locale.CHINESE),
					reports.citation(a.values().area(), a.values().period(), a.revision(), Locale.ENGLISH), true)))
			.toList());
		return approved.size();
	}

	private record Approved(DemoFigures.QuarterValues values, int revision) {
	}

	/** Created after the quarter, submitted before the due date, approved a few days after it. */
	private Object[] reportRow(Approved a) {
		Period p = a.values().period();
		String staff = "district-" + a.values().area();
		Timestamp created = at(ReportingCalendar.end(p).plusDays(3 + a.revision() * 20L));
		Timestamp submitted = at(calendar.dueDate(p).minusDays(2).plusDays(a.revision() * 20L - 20));
		Timestamp reviewed = at(calendar.dueDate(p).plusDays(3 + a.revision() * 20L - 20));
		String narrative = a.revision() == 1 ? LABEL + "合成的演示报表，不是正式统计数据。"
				: LABEL + DemoFigures.Anomaly.CORRECTED_SECOND_QUARTER.note;
		return new Object[] { a.values().area(), p.toString(), a.revision(), narrative, staff, created, REVIEWER, reviewed,
				staff, submitted, REVIEWER, reviewed, staff };
	}

	private Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant());
	}

	private static String note(DemoFigures.QuarterValues values, String code) {
		String note = values.notes().get(code);
		return note == null ? LABEL : LABEL + note;
	}

	private void throughWorkflow(String area, DemoFigures.QuarterValues values, ReportStatus target, PortalUser reviewer) {
		Period quarter = values.period();
		Map<String, SaveReportCmd.ValueInput> inputs = new LinkedHashMap<>();
		values.values().forEach((code, value) -> inputs.put(code,
				new SaveReportCmd.ValueInput(value.stripTrailingZeros().toPlainString(), note(values, code))));
		Report report = reports.save(area, quarter, new SaveReportCmd(0, LABEL + "合成的演示报表，不是正式统计数据。", inputs),
				target != ReportStatus.DRAFT, user("district-" + area), true).report();
		if (target == ReportStatus.APPROVED) {
			reports.approve(area, quarter, report.version(), reviewer);
		}
		else if (target == ReportStatus.RETURNED) {
			reports.returnReport(area, quarter, report.version(), LABEL + "请核实文化产业带动就业人数的统计口径。", reviewer);
		}
		log.info("DEMO MODE: {} report of {} for {} created", target, area, quarter);
	}

	private PortalUser user(String username) {
		return (PortalUser) users.loadUserByUsername(username);
	}

}
