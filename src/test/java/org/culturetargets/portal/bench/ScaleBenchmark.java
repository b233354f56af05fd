package org.culturetargets.portal.bench;

import static org.culturetargets.portal.bench.BenchEnterprises.log;
import static org.culturetargets.portal.bench.BenchEnterprises.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.figures.DerivedValues;
import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.domain.ImportService;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.registry.RegistryFilter;
import org.culturetargets.portal.registry.domain.RegistryQueries;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures for docs/scaling.md: {@code registry.enterprise_figure} grown to each of {@code -Dbench.sizes} rows
 * (default 1M and 5M: with 10M too a run takes about 25 minutes on 2 cores; the enterprises in Hangzhou's districts,
 * 12 quarters each, loaded by one {@code insert … select} on the server), and at each size its size on disk, the
 * plans and times of the queries the pages run over it ({@code EXPLAIN (ANALYZE, BUFFERS)}, and the same through
 * the modules' APIs), and the time of importing a million more rows through the import centre. Not part of the suite: run it with {@code bench/scale.sh}.
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ScaleBenchmark {

	private static final List<Long> SIZES = Arrays
		.stream(System.getProperty("bench.sizes", "1000000,5000000").split(","))
		.map(s -> Long.parseLong(s.strip()))
		.toList();

	private static final int QUARTERS = 12;

	/** Enterprises of each imported file: a million rows. */
	private static final int IMPORTED_ENTERPRISES = 83_333;

	private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

	/** {@code RegistryFigures.EXPAND} and {@code SCOPED_ENTERPRISES}: every scope with its enterprises. */
	private static final String SCOPED = RegistryQueries.SCOPED_ENTERPRISES;

	/** {@code RegistryFigures}' query for the enterprise-figure family (above-size revenue, count, head-count). */
	private static final String SUMS = SCOPED + """
			select s.scope, f.period,
			    coalesce(sum(f.revenue) filter (where e.above_size), 0), count(*) filter (where e.above_size),
			    coalesce(bool_or(e.synthetic) filter (where e.above_size), false),
			    count(*) filter (where e.above_size),
			    case when count(*) filter (where e.above_size and f.employees is null) = 0
			         then coalesce(sum(f.employees) filter (where e.above_size), 0) end
			  from scoped s
			  join registry.enterprise e on e.id = s.id
			  join registry.industry_class c on c.code = e.industry_class
			  join registry.enterprise_figure f on f.enterprise_id = e.id
			 group by s.scope, f.period
			""";

	/** {@code RegistryService}'s enterprise list of a scope and quarter for an indicator: one page, with the totals. */
	private static final String LIST_PAGE = SCOPED + """
			select e.id, e.credit_code, e.name, a.name_zh, c.name_zh, f.period, f.revenue, f.employees,
			       count(*) over () as total_rows, sum(f.revenue) over () / 10000 as total
			  from registry.enterprise e
			  join registry.industry_class c on c.code = e.industry_class
			  join registry.culture_division d on d.code = c.division_code
			  join plans.scope a on a.code = e.area_code
			  left join registry.park p on p.id = e.park_id
			  join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = '2024Q4'
			 where e.id in (select id from scoped) and e.above_size
			 order by f.revenue desc nulls last, e.name, e.id limit 50 offset 0
			""";

	private static final Set<String> DERIVED = Set.of("above_size_revenue", "above_size_enterprises",
			"above_size_employees");

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DerivedValues registryValues;

	@Autowired
	Registry registry;

	@Test
	void figuresAtEachSize() throws Exception {
		long benchStarted = System.nanoTime();
		String[] districts = jdbc
			.sql("select code from plans.scope where parent_code = '330100' and kind = 'DISTRICT' order by code")
			.query(String.class)
			.list()
			.toArray(String[]::new);
		log("scale: sizes %s; %d districts of Hangzhou; %d quarters an enterprise", SIZES, districts.length, QUARTERS);
		int step = 0;
		for (long size : SIZES) {
			grow(size);
			measure(size, districts);
			importAMillion(step++);
		}
		log("scale: whole run %.0f s", seconds(benchStarted));
	}

	/** Grows the table to {@code size} rows: new enterprises spread over the districts and classes, 12 quarters each. */
	private void grow(long size) {
		long rows = count();
		if (rows >= size) {
			return;
		}
		long enterprises = (size - rows + QUARTERS - 1) / QUARTERS;
		long firstSerial = jdbc.sql("select count(*) from registry.enterprise where updated_by = 'bench-scale'")
			.query(Long.class)
			.single();
		long started = System.nanoTime();
		jdbc.sql("""
				insert into registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by)
				select '91' || substr(a.codes[g % cardinality(a.codes) + 1], 1, 6) || 'C' || lpad(g::text, 8, '0') || '0',
				       'Scale enterprise ' || g, a.codes[g % cardinality(a.codes) + 1],
				       k.codes[g % cardinality(k.codes) + 1], g % 3 <> 0, 'bench-scale'
				  from generate_series(cast(:first as bigint), cast(:last as bigint)) g,
				       (select array_agg(code order by code) codes from plans.scope
				         where parent_code = '330100' and kind = 'DISTRICT') a,
				       (select array_agg(code order by code) codes from registry.industry_class) k
				""").param("first", firstSerial).param("last", firstSerial + enterprises - 1).update();
		double registered = seconds(started);
		started = System.nanoTime();
		long added = jdbc.sql("""
				insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
				select e.id, (2023 + q / 4) || 'Q' || (q % 4 + 1), round((500 + e.id * 7919 % 50000) * (q % 4 + 1) / 4.0, 2),
				       20 + e.id % 300
				  from registry.enterprise e cross join generate_series(0, :quarters - 1) q
				 where e.updated_by = 'bench-scale'
				   and not exists (select 1 from registry.enterprise_figure f where f.enterprise_id = e.id)
				""").param("quarters", QUARTERS).update();
		double loaded = seconds(started);
		started = System.nanoTime();
		jdbc.sql("vacuum analyze registry.enterprise").update();
		jdbc.sql("vacuum analyze registry.enterprise_figure").update();
		log("scale: grew to %,d rows: %,d enterprises in %.1f s, %,d figures by insert … select in %.1f s (%,.0f rows/s),"
				+ " vacuum analyze %.1f s", count(), enterprises, registered, added, loaded, added / loaded,
				seconds(started));
	}

	private void measure(long size, String[] districts) {
		Map<String, Object> disk = jdbc.sql("""
				select pg_relation_size('registry.enterprise_figure') as heap,
				       pg_relation_size('registry.enterprise_figure_pkey') as pkey,
				       pg_relation_size('registry.enterprise_figure_period_revenue') as period_index,
				       pg_total_relation_size('registry.enterprise_figure') as total,
				       pg_total_relation_size('registry.enterprise') as enterprises,
				       pg_database_size(current_database()) as db
				""").query().singleRow();
		long rows = count();
		log("scale %,d rows: disk: table %s, primary key %s, index on (period, revenue) %s, total %s (%.0f bytes a row); "
				+ "registry.enterprise %s; database %s", rows, mb(disk.get("heap")), mb(disk.get("pkey")),
				mb(disk.get("period_index")), mb(disk.get("total")), ((Number) disk.get("total")).doubleValue() / rows,
				mb(disk.get("enterprises")), mb(disk.get("db")));

		String city = "array['330100']";
		String district = "array['330106']";
		String all = "array[" + String.join(",", Arrays.stream(districts).map(d -> "'" + d + "'").toList()) + "]";
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("per-quarter sums, city (RegistryFigures)", SUMS.replace(":scopes", city));
		queries.put("per-quarter sums, one district", SUMS.replace(":scopes", district));
		queries.put("per-quarter sums, every district", SUMS.replace(":scopes", all));
		queries.put("enterprise list, district, 2024Q4, top 50 + totals (RegistryService)",
				LIST_PAGE.replace(":scopes", district));
		queries.put("enterprise list, city, 2024Q4, top 50 + totals", LIST_PAGE.replace(":scopes", city));
		queries.put("latest quarter (max(period))", "select max(period) from registry.enterprise_figure");
		queries.put("one enterprise's figures", """
				select f.* from registry.enterprise_figure f
				where f.enterprise_id = (select max(enterprise_id) from registry.enterprise_figure) order by f.period""");
		queries.forEach((what, sql) -> explain(rows, what, sql));

		timed(rows, "API: DerivedValues.derive(3 indicators, city + district)",
				() -> registryValues.derive(DERIVED, List.of("330100", "330106")));
		timed(rows, "API: DerivedValues.derive(3 indicators, every district)",
				() -> registryValues.derive(DERIVED, List.of(districts)));
		RegistryFilter filter = new RegistryFilter(null, "330106", "above_size_revenue", "2024Q4", null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
		timed(rows, "API: Registry.enterprises(district, above_size_revenue, 2024Q4, page of 50)",
				() -> registry.enterprises(filter, 0, 50));
	}

	/** The second of two runs (the first warms the cache), with the plan's scan of the figures. */
	private void explain(long rows, String what, String sql) {
		String explain = "explain (analyze, buffers) " + sql;
		jdbc.sql(explain).query(String.class).list();
		List<String> plan = jdbc.sql(explain).query(String.class).list();
		String time = plan.stream()
			.map(EXECUTION::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElse("?");
		List<String> scans = new ArrayList<>();
		for (String line : plan) {
			if (line.contains("on enterprise_figure") || line.contains("enterprise_figure_")) {
				scans.add(line.strip().replaceAll("^-> +", "").replaceAll("\\(cost=[^)]*\\) ", ""));
			}
		}
		log("scale %,d rows: %s: %s ms — %s", rows, what, time, String.join("; ", scans));
		if (Boolean.getBoolean("bench.plans")) {
			plan.forEach(line -> System.out.println("[bench]     " + line));
		}
	}

	private void timed(long rows, String what, Runnable call) {
		call.run();
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			call.run();
			best = Math.min(best, seconds(started));
		}
		log("scale %,d rows: %s: %.0f ms (best of 3, warm)", rows, what, best * 1000);
	}

	private void importAMillion(int step) throws Exception {
		int first = 1_000_000 * (step + 1);
		BenchEnterprises.register(dataSource, first, IMPORTED_ENTERPRISES);
		Path file = Files.createTempFile("bench-scale-", ".csv");
		ImportBenchmark.writeFile(file, first, IMPORTED_ENTERPRISES);
		long rows = count();
		long started = System.nanoTime();
		ImportView record = imports.importNow(ImportKind.ENTERPRISE_FIGURES, file, "scale.csv", "bench", r -> {
		});
		double took = seconds(started);
		log("scale %,d rows: import of %,d more rows (CSV, ImportService.importNow): %.1f s (%,.0f rows/s) — %s, new %,d",
				rows, record.rows(), took, record.rows() / took, record.status(), record.created());
		Files.delete(file);
	}

	private long count() {
		return jdbc.sql("select count(*) from registry.enterprise_figure").query(Long.class).single();
	}

	private static String mb(Object bytes) {
		return String.format("%.0f MB", ((Number) bytes).doubleValue() / 1e6);
	}

}
