package org.culturetargets.portal.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.evaluation.Observation;
import org.culturetargets.portal.evaluation.ProgressEvaluator;
import org.culturetargets.portal.evaluation.Scorecard;
import org.culturetargets.portal.evaluation.ScorecardLine;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.evaluation.TargetProgress;
import org.culturetargets.portal.evaluation.Thresholds;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.DataVersion;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

@Service
class ScorecardService implements Scorecards {

	private final PlanCatalog catalog;

	private final Figures figures;

	private final Thresholds thresholds;

	private final ProgressEvaluator evaluator;

	private final DataVersion version;

	private final PortalTime time;

	private final Cache cache;

	ScorecardService(PlanCatalog catalog, Figures figures, DataVersion version, CacheManager caches,
			@Value("${portal.evaluation.on-track:1.0}") BigDecimal onTrack,
			@Value("${portal.evaluation.at-risk:0.8}") BigDecimal atRisk, PortalTime time) {
		this.catalog = catalog;
		this.time = time;
		this.figures = figures;
		this.thresholds = new Thresholds(onTrack, atRisk);
		this.evaluator = new ProgressEvaluator(thresholds);
		this.version = version;
		this.cache = caches.getCache("scorecards");
	}

	@Override
	public Optional<Scorecard> scorecard(String planCode, String scopeCode, Period asOf) {
		return version.cached(cache, new Key(planCode, scopeCode, asOf), () -> evaluate(planCode, scopeCode, asOf));
	}

	@Override
	public List<TargetProgress> targetsOn(String indicatorCode, String scopeCode) {
		List<TargetView> targets = catalog.targetsOn(indicatorCode, scopeCode);
		Map<Long, TargetProgress> progress = new HashMap<>();
		targets.stream().map(TargetView::planCode).distinct()
			.forEach(plan -> scorecard(plan, scopeCode, null).ifPresent(card -> card.lines().stream()
				.filter(line -> line.indicator().code().equals(indicatorCode))
				.forEach(line -> progress.put(line.target().id(), new TargetProgress(card.plan(), line.target(),
						line.evaluation(), ProgressEvaluator.path(line.target(), line.indicator()))))));
		// in the catalog's order; a target the catalog gained after its plan's scorecard was read is left out
		return targets.stream().map(t -> progress.get(t.id())).filter(Objects::nonNull).toList();
	}

	/**
	 * No language: a scorecard carries the names of its plan, scopes and indicators in both languages, so one entry
	 * serves the Chinese and the English page.
	 */
	private record Key(String planCode, String scopeCode, Period asOf) {
	}

	private Optional<Scorecard> evaluate(String planCode, String scopeCode, Period asOf) {
		Optional<PlanView> found = catalog.plan(planCode);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PlanView plan = found.get();
		Map<String, ScopeView> scopes = catalog.scopes().stream()
			.collect(Collectors.toMap(ScopeView::code, Function.identity()));
		ScopeView scope = scopes.get(scopeCode == null ? plan.homeScope() : scopeCode);
		if (scope == null) {
			return Optional.empty();
		}
		List<TargetView> allTargets = catalog.targets(plan.code(), null);
		Set<String> targetedScopes = new LinkedHashSet<>();
		targetedScopes.add(plan.homeScope());
		allTargets.forEach(t -> targetedScopes.add(t.scopeCode()));
		List<ScopeView> scopeChoices = targetedScopes.stream().map(scopes::get).toList();

		Map<String, IndicatorView> indicators = catalog.indicators().stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		List<TargetView> targets = allTargets.stream().filter(t -> t.scopeCode().equals(scope.code())).toList();
		Map<String, List<FigureView>> seriesByIndicator = figures
			.series(targets.stream().map(TargetView::indicatorCode).distinct().toList(), scope.code());

		TreeSet<Period> periods = new TreeSet<>();
		Period now = Period.ofYear(time.today().getYear());
		seriesByIndicator.values()
			.forEach(series -> series.stream()
				.map(FigureView::period)
				.filter(p -> p.year() >= plan.baselineYear() && p.endsNoLaterThan(now))
				.forEach(periods::add));
		Period latestWithData = periods.isEmpty() ? Period.ofYear(plan.baselineYear()) : periods.last();
		// every year of the plan so far can be chosen, also one without data (to see what awaits its figure)
		for (int year = plan.baselineYear() + 1; year <= Math.min(now.year(), plan.periodEnd()); year++) {
			periods.add(Period.ofYear(year));
		}
		boolean defaulted = asOf == null;
		// a plan whose period is over is shown, by default, at its final year: its final evaluation
		Period finalYear = Period.ofYear(plan.periodEnd());
		Period effectiveAsOf = !defaulted ? asOf : latestWithData.compareTo(finalYear) > 0 ? finalYear : latestWithData;

		List<ScorecardLine> lines = new ArrayList<>();
		for (TargetView target : targets) {
			IndicatorView indicator = indicators.get(target.indicatorCode());
			List<FigureView> series = seriesByIndicator.get(target.indicatorCode());
			List<Observation> observations = series.stream()
				.map(f -> new Observation(f.period(), f.value(), f.provisional()))
				.toList();
			lines.add(new ScorecardLine(target, indicator, scope,
					evaluator.evaluate(target, indicator, observations, effectiveAsOf), series));
		}
		return Optional.of(new Scorecard(plan, scope, effectiveAsOf, defaulted, scopeChoices,
				List.copyOf(periods.descendingSet()), lines, thresholds));
	}

}
