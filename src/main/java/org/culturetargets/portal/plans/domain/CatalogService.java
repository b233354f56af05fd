package org.culturetargets.portal.plans.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.SourceDocumentView;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.DataVersion;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans, targets, indicators and scopes: a few hundred rows read by every page, so read whole, once per
 * {@link DataVersion}, and answered from memory.
 */
@Service
@Transactional(readOnly = true)
class CatalogService implements PlanCatalog {

	private final PlanRepository plans;

	private final TargetRepository targets;

	private final IndicatorRepository indicators;

	private final ScopeRepository scopes;

	private final SourceDocumentRepository documents;

	private final DataVersion version;

	private final Cache cache;

	CatalogService(PlanRepository plans, TargetRepository targets, IndicatorRepository indicators,
			ScopeRepository scopes, SourceDocumentRepository documents, DataVersion version, CacheManager caches) {
		this.plans = plans;
		this.targets = targets;
		this.indicators = indicators;
		this.scopes = scopes;
		this.documents = documents;
		this.version = version;
		this.cache = caches.getCache("catalog");
	}

	private Snapshot snapshot() {
		return version.cached(cache, Snapshot.class, () -> snapshotNow());
	}

	private Snapshot snapshotNow() {
		Map<String, SourceDocumentView> documentsByCode = documents.findAll().stream()
			.collect(Collectors.toUnmodifiableMap(SourceDocument::code, SourceDocument::toView));
		return new Snapshot(
				plans.findAllByOrderBySortOrderAscCodeAsc().stream().map(p -> p.toView(documentsByCode)).toList(),
				targets.findAllByOrderByPlanCodeAscSortOrderAscIdAsc().stream().map(Target::toView).toList(),
				indicators.findAllByOrderByCodeAsc().stream().map(Indicator::toView).toList(),
				scopes.findAllByOrderBySortOrderAscCodeAsc().stream().map(Scope::toView).toList());
	}

	@Override
	public List<PlanView> plans() {
		return snapshot().plans();
	}

	@Override
	public Optional<PlanView> plan(String code) {
		return Optional.ofNullable(snapshot().plansByCode().get(code));
	}

	@Override
	public List<TargetView> targets(String planCode, String scopeCode) {
		return snapshot().targets()
			.stream()
			.filter(t -> t.planCode().equals(planCode) && (scopeCode == null || t.scopeCode().equals(scopeCode)))
			.toList();
	}

	@Override
	public List<TargetView> targetsOn(String indicatorCode, String scopeCode) {
		return snapshot().targets()
			.stream()
			.filter(t -> t.indicatorCode().equals(indicatorCode) && t.scopeCode().equals(scopeCode))
			.toList();
	}

	@Override
	public List<IndicatorView> indicators() {
		return snapshot().indicators();
	}

	@Override
	public Optional<IndicatorView> indicator(String code) {
		return Optional.ofNullable(snapshot().indicatorsByCode().get(code));
	}

	@Override
	public List<ScopeView> scopes() {
		return snapshot().scopes();
	}

	@Override
	public Optional<ScopeView> scope(String code) {
		return Optional.ofNullable(snapshot().scopesByCode().get(code));
	}

	/** Targets by plan, each plan's in its order (sort order, then id): filtering keeps that order. */
	private record Snapshot(List<PlanView> plans, List<TargetView> targets, List<IndicatorView> indicators,
			List<ScopeView> scopes, Map<String, PlanView> plansByCode, Map<String, IndicatorView> indicatorsByCode,
			Map<String, ScopeView> scopesByCode) {

		Snapshot(List<PlanView> plans, List<TargetView> targets, List<IndicatorView> indicators, List<ScopeView> scopes) {
			this(plans, targets, indicators, scopes, byCode(plans, PlanView::code),
					byCode(indicators, IndicatorView::code), byCode(scopes, ScopeView::code));
		}

		private static <T> Map<String, T> byCode(List<T> views, Function<T, String> code) {
			return views.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
		}

	}

}
