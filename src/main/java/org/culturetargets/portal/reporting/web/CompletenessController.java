package org.culturetargets.portal.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.reporting.domain.ChaseRefusedException;
import org.culturetargets.portal.reporting.domain.CompletenessRow;
import org.culturetargets.portal.reporting.domain.DistrictChasing;
import org.culturetargets.portal.reporting.domain.Report;
import org.culturetargets.portal.reporting.domain.ReportService;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.security.AccountDirectory;
import org.culturetargets.portal.security.Contact;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.DisplayFormat;
import org.culturetargets.portal.shared.web.Sheet;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The completeness board (催报): every district's status in a quarter, how many have handed in, whom to call in each
 * district, and the reminder a reviewer or administrator sends to a late one.
 */
@Controller
class CompletenessController {

	private final ReportService reports;

	private final ReportingCalendar calendar;

	private final DistrictChasing chasing;

	private final AccountDirectory accounts;

	private final MessageSource messages;

	private final PlanCatalog catalog;

	private final PortalTime time;

	private final DisplayFormat words;

	CompletenessController(ReportService reports, ReportingCalendar calendar, DistrictChasing chasing,
			AccountDirectory accounts, MessageSource messages, PlanCatalog catalog, PortalTime time,
			DisplayFormat words) {
		this.words = words;
		this.catalog = catalog;
		this.time = time;
		this.reports = reports;
		this.calendar = calendar;
		this.chasing = chasing;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/reports/completeness")
	String completeness(@RequestParam(required = false) Period period, @AuthenticationPrincipal PortalUser user,
			Model model) {
		return board(period == null ? calendar.currentQuarter() : period, user, model);
	}

	/** 催报: refused with the reason on the board itself (409, or 403 for a role that may not send one). */
	@PostMapping("/reports/completeness/chase")
	String chase(@RequestParam String area, @RequestParam Period period, @AuthenticationPrincipal PortalUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			chasing.chase(area, period, user);
			redirect.addFlashAttribute("chased", catalog.scope(area).map(s -> s.name(locale)).orElse(area));
			return "redirect:/reports/completeness?period=" + period;
		}
		catch (ChaseRefusedException e) {
			response.setStatus(e.forbidden() ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
			model.addAttribute("chaseRefused", messages.getMessage(e.messageKey(), e.arguments(), locale));
			model.addAttribute("chaseArea", area);
			return board(period.isAnnual() ? calendar.currentQuarter() : period, user, model);
		}
	}

	private String board(Period quarter, PortalUser user, Model model) {
		List<CompletenessRow> rows = reports.completeness(quarter);
		model.addAttribute("period", quarter);
		model.addAttribute("rows", rows);
		model.addAttribute("handedIn", rows.stream().filter(r -> r.status() != null && r.status().handedIn()).count());
		model.addAttribute("dueDate", calendar.dueDate(quarter));
		model.addAttribute("closed", calendar.isClosed(quarter));
		model.addAttribute("quarters", recentQuarters());
		boolean reviewer = user.role() == Role.REVIEWER || user.role() == Role.ADMIN;
		model.addAttribute("mayChase", reviewer);
		model.addAttribute("chaseable", rows.stream()
			.filter(r -> reviewer && chasing.mayChase(quarter, r.status()))
			.map(r -> r.district().code())
			.collect(Collectors.toSet()));
		// whom to call: shown to the city's supervising roles, not to a district's or a department's staff
		Map<String, List<Contact>> contacts = user.role() == Role.DISTRICT_STAFF || user.role() == Role.DEPARTMENT_STAFF ? Map.of()
				: accounts.districtStaff().stream().collect(Collectors.groupingBy(Contact::areaCode));
		model.addAttribute("contacts", contacts);
		return "reporting/completeness";
	}

	/** The board as {@code ?format=csv} or {@code xlsx}: one row per district, flags as 是/否 or Y/N. */
	@GetMapping(path = "/reports/completeness", params = "format")
	void completenessSheet(@RequestParam(required = false) Period period, @RequestParam String format, Locale locale,
			HttpServletResponse response) throws IOException {
		Period quarter = period == null ? calendar.currentQuarter() : period;
		List<String> header = List.of("area", "district", "status", "revision", "submitted", "due", "late",
				"submittedLate", "demo")
			.stream()
			.map(column -> messages.getMessage("completeness.export.col." + column, null, locale))
			.toList();
		List<List<Object>> rows = reports.completeness(quarter).stream().map(row -> {
			Report report = row.report();
			return Arrays.<Object>asList(row.district().code(), row.district().name(locale),
					messages.getMessage("report.status." + (report == null ? "NEW" : report.status()), null, locale),
					report == null ? null : report.revision(),
					report == null || report.submittedAt() == null ? null
							: time.local(report.submittedAt()),
					row.dueDate(), flag(row.late(), locale), flag(row.submittedLate(), locale),
					flag(report != null && report.demo(), locale));
		}).toList();
		Sheet.of(words.period(quarter, locale), header, rows).download("completeness-" + quarter, format, response);
	}

	private String flag(boolean value, Locale locale) {
		return messages.getMessage(value ? "completeness.export.yes" : "completeness.export.no", null, locale);
	}

	private List<Period> recentQuarters() {
		Period current = calendar.currentQuarter();
		List<Period> quarters = new ArrayList<>();
		int index = current.year() * 4 + current.endQuarter() - 1;
		for (int i = 0; i < 8; i++, index--) {
			quarters.add(Period.ofQuarter(index / 4, index % 4 + 1));
		}
		return quarters;
	}

}
