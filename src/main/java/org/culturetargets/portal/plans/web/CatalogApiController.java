package org.culturetargets.portal.plans.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api")
class CatalogApiController {

	private final PlanCatalog catalog;

	CatalogApiController(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/plans")
	@Operation(summary = "Every plan with its period, baseline year and source")
	List<PlanView> plans() {
		return catalog.plans();
	}

	@GetMapping("/plans/{plan}")
	@Operation(summary = "One plan")
	PlanView plan(@PathVariable String plan) {
		return catalog.plan(plan).orElseThrow(() -> new NotFoundException("plan", plan));
	}

	@GetMapping("/plans/{plan}/targets")
	@Operation(summary = "A plan's targets, for one scope or all, each with its source")
	List<TargetView> targets(@PathVariable String plan, @RequestParam(required = false) String scope) {
		plan(plan);
		return catalog.targets(plan, scope);
	}

	@GetMapping("/indicators")
	@Operation(summary = "Every indicator with its unit, nature, path and direction")
	List<IndicatorView> indicators() {
		return catalog.indicators();
	}

	@GetMapping("/areas")
	@Operation(summary = "Areas (GB/T 2260 codes) and groups (belts, corridors, clusters, regions)")
	List<ScopeView> areas() {
		return catalog.scopes();
	}

}
