package org.culturetargets.portal.registry.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.culturetargets.portal.figures.DerivedValues;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Ratio;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.registry.domain.Derivation.Family;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The derived indicators, computed by set-based SQL over the registries for every requested area and group at
 * once: one query per family of {@link Derivation}s, whatever the number of scopes, periods and rows. A scope
 * counts the rows of its own area, of the areas below it and of the groups and areas it contains, and of the parks
 * in its groups — each row once. A ratio (digital share, project start rate) is the ratio of its parts' sums.
 */
@Component
@Transactional(readOnly = true)
class RegistryFigures implements DerivedValues {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** Every scope with the areas and groups it contains, down the administrative tree and through group members. */
	static final String EXPAND = """
			with recursive expand(scope, member) as (
			    select s, s from unnest(cast(:scopes as varchar[])) s
			  union
			    select x.scope, below.code
			      from expand x
			     cross join lateral (select code from plans.scope where parent_code = x.member
			                         union all
			                         select member_code from plans.scope_member where group_code = x.member) below
			)""";

	static final String SCOPED_ENTERPRISES = """
			scoped as (
			    select x.scope, e.id from expand x join registry.enterprise e on e.area_code = x.member
			  union
			    select x.scope, e.id from expand x
			      join registry.park_group g on g.group_code = x.member
			      join registry.enterprise e on e.park_id = g.park_id
			)""";

	/** The rollup's rows of a scope's areas and of the parks in its groups, each once. */
	static final String SCOPED_ROLLUP = """
			scoped as (
			    select x.scope, r.id from expand x join registry.enterprise_figure_rollup r on r.area_code = x.member
			  union
			    select x.scope, r.id from expand x
			      join registry.park_group g on g.group_code = x.member
			      join registry.enterprise_figure_rollup r on r.park_id = g.park_id
			)""";

	static final String SCOPED_PARKS = """
			scoped as (
			    select x.scope, p.id from expand x join registry.park p on p.area_code = x.member
			  union
			    select x.scope, g.park_id from expand x join registry.park_group g on g.group_code = x.member
			)""";

	static final String SCOPED_PROJECTS = """
			scoped as (
			    select x.scope, j.id from expand x join registry.project j on j.area_code = x.member
			  union
			    select x.scope, g.project_id from expand x join registry.project_group g on g.group_code = x.member
			)""";

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final PortalTime time;

	private final MessageSource messages;

	private final DisplayFormat format;

