package org.culturetargets.portal.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.InvalidReportException;
import org.culturetargets.portal.reporting.domain.Report;
import org.culturetargets.portal.reporting.domain.ReportLine;
import org.culturetargets.portal.reporting.domain.ReportRefusedException;
import org.culturetargets.portal.reporting.domain.ReportService;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.reporting.domain.SaveReportCmd;
import org.culturetargets.portal.reporting.domain.StaleReportException;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting pages: a district's quarterly form and the review of submitted reports (the completeness board is
 * {@link CompletenessController}).
 * The form works without JavaScript; with htmx the growth beside each value follows the typing.
 */
@Controller
class ReportPageController {

	private final ReportService reports;

	private final ReportingCalendar calendar;

	private final PlanCatalog catalog;

	private final MessageSource messages;

	private final FindingTexts findingTexts;

	private final PortalTime time;

	private final ReportWords reportWords;

	ReportPageController(ReportService reports, ReportingCalendar calendar, PlanCatalog catalog,
			MessageSource messages, FindingTexts findingTexts, PortalTime time, ReportWords reportWords) {
		this.reports = reports;
		this.reportWords = reportWords;
		this.time = time;
		this.findingTexts = findingTexts;
		this.calendar = calendar;
		this.catalog = catalog;
		this.messages = messages;
	}

	/** District staff go to their district's report of the current quarter; everyone else to the board. */
	@GetMapping("/reports")
	String start(@AuthenticationPrincipal PortalUser user) {
		if (user.role() == Role.DISTRICT_STAFF && user.areaCode().isPresent()) {
			return "redirect:/reports/" + user.areaCode().get() + "/" + calendar.currentQuarter();
		}
		return "redirect:/reports/completeness";
	}

	@GetMapping("/reports/{area}/{period}")
	String form(@PathVariable String area, @PathVariable Period period, @RequestParam(required = false) Integer revision,
			@AuthenticationPrincipal PortalUser user, Model model) {
		Report report = reports.read(area, period, revision, user);
		return show(report, reports.lines(report), Map.of(), List.of(), user, model);
	}

	@PostMapping("/reports/{area}/{period}")
	String save(@PathVariable String area, @PathVariable Period period, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		SaveReportCmd cmd = command(form);
		boolean submit = "submit".equals(form.get("action"));
		try {
			ReportService.Saved saved = reports.save(area, period, cmd, submit, user);
			redirect.addFlashAttribute("done", submit ? "report.done.submitted" : "report.done.saved");
			redirect.addFlashAttribute("warnings", saved.findings().stream()
				.map(f -> message(f, locale)).toList());
			return "redirect:/reports/" + area + "/" + period;
		}
		catch (InvalidReportException e) {
			response.setStatus(ReportProblems.status(e).value());
			return showEntered(area, period, cmd, e.findings(), List.of(), user, model, locale);
		}
		catch (StaleReportException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return showEntered(area, period, cmd, List.of(), List.of(ReportProblems.stale(e, reportWords.of(e.reportName(), locale), messages, time, locale)), user,
					model, locale);
		}
	}

	@PostMapping("/reports/{area}/{period}/approve")
	String approve(@PathVariable String area, @PathVariable Period period,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		reports.approve(area, period, version, user);
		redirect.addFlashAttribute("done", "report.done.approved");
		return "redirect:/reports/" + area + "/" + period;
	}

