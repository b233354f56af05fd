package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.figures.FigureEntries;
import org.culturetargets.portal.figures.FigureEntry;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.reporting.ReportApproved;
import org.culturetargets.portal.reporting.ReportReturned;
import org.culturetargets.portal.reporting.ReportRevised;
import org.culturetargets.portal.reporting.ReportSaved;
import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.reporting.ReportSubmitted;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting workflow: save, submit, approve, return, correct. Each write checks who asks and the report's
 * state, names the version it changes, and publishes its event in the same transaction, so the audit entry and the
 * figures the report feeds commit with it or not at all.
 */
@Service
@Transactional
public class ReportService {

	private static final int MAX_COMMENT = 1000;

	private final ReportRepository reports;

	private final PlanCatalog catalog;

	private final Figures figures;

	private final FigureEntries figureEntries;

	private final ReportingCalendar calendar;

	private final QualityChecks quality;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ReportService(ReportRepository reports, PlanCatalog catalog, Figures figures, FigureEntries figureEntries,
			ReportingCalendar calendar, QualityChecks quality, ApplicationEventPublisher events,
			MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.quality = quality;
		this.catalog = catalog;
		this.figures = figures;
		this.figureEntries = figureEntries;
		this.calendar = calendar;
		this.events = events;
	}

	/** The report (latest revision unless one is named) or, before anything is saved, a blank draft. */
	@Transactional(readOnly = true)
	public Report read(String areaCode, Period period, Integer revision, PortalUser user) {
		district(areaCode);
		requireQuarter(period);
		Report report = reports.find(areaCode, period, revision).orElseGet(() -> {
			if (revision != null) {
				throw new NotFoundException("revision", revision);
			}
			return Report.blank(areaCode, period);
		});
		// every role reads every district's reports (SPEC §1); who may change them is decided per write
		return report;
	}

	@Transactional(readOnly = true)
	public List<Integer> revisions(String areaCode, Period period) {
		return reports.revisions(areaCode, period);
	}

	/** The district-reported indicators, in the catalogue's order. */
	@Transactional(readOnly = true)
	public List<IndicatorView> reportedIndicators() {
		return catalog.indicators().stream().filter(IndicatorView::districtReported).toList();
	}

	/** The report's rows with last year's same-quarter value, the growth on it and the rules' findings. */
	@Transactional(readOnly = true)
	public List<ReportLine> lines(Report report) {
		List<IndicatorView> indicators = reportedIndicators();
		return lines(report, indicators, lastYear(report.areaCode(), report.period(), indicators));
	}

	private List<ReportLine> lines(Report report, List<IndicatorView> indicators, Map<String, BigDecimal> lastYear) {
		return lines(report, indicators, lastYear,
				quality.check(report.areaCode(), report.period(), report.values(), indicators, false));
	}

	private static List<ReportLine> lines(Report report, List<IndicatorView> indicators, Map<String, BigDecimal> lastYear,
			List<Finding> found) {
		Map<String, List<Finding>> findings = found.stream().collect(Collectors.groupingBy(Finding::indicatorCode));
		return indicators.stream().map(i -> {
			ReportValue v = report.values().get(i.code());
			BigDecimal value = v == null ? null : v.value();
			return new ReportLine(i, value, v == null ? null : v.note(), lastYear.get(i.code()),
					ReportCheck.growth(value, lastYear.get(i.code())), findings.getOrDefault(i.code(), List.of()));
		}).toList();
	}

	/**
	 * The rows of each report, as {@link #lines(Report)}: last year's values of all the reports' districts and the
	 * figures the rules compare with read at once, not once per report.
	 */
	@Transactional(readOnly = true)
	public Map<Report, List<ReportLine>> lines(List<Report> reports) {
		List<IndicatorView> indicators = reportedIndicators();
		Map<String, Map<String, List<FigureView>>> series = figures.series(
				indicators.stream().map(IndicatorView::code).toList(),
				reports.stream().map(Report::areaCode).distinct().toList());
		Map<Report, List<Finding>> findings = quality.check(reports, indicators);
		Map<Report, List<ReportLine>> lines = new LinkedHashMap<>();
		reports.forEach(r -> lines.put(r, lines(r, indicators,
				lastYear(r.period(), series.getOrDefault(r.areaCode(), Map.of())), findings.get(r))));
		return lines;
	}