	RegistryFigures(JdbcClient jdbc, PlanCatalog catalog, PortalTime time, MessageSource messages,
			DisplayFormat format) {
		this.time = time;
		this.messages = messages;
		this.format = format;
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Override
	public Set<String> indicatorCodes() {
		Set<String> codes = new HashSet<>();
		for (Derivation d : Derivation.values()) {
			codes.add(d.indicatorCode());
		}
		ratios().forEach(r -> codes.add(r.code()));
		return codes;
	}

	@Override
	public Map<String, Map<String, List<FigureView>>> derive(Collection<String> indicatorCodes,
			Collection<String> scopeCodes) {
		Set<Derivation> wanted = new LinkedHashSet<>();
		List<IndicatorView> ratios = ratios().stream().filter(r -> indicatorCodes.contains(r.code())).toList();
		for (String code : indicatorCodes) {
			Derivation.of(code).ifPresent(wanted::add);
		}
		ratios.forEach(r -> {
			wanted.add(Derivation.of(r.numeratorCode()).orElseThrow());
			wanted.add(Derivation.of(r.denominatorCode()).orElseThrow());
		});
		Map<Family, List<Derivation>> byFamily = new EnumMap<>(Family.class);
		wanted.forEach(d -> byFamily.computeIfAbsent(d.family(), f -> new ArrayList<>()).add(d));

		Map<String, Map<String, List<FigureView>>> result = new HashMap<>();
		LocalDate today = time.today();
		byFamily.forEach((family, derivations) -> compute(family, derivations, scopeCodes, today)
			.forEach(v -> result.computeIfAbsent(v.scopeCode(), s -> new HashMap<>())
				.computeIfAbsent(v.indicatorCode(), i -> new ArrayList<>())
				.add(v)));
		for (Map<String, List<FigureView>> inScope : result.values()) {
			for (IndicatorView ratio : ratios) {
				List<FigureView> shares = shares(ratio, inScope.get(ratio.numeratorCode()),
						inScope.get(ratio.denominatorCode()));
				if (!shares.isEmpty()) {
					inScope.put(ratio.code(), shares);
				}
			}
			inScope.keySet().retainAll(indicatorCodes);
			inScope.values().forEach(list -> list.sort(Comparator.comparing(FigureView::period)));
		}
		return result;
	}

	/** Derived ratio indicators whose numerator and denominator are both derivations. */
	private List<IndicatorView> ratios() {
		return catalog.indicators()
			.stream()
			.filter(i -> i.origin() == IndicatorView.Origin.DERIVED && i.isRatio())
			.filter(i -> Derivation.of(i.numeratorCode()).isPresent() && Derivation.of(i.denominatorCode()).isPresent())
			.toList();
	}

	/**
	 * Whether the registry holds any row at all for each derivation, as columns {@code present_0 …}: a registry
	 * without, say, any national park has not been given parks' levels, and saying "0 national parks" would be a
	 * false figure. Joined into the family's query rather than asked apart, so a family costs one statement.
	 */
	private static String presence(Family family, List<Derivation> derivations) {
		String from = switch (family) {
			case ENTERPRISE_FIGURES, ENTERPRISE_FLAGS -> "registry.enterprise e join registry.industry_class c on c.code = e.industry_class";
			case PARKS -> "registry.park p";
			case PROJECTS -> "registry.project j";
		};
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < derivations.size(); i++) {
			columns.add("coalesce(bool_or(" + derivations.get(i).condition().replace(":end", ":today") + "), false) as present_"
					+ i);
		}
		return "present as (select " + String.join(", ", columns) + " from " + from + ")";
	}

