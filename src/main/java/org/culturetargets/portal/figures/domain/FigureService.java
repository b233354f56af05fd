package org.culturetargets.portal.figures.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.figures.DerivedValues;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.figures.Ratio;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.shared.DataVersion;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FigureService implements Figures {

	private static final Comparator<FigureView> IN_ORDER = Comparator.comparing(FigureView::period)
		.thenComparing(FigureView::status);

	private final IndicatorValueRepository values;

	private final PlanCatalog catalog;

	private final List<DerivedValues> derivedSources;

	private final DataVersion version;

	private final Cache cache;

	private final MessageSource messages;

	private final DisplayFormat format;

	FigureService(IndicatorValueRepository values, PlanCatalog catalog, List<DerivedValues> derivedSources,
			DataVersion version, CacheManager caches, MessageSource messages, DisplayFormat format) {
		this.messages = messages;
		this.format = format;
		this.values = values;
		this.catalog = catalog;
		this.derivedSources = derivedSources;
		this.version = version;
		this.cache = caches.getCache("series");
	}

	@Override
	public List<FigureView> history(String indicatorCode, String scopeCode) {
		return read(List.of(indicatorCode), List.of(scopeCode), false).get(scopeCode).get(indicatorCode);
	}

	@Override
	public List<FigureView> series(String indicatorCode, String scopeCode) {
		return series(List.of(indicatorCode), scopeCode).get(indicatorCode);
	}

	@Override
	public Map<String, List<FigureView>> series(Collection<String> indicatorCodes, String scopeCode) {
		return read(indicatorCodes, List.of(scopeCode), true).get(scopeCode);
	}

	@Override
	public Map<String, Map<String, List<FigureView>>> series(Collection<String> indicatorCodes,
			Collection<String> scopeCodes) {
		return read(indicatorCodes, scopeCodes, true);
	}

	@Override
	public Map<String, List<FigureView>> seriesByScope(String indicatorCode, Collection<String> scopeCodes) {
		Map<String, List<FigureView>> result = new HashMap<>();
		read(List.of(indicatorCode), scopeCodes, true).forEach((scope, byIndicator) -> result.put(scope,
				byIndicator.get(indicatorCode)));
		return result;
	}

	/**
	 * What {@link #compute} gives, kept for as long as the data stands (see {@link DataVersion}): the derived
	 * indicators add up the registries, which is the most a page asks of the database. Unmodifiable, as it is shared.
	 */
	private Map<String, Map<String, List<FigureView>>> read(Collection<String> indicatorCodes,
			Collection<String> scopeCodes, boolean currentOnly) {
		return version.cached(cache, new Key(Set.copyOf(indicatorCodes), Set.copyOf(scopeCodes), currentOnly), () -> {
			Map<String, Map<String, List<FigureView>>> computed = compute(indicatorCodes, scopeCodes, currentOnly);
			Map<String, Map<String, List<FigureView>>> shared = new HashMap<>();
			computed.forEach((scope, byIndicator) -> {
				Map<String, List<FigureView>> lists = new HashMap<>();
				byIndicator.forEach((indicator, values) -> lists.put(indicator, List.copyOf(values)));
				shared.put(scope, Collections.unmodifiableMap(lists));
			});
			return Collections.unmodifiableMap(shared);
		});
	}

	private record Key(Set<String> indicatorCodes, Set<String> scopeCodes, boolean currentOnly) {
	}

	/** The indicators' values with those of their ratios' parts in each scope, in one query; keyed by scope. */
	private Map<String, Map<String, List<FigureView>>> compute(Collection<String> indicatorCodes,
			Collection<String> scopeCodes, boolean currentOnly) {
		Map<String, IndicatorView> indicators = catalog.indicators()
			.stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		Set<String> needed = new HashSet<>(indicatorCodes);
		indicatorCodes.stream().map(indicators::get).filter(i -> i != null && i.isRatio()).forEach(i -> {
			needed.add(i.numeratorCode());
			needed.add(i.denominatorCode());
		});
		Map<String, Map<String, List<IndicatorValue>>> stored = values
			.findByIndicatorCodeInAndScopeCodeIn(needed, scopeCodes)
			.stream()
			.collect(Collectors.groupingBy(IndicatorValue::getScopeCode,
					Collectors.groupingBy(IndicatorValue::getIndicatorCode)));
		Map<String, Map<String, List<FigureView>>> derived = derive(indicatorCodes, scopeCodes);
		Map<String, Map<String, List<FigureView>>> result = new HashMap<>();
		for (String scope : scopeCodes) {
			Map<String, List<IndicatorValue>> inScope = stored.getOrDefault(scope, Map.of());
			Map<String, List<FigureView>> derivedInScope = derived.getOrDefault(scope, Map.of());
			Map<String, List<FigureView>> byIndicator = new HashMap<>();
			for (String code : indicatorCodes) {
				List<FigureView> own = resolve(inScope.getOrDefault(code, List.of()), currentOnly);
				IndicatorView indicator = indicators.get(code);
				if (indicator != null && indicator.isRatio()) {
					own = withRatios(indicator, own, inScope);
				}
				byIndicator.put(code, withDerived(own, derivedInScope.getOrDefault(code, List.of())));
			}
			result.put(scope, byIndicator);
		}
		return result;
	}

	private Map<String, Map<String, List<FigureView>>> derive(Collection<String> indicatorCodes,
			Collection<String> scopeCodes) {
		Map<String, Map<String, List<FigureView>>> result = new HashMap<>();
		for (DerivedValues source : derivedSources) {
			List<String> wanted = indicatorCodes.stream().filter(source.indicatorCodes()::contains).toList();
			if (!wanted.isEmpty()) {
				source.derive(wanted, scopeCodes)
					.forEach((scope, byIndicator) -> result.computeIfAbsent(scope, s -> new HashMap<>())
						.putAll(byIndicator));
			}
		}
		return result;
	}

	/** Stored (or computed from stored parts) values, and derived ones for the periods those leave open. */
	private static List<FigureView> withDerived(List<FigureView> own, List<FigureView> derived) {
		if (derived.isEmpty()) {
			return own;
		}
		Set<Period> covered = own.stream().map(FigureView::period).collect(Collectors.toSet());
		List<FigureView> result = new ArrayList<>(own);
		derived.stream().filter(d -> !covered.contains(d.period())).forEach(result::add);
		result.sort(IN_ORDER);
		return List.copyOf(result);
	}

	/** A ratio's stored values, and numerator ÷ denominator × 100 for the periods where none is stored. */
	private List<FigureView> withRatios(IndicatorView indicator, List<FigureView> own,
			Map<String, List<IndicatorValue>> stored) {
		List<FigureView> numerators = resolve(stored.getOrDefault(indicator.numeratorCode(), List.of()), true);
		List<FigureView> denominators = resolve(stored.getOrDefault(indicator.denominatorCode(), List.of()), true);
		Set<Period> covered = own.stream().map(FigureView::period).collect(Collectors.toSet());
		List<FigureView> result = new ArrayList<>(own);
		Ratio.of(indicator, numerators, denominators)
			.stream()
			.filter(ratio -> !covered.contains(ratio.period()))
			.map(ratio -> ratio.toView(ratio.formula() + " [" + ratio.numerator().source() + "; "
					+ ratio.denominator().source() + "]", FigureView.FORMULA)
				.citedAs(citation(ratio, Locale.CHINESE), citation(ratio, Locale.ENGLISH)))
			.forEach(result::add);
		result.sort(IN_ORDER);
		return List.copyOf(result);
	}

	/**
	 * How a page cites a ratio computed from stored parts, at display precision: 由数字文化企业营业收入与规上文化企业营业收入之比
	 * 计算：8,064 ÷ 10,000 亿元（parts' citations）.
	 */
	private String citation(Ratio ratio, Locale locale) {
		IndicatorView numerator = catalog.indicator(ratio.indicator().numeratorCode()).orElseThrow();
		IndicatorView denominator = catalog.indicator(ratio.indicator().denominatorCode()).orElseThrow();
		int scale = numerator.displayScale();
		return messages.getMessage("figures.citation.ratio", new Object[] { numerator.name(locale),
				denominator.name(locale), format.number(ratio.numerator().value(), scale),
				format.number(ratio.denominator().value(), scale), format.unit(numerator.unit(), locale),
				ratio.numerator().citation(locale), ratio.denominator().citation(locale) }, locale);
	}

	/** Orders by period and marks each provisional value that a final one of the same period supersedes. */
	private static List<FigureView> resolve(List<IndicatorValue> stored, boolean currentOnly) {
		Set<Period> finals = stored.stream()
			.filter(v -> v.getStatus() == ValueStatus.FINAL)
			.map(IndicatorValue::getPeriod)
			.collect(Collectors.toSet());
		List<FigureView> views = new ArrayList<>();
		for (IndicatorValue value : stored) {
			boolean superseded = value.getStatus() == ValueStatus.PROVISIONAL && finals.contains(value.getPeriod());
			if (!(currentOnly && superseded)) {
				views.add(value.toView(superseded));
			}
		}
		views.sort(IN_ORDER);
		return views;
	}

}
