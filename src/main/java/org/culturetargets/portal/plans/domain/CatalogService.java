package org.culturetargets.portal.plans.domain;

import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogService implements PlanCatalog {

	private final PlanRepository plans;

	private final TargetRepository targets;

	private final IndicatorRepository indicators;

	private final ScopeRepository scopes;

	CatalogService(PlanRepository plans, TargetRepository targets, IndicatorRepository indicators,
			ScopeRepository scopes) {
		this.plans = plans;
		this.targets = targets;
		this.indicators = indicators;
		this.scopes = scopes;
	}

	@Override
	public List<PlanView> plans() {
		return plans.findAllByOrderBySortOrderAscCodeAsc().stream().map(Plan::toView).toList();
	}

	@Override
	public Optional<PlanView> plan(String code) {
		return plans.findById(code).map(Plan::toView);
	}

	@Override
	public List<TargetView> targets(String planCode, String scopeCode) {
		List<Target> found = scopeCode == null ? targets.findByPlanCodeOrderBySortOrderAscIdAsc(planCode)
				: targets.findByPlanCodeAndScopeCodeOrderBySortOrderAscIdAsc(planCode, scopeCode);
		return found.stream().map(Target::toView).toList();
	}

	@Override
	public List<TargetView> targetsOn(String indicatorCode, String scopeCode) {
		return targets.findByIndicatorCodeAndScopeCodeOrderByPlanCodeAscSortOrderAsc(indicatorCode, scopeCode)
			.stream()
			.map(Target::toView)
			.toList();
	}

	@Override
	public List<IndicatorView> indicators() {
		return indicators.findAllByOrderByCodeAsc().stream().map(Indicator::toView).toList();
	}

	@Override
	public Optional<IndicatorView> indicator(String code) {
		return indicators.findById(code).map(Indicator::toView);
	}

	@Override
	public List<ScopeView> scopes() {
		return scopes.findAllByOrderBySortOrderAscCodeAsc().stream().map(Scope::toView).toList();
	}

	@Override
	public Optional<ScopeView> scope(String code) {
		return scopes.findById(code).map(Scope::toView);
	}

}