	private List<FigureView> compute(Family family, List<Derivation> derivations, Collection<String> scopeCodes,
			LocalDate today) {
		if (derivations.isEmpty() || scopeCodes.isEmpty()) {
			return List.of();
		}
		Period lastQuarter = Period.lastEndedQuarter(today);
		// a row of the figures' rollup stands for that many enterprise-quarters; any other source's row for one
		String rows = family == Family.ENTERPRISE_FIGURES ? "e.enterprises" : "1";
		String aggregates = derivations.stream().map(d -> aggregate(d, rows)).collect(Collectors.joining(",\n"));
		for (int i = 0; i < derivations.size(); i++) {
			aggregates += ",\n    bool_or(present_" + i + ") as present_" + i;
		}
		String with = EXPAND + ",\n" + presence(family, derivations) + ",\n";
		Map<String, Object> params = new HashMap<>(Map.of("scopes", scopeCodes.toArray(String[]::new), "today", today));
		return switch (family) {
			// the rollup's rows stand for enterprises (alias e): same columns, and the conditions read them alike
			case ENTERPRISE_FIGURES -> views(with + SCOPED_ROLLUP + """

					select s.scope, e.period,
					""" + aggregates + """

					  from scoped s
					  join registry.enterprise_figure_rollup e on e.id = s.id
					  join registry.industry_class c on c.code = e.industry_class
					 cross join present
					 group by s.scope, e.period
					""", params, derivations, true);
			case PARKS -> {
				int lastYear = lastQuarter.endQuarter() == 4 ? lastQuarter.year() : lastQuarter.year() - 1;
				params.put("last", lastYear);
				// from the first year of recognition, at most ten years back, and at least the last year
				yield views(with + SCOPED_PARKS + """
						,
						years as (
						    select generate_series(least(greatest(coalesce((select min(recognised_year) from registry.park),
						                                                   cast(:last as integer)),
						                                          cast(:last as integer) - 10),
						                                 cast(:last as integer)),
						                           cast(:last as integer)) as year
						)
						select s.scope, cast(y.year as varchar) as period,
						""" + aggregates + """

						  from scoped s
						  join registry.park p on p.id = s.id
						  join years y on p.recognised_year is null or p.recognised_year <= y.year
						 cross join present
						 group by s.scope, y.year
						""", params, derivations, false);
			}
			case ENTERPRISE_FLAGS -> {
				params.put("period", lastQuarter.toString());
				yield views(with + SCOPED_ENTERPRISES + """

						select s.scope, cast(:period as varchar) as period,
						""" + aggregates + """

						  from scoped s
						  join registry.enterprise e on e.id = s.id
						  join registry.industry_class c on c.code = e.industry_class
						 cross join present
						 group by s.scope
						""", params, derivations, false);
			}
			case PROJECTS -> {
				// every quarter from that of the first planned start to the last ended one; none without projects
				params.put("last", lastQuarter.endDate().withDayOfMonth(1).minusMonths(2));
				yield views(with + SCOPED_PROJECTS + """
						,
						periods as (
						    select to_char(d, 'YYYY') || 'Q' || extract(quarter from d) as period,
						           cast(d + interval '3 months' - interval '1 day' as date) as end_date
						      from generate_series(cast(date_trunc('quarter', (select min(planned_start) from registry.project)) as date),
						                           cast(:last as date), interval '3 months') d
						)
						select s.scope, q.period,
						""" + aggregates.replace(":end", "q.end_date") + """

						  from scoped s
						  join registry.project j on j.id = s.id
						 cross join periods q
						 cross join present
						 group by s.scope, q.period
						""", params, derivations, true);
			}
		};
	}

	/**
	 * For each derivation: its measure over the rows it selects, how many rows, and whether any is synthetic. A row of
	 * the source stands for {@code rows} rows; revenue and head-counts are only summed from the figures' rollup.
	 */
	private static String aggregate(Derivation d, String rows) {
		String where = " filter (where " + d.condition() + ")";
		String count = "coalesce(sum(" + rows + ")" + where + ", 0)";
		String measure = switch (d.measure()) {
			case COUNT -> count;
			case REVENUE -> "coalesce(sum(e.revenue)" + where + ", 0)";
			// a head-count is only given when every counted enterprise reported one
			case EMPLOYEES -> "case when coalesce(sum(e.enterprises - e.with_employees)" + where
					+ ", 0) = 0 then coalesce(sum(e.employees)" + where + ", 0) end";
		};
		return "    " + measure + ", " + count + ", coalesce(bool_or(e_synthetic)" + where + ", false)";
	}

	private List<FigureView> views(String sql, Map<String, ?> params, List<Derivation> derivations,
			boolean annualFromFourthQuarter) {
		String finalSql = sql.replace("e_synthetic", syntheticColumn(derivations.get(0).family()));
		List<FigureView> views = new ArrayList<>();
		jdbc.sql(finalSql).params(params).query((ResultSet rs) -> {
			String scope = rs.getString("scope");
			Period period = Period.parse(rs.getString("period"));
			for (int i = 0; i < derivations.size(); i++) {
				Derivation d = derivations.get(i);
				BigDecimal raw = rs.getBigDecimal(3 + i * 3);
				if (raw == null || !rs.getBoolean("present_" + i)) {
					continue;
				}
				FigureView view = view(d, scope, period, raw, rs.getLong(4 + i * 3), rs.getBoolean(5 + i * 3));
				views.add(view);
				if (annualFromFourthQuarter && period.endQuarter() == 4 && !period.isAnnual()) {
					views.add(new FigureView(view.indicatorCode(), scope, Period.ofYear(period.year()), view.value(),
							view.status(), null, view.source() + " (" + period + ")", view.recordedBy(), null, false,
							view.citationZh(), view.citationEn(), view.demo()));
				}
			}
		});
		return views;
	}

