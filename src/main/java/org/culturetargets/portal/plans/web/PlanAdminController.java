package org.culturetargets.portal.plans.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.culturetargets.portal.plans.Comparator;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanLevel;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.domain.PlanCmd;
import org.culturetargets.portal.plans.domain.ReferenceDataAdministration;
import org.culturetargets.portal.plans.domain.TargetCmd;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plans and their targets for administrators (see SecurityConfiguration): e.g. enter a new five-year plan's
 * targets or a district's own. A plan's targets page also checks districts' targets against the city's.
 */
@Controller
class PlanAdminController {

	private final PlanCatalog catalog;

	private final ReferenceDataAdministration administration;

	private final AdminPages pages;

	PlanAdminController(PlanCatalog catalog, ReferenceDataAdministration administration, AdminPages pages) {
		this.catalog = catalog;
		this.administration = administration;
		this.pages = pages;
	}

	@GetMapping("/admin/plans")
	String plans(Model model) {
		model.addAttribute("plans", catalog.plans());
		return "admin/plans";
	}

	@GetMapping("/admin/plans/new")
	String newPlan(Model model, Locale locale) {
		PlanCmd empty = new PlanCmd("", "", "", "", "", "MUNICIPAL", "330100", "", "", "", "", "");
		return planForm(empty, "", null, model, locale);
	}

	@PostMapping("/admin/plans")
	String createPlan(PlanCmd form, @RequestParam(required = false) String reason, Principal principal, Model model,
			Locale locale, RedirectAttributes redirect) {
		return pages.save(() -> administration.createPlan(form, reason, principal.getName()), form.code(),
				"/admin/plans", () -> planForm(form, reason, null, model, locale), model, locale, redirect);
	}

	@GetMapping("/admin/plans/{code}/edit")
	String editPlan(@PathVariable String code, Model model, Locale locale) {
		return planForm(administration.plan(code).orElseThrow(() -> notFound(code)), "", code, model, locale);
	}

	@PostMapping("/admin/plans/{code}")
	String updatePlan(@PathVariable String code, PlanCmd form, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		return pages.save(() -> administration.updatePlan(code, form, reason, principal.getName()), code,
				"/admin/plans", () -> planForm(form, reason, code, model, locale), model, locale, redirect);
	}

	@GetMapping("/admin/plans/{code}/targets")
	String targets(@PathVariable String code, Model model, Locale locale) {
		PlanView plan = catalog.plan(code).orElseThrow(() -> notFound(code));
		model.addAttribute("plan", plan);
		model.addAttribute("targets", catalog.targets(code, null));
		model.addAttribute("sums", administration.districtSums(code));
		model.addAttribute("indicators", indicatorsByCode());
		model.addAttribute("scopes", pages.scopes(catalog.scopes(), false, locale));
		return "admin/targets";
	}

	@GetMapping("/admin/plans/{code}/targets/new")
	String newTarget(@PathVariable String code, Model model, Locale locale) {
		PlanView plan = catalog.plan(code).orElseThrow(() -> notFound(code));
		TargetCmd empty = new TargetCmd("", plan.homeScope(), "LEVEL", "GE", "", String.valueOf(plan.baselineYear()), "",
				String.valueOf(plan.periodEnd()), "", "");
		return targetForm(plan, empty, "", null, model, locale);
	}

	@PostMapping("/admin/plans/{code}/targets")
	String createTarget(@PathVariable String code, TargetCmd form, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		PlanView plan = catalog.plan(code).orElseThrow(() -> notFound(code));
		return pages.save(() -> administration.createTarget(code, form, reason, principal.getName()),
				form.indicatorCode() + " " + form.scopeCode(), "/admin/plans/" + code + "/targets",
				() -> targetForm(plan, form, reason, null, model, locale), model, locale, redirect);
	}

	@GetMapping("/admin/targets/{id}/edit")
	String editTarget(@PathVariable long id, Model model, Locale locale) {
		TargetCmd target = administration.target(id).orElseThrow(() -> new NotFoundException("target", id));
		return targetForm(planOf(id), target, "", id, model, locale);
	}

	@PostMapping("/admin/targets/{id}")
	String updateTarget(@PathVariable long id, TargetCmd form, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		PlanView plan = planOf(id);
		return pages.save(() -> administration.updateTarget(id, form, reason, principal.getName()),
				form.indicatorCode() + " " + form.scopeCode(), "/admin/plans/" + plan.code() + "/targets",
				() -> targetForm(plan, form, reason, id, model, locale), model, locale, redirect);
	}

	private String planForm(PlanCmd form, String reason, String editing, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("reason", reason);
		model.addAttribute("editing", editing);
		model.addAttribute("levels", pages.named(List.of(PlanLevel.values()), "admin.level.", locale));
		model.addAttribute("scopes", pages.scopes(catalog.scopes(), false, locale));
		return "admin/plan-form";
	}

	private String targetForm(PlanView plan, TargetCmd form, String reason, Long editing, Model model, Locale locale) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("reason", reason);
		model.addAttribute("editing", editing);
		Map<String, String> indicators = new LinkedHashMap<>();
		catalog.indicators().forEach(i -> indicators.put(i.code(), i.code() + " " + i.name(locale) + " (" + pages.unit(i.unit(), locale) + ")"));
		model.addAttribute("indicators", indicators);
		model.addAttribute("scopes", pages.scopes(catalog.scopes(), false, locale));
		model.addAttribute("kinds", pages.named(Arrays.asList(TargetKind.values()), "kind.", locale));
		Map<String, String> comparators = new LinkedHashMap<>();
		comparators.put("", "—");
		for (Comparator c : Comparator.values()) {
			comparators.put(c.name(), c.sign());
		}
		model.addAttribute("comparators", comparators);
		return "admin/target-form";
	}

	private PlanView planOf(long targetId) {
		return administration.planOf(targetId)
			.flatMap(catalog::plan)
			.orElseThrow(() -> new NotFoundException("target", targetId));
	}

	private Map<String, IndicatorView> indicatorsByCode() {
		Map<String, IndicatorView> byCode = new LinkedHashMap<>();
		catalog.indicators().forEach(i -> byCode.put(i.code(), i));
		return byCode;
	}

	private static NotFoundException notFound(String plan) {
		return new NotFoundException("plan", plan);
	}

}