	/**
	 * Growth of a typed value on last year's same quarter (for the form's live display); null where none, also
	 * where the text is not a value saving would accept (checked as saving does, so that no number beyond a
	 * figure's bounds is computed with).
	 */
	@Transactional(readOnly = true)
	public BigDecimal growth(String areaCode, Period period, String indicatorCode, String typed) {
		List<IndicatorView> indicator = reportedIndicators().stream().filter(i -> i.code().equals(indicatorCode)).toList();
		BigDecimal value = indicator.isEmpty() ? null : ReportCheck.acceptable(indicator.get(0), typed);
		return value == null ? null : ReportCheck.growth(value, lastYear(areaCode, period, indicator).get(indicatorCode));
	}

	/** The year-on-year rule's threshold (%), where it is on: the growth beside a value stands out beyond it. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> changeLimit() {
		return quality.changeLimit();
	}

	/** Saves the entered values (a draft stays a draft; a returned report becomes a draft again); with {@code submit}, submits too. */
	public Saved save(String areaCode, Period period, SaveReportCmd cmd, boolean submit, PortalUser user) {
		return save(areaCode, period, cmd, submit, user, false);
	}

	/** As {@link #save(String, Period, SaveReportCmd, boolean, PortalUser)}; {@code demo} flags a new report as demo data. */
	Saved save(String areaCode, Period period, SaveReportCmd cmd, boolean submit, PortalUser user, boolean demo) {
		Report report = read(areaCode, period, null, user);
		refuseIf(report.editRefusal(user, calendar), report);
		if (report.version() != cmd.version()) {
			throw stale(report);
		}
		List<IndicatorView> indicators = reportedIndicators();
		ReportCheck.Checked checked = ReportCheck.check(indicators, cmd, submit);
		if (checked.hasErrors()) {
			throw new InvalidReportException(checked.errors());
		}
		List<Finding> findings = ruleFindings(areaCode, period, checked.values(), indicators, submit);
		String narrative = cmd.narrative() == null || cmd.narrative().isBlank() ? null : cmd.narrative().trim();
		long id;
		if (report.saved()) {
			ReportStatus next = report.status() == ReportStatus.RETURNED ? ReportStatus.DRAFT : report.status();
			if (next != report.status() && !report.status().canTransitionTo(next)) {
				throw new ReportRefusedException(Refusal.SUBMITTED, report.name());
			}
			if (!reports.updateContent(report.id(), report.version(), narrative, next, user.getUsername())) {
				throw stale(report);
			}
			id = report.id();
		}
		else {
			id = reports.insert(areaCode, period, 1, narrative, user.getUsername(), demo, true)
				.orElseThrow(() -> stale(report));
		}
		reports.replaceValues(id, checked.values().values());
		Report saved = reports.find(areaCode, period, report.revision()).orElseThrow();
		events.publishEvent(new ReportSaved(user.getUsername(), Instant.now(), saved.name(),
				report.saved() ? report.describe() : null, saved.describe(), null, saved.demo()));
		if (submit) {
			saved = submit(saved, user);
		}
		// the notices that a rule could not judge a value stay beside the values, not among the warnings to act on
		return new Saved(saved, findings.stream().filter(Finding::flags).toList());
	}

	/** Submits the report as saved; {@code version}, when given, must be the current one. */
	public Report submit(String areaCode, Period period, Integer version, PortalUser user) {
		Report report = read(areaCode, period, null, user);
		refuseIf(report.writerRefusal(user), report);
		if (!report.saved()) {
			throw new ReportRefusedException(Refusal.NOT_SAVED, report.name());
		}
		refuseIf(report.editRefusal(user, calendar), report);
		requireVersion(report, version);
		List<IndicatorView> indicators = reportedIndicators();
		ReportCheck.Checked checked = ReportCheck.check(indicators, asCmd(report), true);
		if (checked.hasErrors()) {
			throw new InvalidReportException(checked.errors());
		}
		ruleFindings(areaCode, period, checked.values(), indicators, true);
		return submit(report, user);
	}

	/** The validation rules' findings on the values; refuses the write when one is an error (hard, or unexplained). */
	private List<Finding> ruleFindings(String areaCode, Period period, Map<String, ReportValue> values,
			List<IndicatorView> indicators, boolean submitting) {
		List<Finding> findings = quality.check(areaCode, period, values, indicators, submitting);
		List<Finding> errors = findings.stream().filter(Finding::error).toList();
		if (!errors.isEmpty()) {
			throw new InvalidReportException(errors);
		}
		return findings;
	}