	private static String syntheticColumn(Family family) {
		return switch (family) {
			case ENTERPRISE_FIGURES, ENTERPRISE_FLAGS -> "e.synthetic";
			case PARKS -> "p.synthetic";
			case PROJECTS -> "j.synthetic";
		};
	}

	private FigureView view(Derivation d, String scope, Period period, BigDecimal raw, long rows,
			boolean synthetic) throws SQLException {
		BigDecimal value = switch (d.measure()) {
			case COUNT -> raw;
			case REVENUE, EMPLOYEES -> raw.divide(TEN_THOUSAND);
		};
		String what = switch (d.measure()) {
			case COUNT -> "count of " + rows + " rows";
			case REVENUE -> "Σ year-to-date revenue of " + rows + " enterprises (万元) ÷ 10000";
			case EMPLOYEES -> "Σ employees of " + rows + " enterprises (人) ÷ 10000";
		};
		return new FigureView(d.indicatorCode(), scope, period, value, ValueStatus.FINAL, null,
				source(d.indicatorCode() + " = " + what, synthetic),
				synthetic ? FigureView.DEMO_REGISTRY : FigureView.REGISTRY, null, false,
				citation(d.family(), d.indicatorCode(), List.of(value), synthetic, Locale.CHINESE),
				citation(d.family(), d.indicatorCode(), List.of(value), synthetic, Locale.ENGLISH), false);
	}

	/**
	 * How a page cites a value summed from the registries, at display precision: 由规上企业名录汇总：8,344.26 ÷ 11,348.12 亿元,
	 * "Summed from the register of above-size enterprises: 8,344.26 ÷ 11,348.12 (100 million yuan)". {@code amounts}
	 * are the value, or a ratio's numerator and denominator, all of the indicator {@code amountsOf}.
	 */
	private String citation(Family family, String amountsOf, List<BigDecimal> amounts, boolean synthetic,
			Locale locale) {
		IndicatorView indicator = catalog.indicator(amountsOf).orElseThrow();
		String numbers = amounts.stream().map(a -> format.number(a, indicator.displayScale()))
			.collect(Collectors.joining(" ÷ "));
		String amount = messages.getMessage("registry.citation.amount",
				new Object[] { numbers, format.unit(indicator.unit(), locale) }, locale);
		String words = messages.getMessage("registry.citation." + family, new Object[] { amount }, locale);
		return synthetic ? messages.getMessage("registry.citation.synthetic", new Object[] { words }, locale) : words;
	}

	/**
	 * numerator ÷ denominator × 100 for every period that has both and a non-zero denominator; a list that
	 * {@link #derive} can sort.
	 */
	private List<FigureView> shares(IndicatorView ratio, List<FigureView> numerators,
			List<FigureView> denominators) {
		List<FigureView> shares = new ArrayList<>();
		if (numerators == null || denominators == null) {
			return shares;
		}
		for (Ratio share : Ratio.of(ratio, numerators, denominators)) {
			boolean synthetic = share.numerator().synthetic() || share.denominator().synthetic();
			List<BigDecimal> parts = List.of(share.numerator().value(), share.denominator().value());
			Family family = Derivation.of(ratio.numeratorCode()).orElseThrow().family();
			shares.add(share.toView(source(share.formula(), synthetic),
					synthetic ? FigureView.DEMO_REGISTRY : FigureView.REGISTRY)
				.citedAs(citation(family, ratio.numeratorCode(), parts, synthetic, Locale.CHINESE),
						citation(family, ratio.numeratorCode(), parts, synthetic, Locale.ENGLISH)));
		}
		return shares;
	}

	private static String source(String what, boolean synthetic) {
		return "登记库 registry: " + what + (synthetic ? " — 含合成演示数据 synthetic demo data" : "");
	}

}
