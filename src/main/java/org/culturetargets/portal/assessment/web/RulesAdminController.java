package org.culturetargets.portal.assessment.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.assessment.Assessments;
import org.culturetargets.portal.assessment.ScoringRules;
import org.culturetargets.portal.assessment.domain.RulesStore;
import org.culturetargets.portal.assessment.domain.StaleRules;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment rules of a plan and year, for administrators (under /admin, which only they reach). */
@Controller
class RulesAdminController {

	private final Assessments assessments;

	private final RulesStore store;

	private final PlanCatalog catalog;

	private final FormErrors formErrors;

	private final MessageSource messages;

	RulesAdminController(Assessments assessments, RulesStore store, PlanCatalog catalog, FormErrors formErrors,
			MessageSource messages) {
		this.assessments = assessments;
		this.store = store;
		this.catalog = catalog;
		this.formErrors = formErrors;
		this.messages = messages;
	}

	@InitBinder("form")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("version", "targetWeight", "taskWeight", "leadFactor", "responsibleFactor",
				"targetPoints[*]", "taskPoints[*]", "reason");
	}

	@GetMapping("/admin/assessment/{plan}/{year:[0-9]{4}}/rules")
	String edit(@PathVariable String plan, @PathVariable int year, Model model) {
		PlanView found = plan(plan, year);
		ScoringRules rules = assessments.rules(plan, year);
		return form(found, year, rules, RulesForm.of(rules), model);
	}

	@PostMapping("/admin/assessment/{plan}/{year:[0-9]{4}}/rules")
	String save(@PathVariable String plan, @PathVariable int year, @ModelAttribute("form") RulesForm form,
			Principal principal, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		PlanView found = plan(plan, year);
		ScoringRules current = assessments.rules(plan, year);
		try {
			store.save(form.cmd().rules(plan, year), form.getReason(), principal.getName());
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", formErrors.of(invalid, locale));
			return form(found, year, current, form, model);
		}
		catch (StaleRules stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", messages.getMessage("assessment.rules.stale",
					new Object[] { stale.changedBy() }, locale));
			return form(found, year, current, form, model);
		}
		redirect.addFlashAttribute("saved", messages.getMessage("assessment.rules.saved",
				new Object[] { found.title(locale), String.valueOf(year) }, locale));
		return "redirect:/assessment/" + plan + "/" + year;
	}

	@PostMapping("/admin/assessment/{plan}/{year:[0-9]{4}}/rules/reset")
	String reset(@PathVariable String plan, @PathVariable int year, @RequestParam(required = false) String reason,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		PlanView found = plan(plan, year);
		if (store.reset(plan, year, reason, principal.getName())) {
			redirect.addFlashAttribute("saved", messages.getMessage("assessment.rules.resetDone",
					new Object[] { found.title(locale), String.valueOf(year) }, locale));
		}
		return "redirect:/assessment/" + plan + "/" + year;
	}

	private PlanView plan(String plan, int year) {
		PlanView found = catalog.plan(plan).orElseThrow(() -> new NotFoundException("plan", plan));
		if (!assessments.years(plan).contains(year)) {
			throw new NotFoundException("assessmentYear", plan, String.valueOf(year));
		}
		return found;
	}

	private String form(PlanView plan, int year, ScoringRules rules, RulesForm form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("year", year);
		model.addAttribute("rules", rules);
		model.addAttribute("form", form);
		return "assessment/rules-form";
	}

}