	private Report submit(Report report, PortalUser user) {
		if (report.status() == ReportStatus.RETURNED || !report.status().canTransitionTo(ReportStatus.SUBMITTED)) {
			throw new ReportRefusedException(report.status() == ReportStatus.RETURNED ? Refusal.NOT_SAVED : Refusal.SUBMITTED,
					report.name());
		}
		if (!reports.markSubmitted(report.id(), report.version(), user.getUsername())) {
			throw stale(report);
		}
		Report submitted = reports.find(report.areaCode(), report.period(), report.revision()).orElseThrow();
		// submitted values show on the dashboards marked provisional until a reviewer decides
		figureEntries.record(entries(submitted, ValueStatus.PROVISIONAL, user.getUsername()));
		changed(new ReportSubmitted(user.getUsername(), Instant.now(), submitted.name(), report.describe(),
				submitted.describe(), null, submitted.areaCode(), submitted.period(), submitted.demo()));
		return submitted;
	}

	/** Approves a submitted report: its values become the district's final figures of the quarter. */
	public Report approve(String areaCode, Period period, Integer version, PortalUser user) {
		Report report = reviewable(areaCode, period, version, user);
		// the figures a hard rule compares with may have changed since submission (a corrected earlier quarter)
		boolean unexplainedHard = quality.check(areaCode, period, report.values(), reportedIndicators(), false).stream()
			.anyMatch(f -> f.hard() && QualityChecks.unexplained(report.values().get(f.indicatorCode())));
		if (unexplainedHard) {
			throw new ReportRefusedException(Refusal.UNEXPLAINED_FINDING, report.name());
		}
		if (!reports.markReviewed(report.id(), report.version(), ReportStatus.APPROVED, null, user.getUsername())) {
			throw stale(report);
		}
		Report approved = reports.find(areaCode, period, report.revision()).orElseThrow();
		figureEntries.withdraw(areaCode, period, ValueStatus.PROVISIONAL, report.figureSourcePrefix());
		figureEntries.record(entries(approved, ValueStatus.FINAL, user.getUsername()));
		changed(new ReportApproved(user.getUsername(), Instant.now(), approved.name(), report.describe(),
				approved.describe(), null, approved.demo()));
		return approved;
	}

	/** Returns a submitted report to its district with the reviewer's comment, which is required. */
	public Report returnReport(String areaCode, Period period, Integer version, String comment, PortalUser user) {
		Report report = reviewable(areaCode, period, version, user);
		String reason = comment == null ? "" : comment.trim();
		if (reason.isEmpty()) {
			throw new InvalidReportException(List.of(Finding.error("comment", null, "report.error.commentRequired")));
		}
		if (reason.length() > MAX_COMMENT) {
			throw new InvalidReportException(List.of(Finding.error("comment", null, "report.error.commentTooLong", MAX_COMMENT)));
		}
		if (!reports.markReviewed(report.id(), report.version(), ReportStatus.RETURNED, reason, user.getUsername())) {
			throw stale(report);
		}
		Report returned = reports.find(areaCode, period, report.revision()).orElseThrow();
		figureEntries.withdraw(areaCode, period, ValueStatus.PROVISIONAL, report.figureSourcePrefix());
		changed(new ReportReturned(user.getUsername(), Instant.now(), returned.name(), report.describe(),
				returned.describe(), reason, areaCode, period, returned.demo()));
		return returned;
	}

	/** Opens a correction of an approved report: revision n+1, a draft with the approved values; n stays as it was. */
	public Report revise(String areaCode, Period period, PortalUser user) {
		Report approved = read(areaCode, period, null, user);
		refuseIf(approved.reviseRefusal(user, calendar), approved);
		long id = reports.insert(areaCode, period, approved.revision() + 1, approved.narrative(), user.getUsername(),
				approved.demo(), false).orElseThrow(() -> stale(approved));
		reports.replaceValues(id, approved.values().values());
		Report revised = reports.find(areaCode, period, approved.revision() + 1).orElseThrow();
		changed(new ReportRevised(user.getUsername(), Instant.now(), revised.name(), approved.describe(),
				revised.describe(), null, revised.demo()));
		return revised;
	}

	/** A report's step: audited, and what is computed from reports and figures is stale once it commits. */
	private void changed(Object step) {
		events.publishEvent(step);
		events.publishEvent(new DataChanged("reporting"));
	}

	@Transactional(readOnly = true)
	public List<Report> awaitingReview() {
		return reports.submitted();
	}

	@Transactional(readOnly = true)
	public List<Report> ofArea(String areaCode) {
		return reports.ofArea(areaCode);
	}

	/** Every district's status for the quarter, in the catalogue's order of districts. */
	@Transactional(readOnly = true)
	public List<CompletenessRow> completeness(Period period) {
		requireQuarter(period);
		Map<String, Report> latest = reports.latestOf(period).stream()
			.collect(Collectors.toMap(Report::areaCode, Function.identity()));
		return catalog.scopes().stream().filter(s -> s.kind() == ScopeKind.DISTRICT).map(s -> {
			Report report = latest.get(s.code());
			return new CompletenessRow(s, report, calendar.dueDate(period),
					calendar.isLate(period, report == null ? null : report.status()),
					report != null && calendar.submittedLate(period, report.submittedAt()));
		}).toList();
	}

