package org.culturetargets.portal.plans.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.domain.ReferenceDataAdministration;
import org.culturetargets.portal.plans.domain.ScopeCmd;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Areas (the administrative tree, by division code) and groups (belts, corridors, clusters, regions, with their
 * members) for administrators.
 */
@Controller
class ScopeAdminController {

	private final PlanCatalog catalog;

	private final ReferenceDataAdministration administration;

	private final AdminPages pages;

	ScopeAdminController(PlanCatalog catalog, ReferenceDataAdministration administration, AdminPages pages) {
		this.catalog = catalog;
		this.administration = administration;
		this.pages = pages;
	}

	@GetMapping("/admin/areas")
	String areas(Model model, Locale locale) {
		return list(true, model, locale);
	}

	@GetMapping("/admin/groups")
	String groups(Model model, Locale locale) {
		return list(false, model, locale);
	}

	@GetMapping("/admin/areas/new")
	String newArea(Model model, Locale locale) {
		return form(true, new ScopeCmd("", "DISTRICT", "330100", "", "", "0", "", List.of()), "", null, model, locale);
	}

	@GetMapping("/admin/groups/new")
	String newGroup(Model model, Locale locale) {
		return form(false, new ScopeCmd("", "CLUSTER", "330100", "", "", "0", "", List.of()), "", null, model, locale);
	}

	@PostMapping("/admin/areas")
	String createArea(ScopeCmd form, @RequestParam(required = false) String reason, Principal principal, Model model,
			Locale locale, RedirectAttributes redirect) {
		return pages.save(() -> administration.createArea(form, reason, principal.getName()), form.code(),
				"/admin/areas", () -> form(true, form, reason, null, model, locale), model, locale, redirect);
	}

	@PostMapping("/admin/groups")
	String createGroup(ScopeCmd form, @RequestParam(required = false) String reason, Principal principal, Model model,
			Locale locale, RedirectAttributes redirect) {
		return pages.save(() -> administration.createGroup(form, reason, principal.getName()), form.code(),
				"/admin/groups", () -> form(false, form, reason, null, model, locale), model, locale, redirect);
	}

	@GetMapping({ "/admin/areas/{code}/edit", "/admin/groups/{code}/edit" })
	String edit(@PathVariable String code, Model model, Locale locale) {
		ScopeView scope = scope(code);
		return form(scope.isArea(), administration.scope(code).orElseThrow(), "", code, model, locale);
	}

	@PostMapping({ "/admin/areas/{code}", "/admin/groups/{code}" })
	String update(@PathVariable String code, ScopeCmd form, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		boolean area = scope(code).isArea();
		return pages.save(() -> administration.updateScope(code, form, reason, principal.getName()), code,
				area ? "/admin/areas" : "/admin/groups", () -> form(area, form, reason, code, model, locale), model,
				locale, redirect);
	}

	private String list(boolean areas, Model model, Locale locale) {
		model.addAttribute("areas", areas);
		model.addAttribute("scopes", catalog.scopes().stream().filter(s -> s.isArea() == areas).toList());
		model.addAttribute("names", pages.scopes(catalog.scopes(), false, locale));
		model.addAttribute("members", administration.groupMembers());
		return "admin/scopes";
	}

	private String form(boolean area, ScopeCmd form, String reason, String editing, Model model, Locale locale) {
		List<ScopeView> all = catalog.scopes();
		model.addAttribute("area", area);
		model.addAttribute("form", form);
		model.addAttribute("reason", reason);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", pages.named(
				area ? ReferenceDataAdministration.AREA_KINDS : ReferenceDataAdministration.GROUP_KINDS, "admin.scopeKind.",
				locale));
		model.addAttribute("parents", pages.scopes(area ? all.stream().filter(ScopeView::isArea).toList() : all, true, locale));
		model.addAttribute("memberChoices", all.stream().filter(s -> !s.code().equals(editing)).toList());
		return "admin/scope-form";
	}

	private ScopeView scope(String code) {
		return catalog.scope(code).orElseThrow(() -> new NotFoundException("scope", code));
	}

}
