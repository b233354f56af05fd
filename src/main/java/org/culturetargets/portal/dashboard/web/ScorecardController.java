package org.culturetargets.portal.dashboard.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.evaluation.Scorecard;
import org.culturetargets.portal.evaluation.ScorecardLine;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.evaluation.TargetEvaluation;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.Sheet;
import org.culturetargets.portal.shared.web.DisplayFormat;
import org.culturetargets.portal.shared.web.RenderedPages;
import org.culturetargets.portal.tasks.TaskBoard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: a plan's scorecard for a scope as of a period, and the same scorecard as CSV or Excel. */
@Controller
class ScorecardController {

	private final Scorecards scorecards;

	private final PlanCatalog catalog;

	private final DisplayFormat format;

	private final MessageSource messages;

	private final PortalTime time;

	private final RenderedPages pages;

	private final TaskBoard tasks;

	ScorecardController(Scorecards scorecards, PlanCatalog catalog, DisplayFormat format, MessageSource messages, PortalTime time,
			RenderedPages pages, TaskBoard tasks) {
		this.pages = pages;
		this.tasks = tasks;
		this.scorecards = scorecards;
		this.catalog = catalog;
		this.format = format;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/")
	String scorecard(@RequestParam(required = false) String plan, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Period asOf, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		List<PlanView> plans = catalog.plans();
		Scorecard scorecard = find(plans, plan, scope, asOf);
		List<Object> key = List.of(scorecard.plan().code(), scorecard.scope().code(), String.valueOf(scorecard.asOf()),
				scorecard.asOfDefaulted());
		pages.main("dashboard/scorecard", key, model, content -> {
			Map<Long, Sparkline> sparklines = scorecard.lines()
				.stream()
				.collect(Collectors.toMap(line -> line.target().id(),
						line -> Sparkline.of(Sparkline.sinceRestart(Sparkline.behindStatus(line.series(),
								line.evaluation().status(), line.target().baselineYear(), scorecard.asOf()),
								line.indicator()), line.indicator().displayScale(), format)));
			content.addAttribute("plans", plans);
			content.addAttribute("scorecard", scorecard);
			content.addAttribute("sparklines", sparklines);
			content.addAttribute("statuses", Status.values());
			// the final evaluation report exists once the plan's target year is over (see FinalReportController)
			content.addAttribute("finalReport", scorecard.plan().periodEnd() < time.today().getYear());
			// the tasks stand as of the scorecard's period, not today, so that both halves of the page say one moment;
			// the page is kept per data version and day, and task writes advance the version (DataChanged)
			LocalDate tasksAsOf = scorecard.asOf() == null || scorecard.asOf().endDate().isAfter(time.today())
					? time.today() : scorecard.asOf().endDate();
			content.addAttribute("taskSummary", tasks.summary(scorecard.plan().code(), tasksAsOf));
		}, messages.getMessage("scorecard.title", null, locale), locale, request, response);
		return "fragments/cached";
	}

	/**
	 * The scorecard's selectors for another plan (htmx, when the plan is changed): the scopes and as-of periods that
	 * plan has, keeping the chosen scope and period where the plan has them, else its home scope and latest period.
	 */
	@GetMapping("/scorecard/choices")
	String choices(@RequestParam String plan, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Period asOf, Model model) {
		Scorecard home = find(catalog.plans(), plan, null, null);
		boolean keepsScope = home.scopes().stream().anyMatch(s -> s.code().equals(scope));
		boolean keepsAsOf = asOf != null && home.periods().contains(asOf);
		Scorecard chosen = keepsScope || keepsAsOf
				? find(catalog.plans(), plan, keepsScope ? scope : null, keepsAsOf ? asOf : null) : home;
		model.addAttribute("plans", catalog.plans());
		model.addAttribute("scorecard", chosen);
		return "dashboard/scorecard :: selectors";
	}

	/** The scorecard as shown, one row per target, as {@code csv} or {@code xlsx}. */
	@GetMapping("/scorecard.{format}")
	void download(@PathVariable String format, @RequestParam(required = false) String plan,
			@RequestParam(required = false) String scope, @RequestParam(required = false) Period asOf, Locale locale,
			HttpServletResponse response) throws IOException {
		Scorecard scorecard = find(catalog.plans(), plan, scope, asOf);
		List<String> header = List.of("indicator", "name", "unit", "kind", "baseline", "baselineYear", "comparator",
				"target", "targetYear", "actual", "actualPeriod", "provisional", "synthetic", "expected", "timeFraction",
				"progressRatio", "completionRate", "cagr", "requiredGrowth", "projected", "status", "awaitingFinal",
				"source")
			.stream()
			.map(column -> messages.getMessage("export.col." + column, null, locale))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		for (ScorecardLine line : scorecard.lines()) {
			TargetView t = line.target();
			TargetEvaluation e = line.evaluation();
			List<Object> row = new ArrayList<>();
			row.add(t.indicatorCode());
			row.add(line.indicator().name(locale));
			row.add(this.format.unit(line.indicator().unit(), locale));
			row.add(messages.getMessage("kind." + t.kind(), null, locale));
			row.add(t.baselineValue());
			row.add(t.baselineYear());
			row.add(t.comparator() == null ? null : t.comparator().sign());
			row.add(t.targetValue());
			row.add(t.targetYear());
			row.add(e.actual());
			row.add(e.actualPeriod() == null ? null : this.format.period(e.actualPeriod(), locale));
			row.add(yesOrNo(e.provisional(), locale));
			row.add(yesOrNo(line.actualSynthetic(), locale));
			row.add(e.expected());
			row.add(e.timeFraction());
			row.add(e.progressRatio());
			row.add(percent(e.completionRate()));
			row.add(percent(e.cagr()));
			row.add(percent(e.requiredGrowth()));
			row.add(e.projected());
			row.add(messages.getMessage("status." + e.status(), null, locale));
			row.add(yesOrNo(e.awaitingFinal(), locale));
			row.add(scorecard.plan().citation(t, locale));
			rows.add(row);
		}
		String name = scorecard.plan().code() + "-" + scorecard.scope().code() + "-" + scorecard.asOf();
		Sheet.of(scorecard.plan().code(), header, rows).download(name, format, response);
	}

	/** Shares as the page shows them: in per cent (the column's header says so). */
	private static BigDecimal percent(BigDecimal fraction) {
		return fraction == null ? null : fraction.movePointRight(2);
	}

	private Scorecard find(List<PlanView> plans, String plan, String scope, Period asOf) {
		if (plans.isEmpty()) {
			throw new NotFoundException("plans");
		}
		String planCode = plan == null || plan.isBlank() ? plans.get(0).code() : plan;
		String scopeCode = scope == null || scope.isBlank() ? null : scope;
		return scorecards.scorecard(planCode, scopeCode, asOf)
			.orElseThrow(() -> scopeCode == null ? new NotFoundException("plan", planCode)
					: new NotFoundException("planOrScope", planCode, scopeCode));
	}

	private String yesOrNo(boolean value, Locale locale) {
		return messages.getMessage(value ? "export.yes" : "export.no", null, locale);
	}

}