	@PostMapping("/reports/{area}/{period}/return")
	String returnReport(@PathVariable String area, @PathVariable Period period,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			reports.returnReport(area, period, version, comment, user);
		}
		catch (InvalidReportException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Report report = reports.read(area, period, null, user);
			return show(report, reports.lines(report), Map.of(),
					e.findings().stream().map(f -> message(f, locale)).toList(), user, model);
		}
		redirect.addFlashAttribute("done", "report.done.returned");
		return "redirect:/reports/" + area + "/" + period;
	}

	@PostMapping("/reports/{area}/{period}/revise")
	String revise(@PathVariable String area, @PathVariable Period period, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		reports.revise(area, period, user);
		redirect.addFlashAttribute("done", "report.done.revised");
		return "redirect:/reports/" + area + "/" + period;
	}

	/** The growth cell of one value, for htmx while the user types; the form shows the same after a save. */
	@GetMapping("/reports/{area}/{period}/growth/{indicator}")
	String growth(@PathVariable String area, @PathVariable Period period, @PathVariable String indicator,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal PortalUser user, Model model) {
		reports.read(area, period, null, user);
		// not a number (yet): no growth to show; saving names the error
		model.addAttribute("growth", reports.growth(area, period, indicator, params.get("value." + indicator)));
		model.addAttribute("changeLimit", reports.changeLimit().orElse(null));
		model.addAttribute("code", indicator);
		return "reporting/report :: growth";
	}

	@GetMapping("/reports/review")
	String review(Model model) {
		model.addAttribute("reports", reports.lines(reports.awaitingReview()));
		model.addAttribute("districts", districtNames());
		return "reporting/review";
	}

	@ExceptionHandler
	String refused(ReportRefusedException e, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(e.refusal().forbidden() ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
		model.addAttribute("reason", e.refusal().name());
		model.addAttribute("problem", ReportProblems.refusal(e, reportWords.of(e.reportName(), locale), messages, locale));
		return "reporting/refused";
	}

	@ExceptionHandler
	String stale(StaleReportException e, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reason", "STALE");
		model.addAttribute("problem", ReportProblems.stale(e, reportWords.of(e.reportName(), locale), messages, time, locale));
		return "reporting/refused";
	}

	/** Shows the form with what the user entered (kept after a refused save) and why it was refused. */
	private String showEntered(String area, Period period, SaveReportCmd cmd, List<Finding> findings,
			List<String> problems, PortalUser user, Model model, Locale locale) {
		Report report = reports.read(area, period, null, user);
		List<ReportLine> lines = reports.lines(report).stream().map(line -> {
			SaveReportCmd.ValueInput input = cmd.values().get(line.indicator().code());
			return new ReportLine(line.indicator(), null, input == null ? null : input.note(), line.lastYear(), null,
					List.of());
		}).toList();
		Map<String, String> entered = cmd.values().entrySet().stream()
			.filter(e -> e.getValue().value() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
		model.addAttribute("fieldErrors", findings.stream().filter(Finding::error)
			.collect(Collectors.groupingBy(Finding::field, Collectors.mapping(f -> message(f, locale), Collectors.toList()))));
		model.addAttribute("enteredNarrative", cmd.narrative());
		model.addAttribute("enteredVersion", cmd.version());
		return show(report, lines, entered, problems, user, model);
	}

	private String show(Report report, List<ReportLine> lines, Map<String, String> entered, List<String> problems,
			PortalUser user, Model model) {
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		model.addAttribute("report", report);
		model.addAttribute("lines", lines);
		model.addAttribute("changeLimit", reports.changeLimit().orElse(null));
		model.addAttribute("entered", entered);
		model.addAttribute("problems", problems);
		model.addAttribute("district", catalog.scope(report.areaCode()).orElseThrow());
		model.addAttribute("reportName", reportWords.of(report.name(), LocaleContextHolder.getLocale()));
		model.addAttribute("revisions", reports.revisions(report.areaCode(), report.period()));
		model.addAttribute("latestRevision", reports.revisions(report.areaCode(), report.period()).stream()
			.max(Integer::compare).orElse(1));
		model.addAttribute("editRefusal", report.editRefusal(user, calendar).orElse(null));
		model.addAttribute("reviewRefusal", report.reviewRefusal(user).orElse(null));
		model.addAttribute("reviseRefusal", report.reviseRefusal(user, calendar).orElse(null));
		model.addAttribute("dueDate", calendar.dueDate(report.period()));
		model.addAttribute("late", calendar.isLate(report.period(), report.saved() ? report.status() : null));
		model.addAttribute("changedAt", time.second(report.changedAt()));
		if (user.role() == Role.DISTRICT_STAFF) {
			model.addAttribute("history", reports.ofArea(report.areaCode()));
		}
		return "reporting/report";
	}

	private static SaveReportCmd command(Map<String, String> form) {
		Map<String, SaveReportCmd.ValueInput> values = new LinkedHashMap<>();
		form.forEach((name, text) -> {
			if (name.startsWith("value.")) {
				String code = name.substring("value.".length());
				values.put(code, new SaveReportCmd.ValueInput(text, form.get("note." + code)));
			}
		});
		int version;
		try {
			version = Integer.parseInt(form.getOrDefault("version", "0"));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("version must be a whole number: '" + form.get("version") + "'");
		}
		return new SaveReportCmd(version, form.get("narrative"), values);
	}

	private String message(Finding f, Locale locale) {
		return findingTexts.text(f, locale);
	}

	private Map<String, String> districtNames() {
		Locale locale = LocaleContextHolder.getLocale();
		return catalog.scopes().stream().collect(Collectors.toMap(ScopeView::code, s -> s.name(locale)));
	}

}
