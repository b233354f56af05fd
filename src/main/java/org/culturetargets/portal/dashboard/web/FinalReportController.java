package org.culturetargets.portal.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.assessment.Assessment;
import org.culturetargets.portal.assessment.Assessments;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.PdfDocuments;
import org.culturetargets.portal.tasks.TaskBoard;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.TaskSummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The final evaluation report of a plan whose target year has passed, as a printable page and as a PDF. */
@Controller
class FinalReportController {

	private final Scorecards scorecards;

	private final PlanCatalog catalog;

	private final PdfDocuments pdf;

	private final boolean demo;

	private final PortalTime time;

	private final TaskBoard tasks;

	private final Assessments assessments;

	FinalReportController(Scorecards scorecards, PlanCatalog catalog, PdfDocuments pdf,
			@Value("${portal.demo:false}") boolean demo, PortalTime time, TaskBoard tasks, Assessments assessments) {
		this.scorecards = scorecards;
		this.tasks = tasks;
		this.assessments = assessments;
		this.time = time;
		this.catalog = catalog;
		this.pdf = pdf;
		this.demo = demo;
	}

	@GetMapping("/plans/{plan}/final-report")
	String page(@PathVariable String plan, @RequestParam(required = false) String scope, Model model) {
		FinalReport report = report(plan, scope);
		model.addAttribute("report", report);
		model.addAttribute("reportTasks", tasks(report));
		return "dashboard/final-report";
	}

	@GetMapping("/plans/{plan}/final-report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String plan, @RequestParam(required = false) String scope, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		FinalReport report = report(plan, scope);
		byte[] document = pdf.render("dashboard/final-report-pdf", Map.of("report", report, "reportTasks", tasks(report), "demoMode", demo), locale, request, response);
		String fileName = plan + "-final-evaluation-" + report.scorecard().scope().code() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(document);
	}

	/** The plan's key tasks as they stood on the last day of its target year, and that year's assessment. */
	private FinalReportTasks tasks(FinalReport report) {
		String plan = report.scorecard().plan().code();
		int year = report.scorecard().plan().periodEnd();
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		Optional<Assessment> assessment = assessments.assessment(plan, year);
		// the assessment has read the plan's tasks as of the same day
		List<TaskView> planTasks = assessment.filter(a -> a.tasksAsOf().equals(yearEnd))
			.map(Assessment::tasks)
			.orElseGet(() -> tasks.ofPlan(plan, yearEnd));
		return FinalReportTasks.of(yearEnd, TaskSummary.of(plan, planTasks), planTasks, assessment.orElse(null));
	}

	/** As of the plan's target year; a plan whose target year is this year or later has no final evaluation yet. */
	private FinalReport report(String planCode, String scope) {
		PlanView plan = catalog.plan(planCode).orElseThrow(() -> new NotFoundException("plan", planCode));
		LocalDate today = time.today();
		if (plan.periodEnd() >= today.getYear()) {
			throw new NotFoundException("finalEvaluation", planCode, String.valueOf(plan.periodEnd()));
		}
		String scopeCode = scope == null || scope.isBlank() ? null : scope;
		return scorecards.scorecard(plan.code(), scopeCode, Period.ofYear(plan.periodEnd()))
			.map(scorecard -> FinalReport.of(scorecard, today))
			.orElseThrow(() -> new NotFoundException("scope", scope));
	}

}
