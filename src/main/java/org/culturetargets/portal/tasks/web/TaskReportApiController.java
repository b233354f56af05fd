package org.culturetargets.portal.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.ApiController;
import org.culturetargets.portal.tasks.domain.TaskQueries;
import org.culturetargets.portal.tasks.domain.TaskReport;
import org.culturetargets.portal.tasks.domain.TaskReports;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Quarterly progress reports on a key task, shaped like the figure reports' API: a save carries the version it
 * edits (409 on a stale one), then submit, approve, return. {@code unit} names the reporting unit
 * ({@code area:330106}); district staff may leave it out (their own area), and naming another unit is a 403.
 */
@ApiController("/api/tasks")
class TaskReportApiController {

	private final TaskReports reports;

	private final TaskQueries tasks;

	private final PortalTime time;

	TaskReportApiController(TaskReports reports, TaskQueries tasks, PortalTime time) {
		this.reports = reports;
		this.tasks = tasks;
		this.time = time;
	}

	@GetMapping("/{id}/reports")
	@Operation(summary = "Every unit's progress reports on a task, every revision, newest quarter first")
	List<ReportEntry> all(@PathVariable long id) {
		tasks.task(id, time.today()).orElseThrow(() -> new NotFoundException("task", id));
		return reports.ofTask(id).stream().map(ReportEntry::of).toList();
	}

	@PutMapping("/{id}/reports/{period}")
	@Operation(summary = "Save a unit's progress report of a quarter as a draft: narrative, milestones reached "
			+ "([{milestone, reachedOn}]), evidence ids kept; 'version' is the version read (0 for a new report)")
	ReportEntry save(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestBody SaveRequest request, @AuthenticationPrincipal PortalUser user) {
		return ReportEntry.of(reports.save(id, unit, period, request.toCmd(), user));
	}

	@PostMapping("/{id}/reports/{period}/submit")
	@Operation(summary = "Submit the saved report for review; a narrative is required")
	ReportEntry submit(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal PortalUser user) {
		return ReportEntry.of(reports.submit(id, unit, period, version, user));
	}

	@PostMapping("/{id}/reports/{period}/approve")
	@Operation(summary = "Approve a submitted report (reviewers and administrators; not one's own submission): its "
			+ "milestones count for the task's status")
	ReportEntry approve(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal PortalUser user) {
		return ReportEntry.of(reports.approve(id, unit, period, version, user));
	}

	@PostMapping("/{id}/reports/{period}/return")
	@Operation(summary = "Return a submitted report to its unit with a comment (required)")
	ReportEntry returnReport(@PathVariable long id, @PathVariable Period period,
			@RequestParam(required = false) String unit, @RequestBody(required = false) ReturnRequest request,
			@AuthenticationPrincipal PortalUser user) {
		ReturnRequest r = request == null ? new ReturnRequest(null, null) : request;
		return ReportEntry.of(reports.returnReport(id, unit, period, r.version(), r.comment(), user));
	}

	@PostMapping("/{id}/reports/{period}/evidence")
	@Operation(summary = "Upload an evidence file (multipart, part 'file': PDF, images, Office files) and attach it "
			+ "to the unit's report of the quarter; a file that is not what its name says is refused, nothing stored")
	ReportEntry evidence(@PathVariable long id, @PathVariable Period period, @RequestParam(required = false) String unit,
			@RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal PortalUser user)
			throws IOException {
		if (file == null) {
			return ReportEntry.of(reports.attachEvidence(id, unit, period, null, null, user));
		}
		try (InputStream content = file.getInputStream()) {
			return ReportEntry.of(reports.attachEvidence(id, unit, period, file.getOriginalFilename(), content, user));
		}
	}

	record SaveRequest(Integer version, String narrative, List<TaskReports.MilestoneInput> milestones,
			List<Long> evidence) {

		TaskReports.SaveCmd toCmd() {
			return new TaskReports.SaveCmd(version, narrative, milestones, evidence);
		}

	}

	record ReturnRequest(String comment, Integer version) {
	}

	record Reached(long milestone, LocalDate reachedOn) {
	}

	record Evidence(long id, String name, String download) {
	}

	record ReportEntry(long task, String unit, String period, int revision, String status, int version,
			String narrative, String reviewComment, String changedBy, Instant changedAt, String submittedBy,
			Instant submittedAt, String reviewedBy, Instant reviewedAt, List<Reached> milestones,
			List<Evidence> evidence) {

		static ReportEntry of(TaskReport r) {
			return new ReportEntry(r.taskId(), r.unitKey(), r.period(), r.revision(), r.status().name(), r.version(),
					r.narrative(), r.reviewComment(), r.changedBy(), r.changedAt(), r.submittedBy(), r.submittedAt(),
					r.reviewedBy(), r.reviewedAt(),
					r.milestones().stream().map(m -> new Reached(m.milestoneId(), m.reachedOn())).toList(),
					r.evidence().stream().map(e -> new Evidence(e.id(), e.name(), "/evidence/" + e.id())).toList());
		}

	}

}
