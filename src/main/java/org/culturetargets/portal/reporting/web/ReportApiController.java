package org.culturetargets.portal.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;

import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.Refusal;
import org.culturetargets.portal.reporting.domain.Report;
import org.culturetargets.portal.reporting.domain.ReportLine;
import org.culturetargets.portal.reporting.domain.ReportService;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.reporting.domain.SaveReportCmd;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report API of SPEC §9. A save carries the version it edits; a stale one is a 409 naming who changed the report
 * and when. Refusals are 403 (who asks) or 409 (the report's state), bad values 400 naming the field.
 */
@ApiController("/api/reports")
class ReportApiController {

	private final ReportService reports;

	private final ReportingCalendar calendar;

	private final MessageSource messages;

	private final FindingTexts findingTexts;

	ReportApiController(ReportService reports, ReportingCalendar calendar, MessageSource messages,
			FindingTexts findingTexts) {
		this.findingTexts = findingTexts;
		this.reports = reports;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/{area}/{period}")
	@Operation(summary = "A district's report of a quarter (the latest revision unless one is named); before anything "
			+ "is saved, a blank draft with version 0")
	ReportResponse read(@PathVariable String area, @PathVariable Period period,
			@RequestParam(required = false) Integer revision, @AuthenticationPrincipal PortalUser user) {
		return response(reports.read(area, period, revision, user), List.of(), user);
	}

	@PutMapping("/{area}/{period}")
	@Operation(summary = "Save the report's values, notes and narrative; 'version' is the version read (0 for a new "
			+ "report). Values are numbers or numeric text; warnings (changes beyond ±50 %) come back with the report")
	ReportResponse save(@PathVariable String area, @PathVariable Period period, @RequestBody SaveRequest request,
			@AuthenticationPrincipal PortalUser user) {
		ReportService.Saved saved = reports.save(area, period, request.toCmd(), false, user);
		return response(saved.report(), saved.findings(), user);
	}

	@PostMapping("/{area}/{period}/submit")
	@Operation(summary = "Submit the saved report for review; every value is required, and a change beyond ±50 % "
			+ "needs a note")
	ReportResponse submit(@PathVariable String area, @PathVariable Period period,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal PortalUser user) {
		return response(reports.submit(area, period, version, user), List.of(), user);
	}

	@PostMapping("/{area}/{period}/approve")
	@Operation(summary = "Approve a submitted report (reviewers and administrators; not one's own submission)")
	ReportResponse approve(@PathVariable String area, @PathVariable Period period,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal PortalUser user) {
		return response(reports.approve(area, period, version, user), List.of(), user);
	}

	@PostMapping("/{area}/{period}/return")
	@Operation(summary = "Return a submitted report to its district with a comment (required)")
	ReportResponse returnReport(@PathVariable String area, @PathVariable Period period,
			@RequestBody(required = false) ReturnRequest request, @AuthenticationPrincipal PortalUser user) {
		ReturnRequest r = request == null ? new ReturnRequest(null, null) : request;
		return response(reports.returnReport(area, period, r.version(), r.comment(), user), List.of(), user);
	}

	@PostMapping("/{area}/{period}/revise")
	@Operation(summary = "Open a correction of an approved report: a new revision as a draft; the approved one stays")
	ReportResponse revise(@PathVariable String area, @PathVariable Period period,
			@AuthenticationPrincipal PortalUser user) {
		return response(reports.revise(area, period, user), List.of(), user);
	}

	private ReportResponse response(Report report, List<Finding> findings, PortalUser user) {
		Optional<Refusal> refusal = report.editRefusal(user, calendar);
		return new ReportResponse(report.areaCode(), report.period().toString(), report.revision(),
				reports.revisions(report.areaCode(), report.period()), report.status().name(), report.version(),
				report.narrative(), report.reviewComment(), report.changedBy(), report.changedAt(), report.submittedBy(),
				report.submittedAt(), report.reviewedBy(), report.reviewedAt(),
				calendar.dueDate(report.period()).toString(), refusal.isEmpty(),
				refusal.map(r -> messages.getMessage(r.messageKey(), new Object[] { report.name() }, Locale.ENGLISH))
					.orElse(null),
				reports.lines(report).stream().map(line -> ValueEntry.of(line, findingTexts)).toList(),
				findings.stream().map(f -> ReportProblems.entry(f, findingTexts)).toList());
	}

	record SaveRequest(Integer version, String narrative, Map<String, SaveReportCmd.ValueInput> values) {

		SaveReportCmd toCmd() {
			if (version == null) {
				throw new IllegalArgumentException("version is required: the version of the report as read (0 for a report not saved yet)");
			}
			return new SaveReportCmd(version, narrative, values == null ? Map.of() : values);
		}

	}

	record ReturnRequest(String comment, Integer version) {
	}

	record ReportResponse(String area, String period, int revision, List<Integer> revisions, String status, int version,
			String narrative, String reviewComment, String changedBy, Instant changedAt, String submittedBy,
			Instant submittedAt, String reviewedBy, Instant reviewedAt, String dueDate, boolean editable,
			String notEditableBecause, List<ValueEntry> values, List<ReportProblems.FieldMessage> warnings) {
	}

	/** {@code findings}: what the validation rules flag on the value, each with its rule. */
	record ValueEntry(String indicator, String unit, BigDecimal value, String note, BigDecimal lastYear,
			BigDecimal growth, boolean anomalous, List<ReportProblems.FieldMessage> findings) {

		static ValueEntry of(ReportLine line, FindingTexts texts) {
			return new ValueEntry(line.indicator().code(), line.indicator().unit(), line.value(), line.note(),
					line.lastYear(), line.growth(), line.anomalous(),
					line.findings().stream().map(f -> ReportProblems.entry(f, texts)).toList());
		}

	}

}
