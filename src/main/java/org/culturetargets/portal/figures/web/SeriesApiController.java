package org.culturetargets.portal.figures.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/indicators")
class SeriesApiController {

	private final Figures figures;

	private final PlanCatalog catalog;

	SeriesApiController(Figures figures, PlanCatalog catalog) {
		this.figures = figures;
		this.catalog = catalog;
	}

	@GetMapping("/{indicator}/series")
	@Operation(summary = "An indicator's values by period for a scope, each with its source; "
			+ "superseded provisional values are included and marked, and so is demo data (demo: true)")
	Series series(@PathVariable String indicator, @RequestParam String scope) {
		catalog.indicator(indicator).orElseThrow(() -> new NotFoundException("indicator", indicator));
		catalog.scope(scope).orElseThrow(() -> new NotFoundException("scope", scope));
		return new Series(indicator, scope, figures.history(indicator, scope).stream().map(Point::of).toList());
	}

	record Series(String indicator, String scope, List<Point> values) {
	}

	/** {@code demo}: demo mode's synthetic data (a demo report's value, a sum of the demo registry), never a real figure. */
	record Point(String period, BigDecimal value, String status, boolean superseded, String note, String source,
			boolean demo) {

		static Point of(FigureView f) {
			return new Point(f.period().toString(), f.value(), f.status().name().toLowerCase(), f.superseded(),
					f.note(), f.source(), f.synthetic());
		}

	}

}
