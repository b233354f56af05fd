package org.culturetargets.portal.dashboard.web;

import java.util.List;

import org.culturetargets.portal.evaluation.Scorecard;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: a plan's scorecard for a scope as of a period. */
@Controller
class ScorecardController {

	private final Scorecards scorecards;

	private final PlanCatalog catalog;

	ScorecardController(Scorecards scorecards, PlanCatalog catalog) {
		this.scorecards = scorecards;
		this.catalog = catalog;
	}

	@GetMapping("/")
	String scorecard(@RequestParam(required = false) String plan, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Period asOf, Model model) {
		List<PlanView> plans = catalog.plans();
		if (plans.isEmpty()) {
			throw new NotFoundException("no plans");
		}
		String planCode = plan == null || plan.isBlank() ? plans.get(0).code() : plan;
		String scopeCode = scope == null || scope.isBlank() ? null : scope;
		Scorecard scorecard = scorecards.scorecard(planCode, scopeCode, asOf)
			.orElseThrow(() -> new NotFoundException(scopeCode == null ? "no plan '" + planCode + "'"
					: "no plan '" + planCode + "' or no area or group '" + scopeCode + "'"));
		model.addAttribute("plans", plans);
		model.addAttribute("scorecard", scorecard);
		return "dashboard/scorecard";
	}

}