	/** The status of a district's report of the quarter, or empty when nothing is saved yet. */
	@Transactional(readOnly = true)
	public Optional<ReportStatus> status(String areaCode, Period period) {
		return reports.status(areaCode, period);
	}

	/** The saved report and the validation rules' warnings left on it (explained or not yet). */
	public record Saved(Report report, List<Finding> findings) {
	}

	private Report reviewable(String areaCode, Period period, Integer version, PortalUser user) {
		Report report = read(areaCode, period, null, user);
		requireRole(user, Refusal.NOT_A_REVIEWER, report, Role.REVIEWER, Role.ADMIN);
		if (!report.saved()) {
			throw new ReportRefusedException(Refusal.NOT_SUBMITTED, report.name());
		}
		refuseIf(report.reviewRefusal(user), report);
		requireVersion(report, version);
		return report;
	}

	private ScopeView district(String areaCode) {
		return catalog.scope(areaCode)
			.filter(s -> s.kind() == ScopeKind.DISTRICT)
			.orElseThrow(() -> new NotFoundException("district", areaCode));
	}

	private static void requireQuarter(Period period) {
		if (period.isAnnual()) {
			throw new IllegalArgumentException("a report is for a quarter such as " + period + "Q3, not the year '" + period + "'");
		}
	}

	private void requireVersion(Report report, Integer version) {
		if (version != null && version != report.version()) {
			throw stale(report);
		}
	}

	private StaleReportException stale(Report report) {
		Optional<Report> current = report.saved() ? reports.current(report.id())
				: reports.find(report.areaCode(), report.period(), report.revision());
		return current.map(c -> new StaleReportException(c.name(), c.changedBy(), c.changedAt()))
			.orElseGet(() -> new StaleReportException(report.name(), report.changedBy(), report.changedAt()));
	}

	/** Who asks is refused before what state the report is in: a role that may not act learns so first. */
	private static void requireRole(PortalUser user, Refusal refusal, Report report, Role... allowed) {
		if (!List.of(allowed).contains(user.role())) {
			throw new ReportRefusedException(refusal, report.name());
		}
	}

	private static void refuseIf(Optional<Refusal> refusal, Report report) {
		refusal.ifPresent(r -> {
			throw new ReportRefusedException(r, report.name());
		});
	}

	private Map<String, BigDecimal> lastYear(String areaCode, Period period, List<IndicatorView> indicators) {
		return lastYear(period, figures.series(indicators.stream().map(IndicatorView::code).toList(), areaCode));
	}

	/** Each indicator's value of the same quarter a year before {@code period}, from the district's series. */
	private static Map<String, BigDecimal> lastYear(Period period, Map<String, List<FigureView>> series) {
		Period earlier = period.yearEarlier();
		return series.entrySet().stream()
			.flatMap(e -> e.getValue().stream().filter(f -> f.period().equals(earlier)).map(f -> Map.entry(e.getKey(), f.value())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
	}

	private static SaveReportCmd asCmd(Report report) {
		return new SaveReportCmd(report.version(), report.narrative(), report.values().values().stream()
			.collect(Collectors.toMap(ReportValue::indicatorCode, v -> new SaveReportCmd.ValueInput(
					v.value() == null ? null : v.value().toPlainString(), v.note()))));
	}

	private List<FigureEntry> entries(Report report, ValueStatus status, String recordedBy) {
		String citationZh = citation(report.areaCode(), report.period(), report.revision(), Locale.CHINESE);
		String citationEn = citation(report.areaCode(), report.period(), report.revision(), Locale.ENGLISH);
		return report.values().values().stream()
			.filter(v -> v.value() != null)
			.map(v -> new FigureEntry(v.indicatorCode(), report.areaCode(), report.period(), v.value(), status, v.note(),
					report.figureSource(), recordedBy, citationZh, citationEn, report.demo()))
			.toList();
	}

	/** How a page cites the report's figures: 西湖区2026年三季度报表第1版, "Q3 2026 report of Xihu District, version 1". */
	String citation(String areaCode, Period period, int revision, Locale locale) {
		String area = catalog.scope(areaCode).map(s -> s.name(locale)).orElse(areaCode);
		return messages.getMessage("report.citation", new Object[] { area, period.year(), period.endQuarter(),
				revision }, locale);
	}

}
