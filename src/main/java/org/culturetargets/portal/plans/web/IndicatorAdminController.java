package org.culturetargets.portal.plans.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.domain.IndicatorCmd;
import org.culturetargets.portal.plans.domain.ReferenceDataAdministration;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Indicators for administrators: what is measured, its unit, nature and path, and a ratio's parts. */
@Controller
class IndicatorAdminController {

	private final PlanCatalog catalog;

	private final ReferenceDataAdministration administration;

	private final AdminPages pages;

	IndicatorAdminController(PlanCatalog catalog, ReferenceDataAdministration administration, AdminPages pages) {
		this.catalog = catalog;
		this.administration = administration;
		this.pages = pages;
	}

	@GetMapping("/admin/indicators")
	String indicators(Model model) {
		model.addAttribute("indicators", catalog.indicators());
		return "admin/indicators";
	}

	@GetMapping("/admin/indicators/new")
	String newIndicator(Model model, Locale locale) {
		IndicatorCmd empty = new IndicatorCmd("", "", "", "亿元", "HIGHER", "FLOW", "COMPOUND", "REPORTED", "", "", "0",
				"", "");
		return form(empty, "", null, model, locale);
	}

	@PostMapping("/admin/indicators")
	String create(IndicatorCmd form, @RequestParam(required = false) String reason, Principal principal, Model model,
			Locale locale, RedirectAttributes redirect) {
		return pages.save(() -> administration.createIndicator(form, reason, principal.getName()), form.code(),
				"/admin/indicators", () -> form(form, reason, null, model, locale), model, locale, redirect);
	}

	@GetMapping("/admin/indicators/{code}/edit")
	String edit(@PathVariable String code, Model model, Locale locale) {
		IndicatorCmd indicator = administration.indicator(code)
			.orElseThrow(() -> new NotFoundException("indicator", code));
		return form(indicator, "", code, model, locale);
	}

	@PostMapping("/admin/indicators/{code}")
	String update(@PathVariable String code, IndicatorCmd form, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		return pages.save(() -> administration.updateIndicator(code, form, reason, principal.getName()), code,
				"/admin/indicators", () -> form(form, reason, code, model, locale), model, locale, redirect);
	}

	private String form(IndicatorCmd form, String reason, String editing, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("reason", reason);
		model.addAttribute("editing", editing);
		model.addAttribute("units", pages.units(locale));
		model.addAttribute("directions", pages.named(Arrays.asList(Direction.values()), "admin.direction.", locale));
		model.addAttribute("natures", pages.named(Arrays.asList(Nature.values()), "indicator.nature.", locale));
		model.addAttribute("paths", pages.named(Arrays.asList(PathShape.values()), "indicator.path.", locale));
		model.addAttribute("origins", pages.named(Arrays.asList(IndicatorView.Origin.values()), "admin.origin.", locale));
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("", "—");
		catalog.indicators().forEach(i -> parts.put(i.code(), i.code() + " " + i.name(locale)));
		model.addAttribute("parts", parts);
		return "admin/indicator-form";
	}

}
