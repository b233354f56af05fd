package org.culturetargets.portal.dashboard.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetKind;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An indicator's values for a scope with their sources, the targets set on it, and a chart of both. */
@Controller
class IndicatorController {

	private final PlanCatalog catalog;

	private final Figures figures;

	private final ObjectMapper json;

	IndicatorController(PlanCatalog catalog, Figures figures, ObjectMapper json) {
		this.catalog = catalog;
		this.figures = figures;
		this.json = json;
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam String scope, Model model) {
		IndicatorView indicator = catalog.indicator(code)
			.orElseThrow(() -> new NotFoundException("no indicator '" + code + "'"));
		ScopeView area = catalog.scope(scope)
			.orElseThrow(() -> new NotFoundException("no area or group '" + scope + "'"));
		Map<String, PlanView> plans = catalog.plans()
			.stream()
			.collect(Collectors.toMap(PlanView::code, Function.identity()));
		List<TargetLine> targets = catalog.targetsOn(code, scope)
			.stream()
			.map(t -> new TargetLine(plans.get(t.planCode()), t))
			.toList();
		List<FigureView> history = figures.history(code, scope);
		model.addAttribute("indicator", indicator);
		model.addAttribute("scope", area);
		model.addAttribute("targets", targets);
		Map<Boolean, List<FigureView>> computed = history.stream()
			.collect(Collectors.partitioningBy(f -> f.computed() || f.derived()));
		model.addAttribute("stored", computed.get(false));
		model.addAttribute("derived", computed.get(true));
		model.addAttribute("chart", json.writeValueAsString(
				chart(history.stream().filter(f -> !f.superseded()).toList(), targets)));
		return "dashboard/indicator";
	}

	/** Data for the chart script: the values, and each level target's straight line from baseline to target. */
	private static Map<String, Object> chart(List<FigureView> series, List<TargetLine> targets) {
		List<List<Object>> values = series.stream()
			.filter(f -> f.period().isAnnual())
			.map(f -> List.<Object>of(f.period().toString(), f.value()))
			.toList();
		List<Map<String, Object>> paths = targets.stream()
			.map(TargetLine::target)
			.filter(t -> t.kind() == TargetKind.LEVEL && t.baselineValue() != null)
			.map(t -> Map.<String, Object>of("name", t.planCode(), "from",
					List.of(String.valueOf(t.baselineYear()), t.baselineValue()), "to",
					List.of(String.valueOf(t.targetYear()), t.targetValue())))
			.toList();
		return Map.of("values", values, "paths", paths);
	}

	record TargetLine(PlanView plan, TargetView target) {
	}

}
