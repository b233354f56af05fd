package org.culturetargets.portal.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.culturetargets.portal.bench.BenchEnterprises.log;
import static org.culturetargets.portal.bench.BenchEnterprises.seconds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one change costs as the figures grow (issue 16): a form's save of one quarter, a one-row import and an
 * enterprise moved to another district, each the median of 15 after 5 to warm up, at the demo registry's size and
 * after {@code registry.enterprise_figure} was grown to each of {@code -Dbench.sizes} rows (as {@link ScaleBenchmark}
 * grows it). At each size also the city's and a district's enterprise list (top 50 of a quarter, warm), and the
 * derived sums read while a million-row import runs. Not part of the suite: {@code bench/sums.sh}.
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SumsBenchmark {

	private static final List<Long> SIZES = Arrays
		.stream(System.getProperty("bench.sizes", "1000000").split(","))
		.map(s -> Long.parseLong(s.strip()))
		.toList();

	private static final int QUARTERS = 12;

	private static final int IMPORTED_ENTERPRISES = 83_333;

	private static final Set<String> DERIVED = Set.of("above_size_revenue", "above_size_enterprises",
			"above_size_employees");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportService imports;

	@Autowired
	DerivedValues registryValues;

	@Autowired
	Registry registry;

	@Autowired
	UserDetailsService users;

	/** Signed in once: a password's hash checked on every request would cost more than the change itself. */
	private RequestPostProcessor admin;

	private int revision;

	@Test
	void oneChangeCostsTheSameAtEverySize() throws Exception {
		admin = user(users.loadUserByUsername("admin"));
		long id = jdbc.sql("select min(id) from registry.enterprise where synthetic").query(Long.class).single();
		String code = jdbc.sql("select credit_code from registry.enterprise where id = ?").param(id)
			.query(String.class).single();
		double[] small = measure(id, code);
		for (long size : SIZES) {
			grow(size);
			double[] large = measure(id, code);
			log("sums: RATIO form save at %,d rows / at the demo size = %.2f (goal < 2)", count(), large[0] / small[0]);
			log("sums: RATIO one-row import at %,d rows / at the demo size = %.2f (goal < 2)", count(), large[1] / small[1]);
			log("sums: RATIO enterprise moved at %,d rows / at the demo size = %.2f (goal < 2)", count(),
					large[2] / small[2]);
		}
		// -Dbench.during-import=false leaves a kept database (see bench/sums.sh) at the sizes measured
		if (Boolean.parseBoolean(System.getProperty("bench.during-import", "true"))) {
			readDuringImport();
		}
	}

	/** Median ms of a form save, a one-row import, an enterprise moved; the enterprise lists. */
	private double[] measure(long id, String code) throws Exception {
		long rows = count();
		double save = median(() -> mvc.perform(post("/registry/enterprises/{id}/figures", id).param("period", "2019Q4")
			.param("revenue", String.valueOf(1000 + ++revision))
			.param("employees", "10")
			.param("reason", "bench")
			.with(admin).with(csrf())).andExpect(status().is3xxRedirection()));
		Path file = Files.createTempFile("bench-sums-", ".csv");
		double importOne = median(() -> {
			Files.writeString(file, "credit_code,period,revenue,employees\n%s,2019Q3,%d,12\n".formatted(code,
					1000 + ++revision), StandardCharsets.UTF_8);
			imports.importNow(ImportKind.ENTERPRISE_FIGURES, file, "one.csv", "bench", r -> {
			});
		});
		Files.delete(file);
		double move = median(() -> {
			int version = jdbc.sql("select version from registry.enterprise where id = ?").param(id)
				.query(Integer.class).single();
			String area = ++revision % 2 == 0 ? "330106" : "330108";
			mvc.perform(put("/api/enterprises/{id}", id).with(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"creditCode": "%s", "name": "基准移动企业", "areaCode": "%s", "parkId": null,
						 "industryClass": "0241", "aboveSize": true, "digital": null, "listed": false,
						 "stockCode": null, "leading": false, "headquarters": false, "exportKey": false,
						 "version": %d, "reason": "bench"}""".formatted(code, area, version)))
				.andExpect(status().isOk());
		});
		log("sums %,d rows: form save of one quarter %.1f ms, one-row import %.1f ms, enterprise moved %.1f ms "
				+ "(medians of 15)", rows, save, importOne, move);
		list(rows, "city", "330100");
		list(rows, "district", "330106");
		return new double[] { save, importOne, move };
	}

	private void list(long rows, String what, String scope) {
		String period = "2024Q4";
		RegistryFilter filter = new RegistryFilter(null, scope, null, period, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
		RegistryFilter above = new RegistryFilter(null, scope, "above_size_revenue", period, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
		log("sums %,d rows: enterprise list, %s, %s, first page of 50: %.1f ms; page 100: %.1f ms; "
				+ "above-size revenue with its total: %.1f ms (best of 3, warm)", rows, what, period,
				best(() -> registry.enterprises(filter, 0, 50)), best(() -> registry.enterprises(filter, 100, 50)),
				best(() -> registry.enterprises(above, 0, 50)));
		Map<String, Object> members = jdbc.sql(RegistryQueries.SCOPE_MEMBERS).param("scopes", new String[] { scope })
			.query((rs, row) -> Map.of("areas", rs.getArray("areas").getArray(), "parks", rs.getArray("parks").getArray()))
			.single();
		String explain = """
				explain (analyze, buffers)
				select e.id, e.name, a.name_zh, c.name_zh, p.name_zh, f.revenue, f.employees
				  from registry.enterprise_figure f
				  join registry.enterprise e on e.id = f.enterprise_id
				  join registry.industry_class c on c.code = e.industry_class
				  join registry.culture_division d on d.code = c.division_code
				  join plans.scope a on a.code = e.area_code
				  left join registry.park p on p.id = e.park_id
				 where f.period = :period and (e.area_code = any (:areas) or e.park_id = any (:parks))
				 order by f.revenue desc, e.name, e.id limit 50
				""";
		jdbc.sql(explain).params(members).param("period", period).query(String.class).list();
		List<String> plan = jdbc.sql(explain).params(members).param("period", period).query(String.class).list();
		log("sums %,d rows: plan of the %s's first page: %s", rows, what, String.join(" | ", plan.stream()
			.filter(l -> l.contains("Scan") || l.contains("Limit") || l.contains("Sort") || l.contains("Execution"))
			.map(l -> l.strip().replaceAll("\\(cost=[^)]*\\) ", ""))
			.toList()));
		countPlans(rows, what, members, period);
	}

	/** The plans of the list's count and total: the tally of enterprises (registry V4_22) and the quarter's sums. */
	private void countPlans(long rows, String what, Map<String, Object> members, String period) {
		String scoped = " where (e.area_code = any (:areas) or e.park_id = any (:parks))";
		Map<String, String> counts = Map.of("enterprises (tally)",
				"select sum(e.enterprises) from registry.enterprise_tally e" + scoped,
				"the quarter's sums", "select sum(e.enterprises) from registry.enterprise_figure_rollup e" + scoped
						+ " and e.period = :period");
		counts.forEach((name, sql) -> {
			String explain = "explain (analyze, buffers) " + sql;
			jdbc.sql(explain).params(members).param("period", period).query(String.class).list();
			List<String> plan = jdbc.sql(explain).params(members).param("period", period).query(String.class).list();
			log("sums %,d rows: plan of the %s's count, %s: %s", rows, what, name, String.join(" | ", plan.stream()
				.filter(l -> l.contains("Scan") || l.contains("Aggregate") || l.contains("Execution"))
				.map(l -> l.strip().replaceAll("\\(cost=[^)]*\\) ", ""))
				.toList()));
		});
	}

	/** The derived sums the scorecard reads, again and again while a million-row import commits beside them. */
	private void readDuringImport() throws Exception {
		int first = 9_000_000;
		BenchEnterprises.register(dataSource, first, IMPORTED_ENTERPRISES);
		Path file = Files.createTempFile("bench-sums-", ".csv");
		ImportBenchmark.writeFile(file, first, IMPORTED_ENTERPRISES);
		long started = System.nanoTime();
		CompletableFuture<ImportView> running = CompletableFuture.supplyAsync(() -> {
			try {
				return imports.importNow(ImportKind.ENTERPRISE_FIGURES, file, "large.csv", "bench", r -> {
				});
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		List<Double> reads = new ArrayList<>();
		while (!running.isDone()) {
			long read = System.nanoTime();
			registryValues.derive(DERIVED, List.of("330100", "330106"));
			reads.add(seconds(read) * 1000);
		}
		ImportView record = running.get();
		double took = seconds(started);
		Collections.sort(reads);
		log("sums: during an import of %,d rows (%.1f s, %s): %d reads of the city's and a district's derived sums, "
				+ "median %.1f ms, slowest %.1f ms", record.rows(), took, record.status(), reads.size(),
				reads.get(reads.size() / 2), reads.get(reads.size() - 1));
		Files.delete(file);
	}

	/** Grows the figures to {@code size} rows as {@link ScaleBenchmark} does, by one insert … select. */
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
		long added = jdbc.sql("""
				insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
				select e.id, (2023 + q / 4) || 'Q' || (q % 4 + 1), round((500 + e.id * 7919 % 50000) * (q % 4 + 1) / 4.0, 2),
				       20 + e.id % 300
				  from registry.enterprise e cross join generate_series(0, :quarters - 1) q
				 where e.updated_by = 'bench-scale'
				   and not exists (select 1 from registry.enterprise_figure f where f.enterprise_id = e.id)
				""").param("quarters", QUARTERS).update();
		double loaded = seconds(started);
		jdbc.sql("vacuum analyze registry.enterprise").update();
		jdbc.sql("vacuum analyze registry.enterprise_figure").update();
		jdbc.sql("vacuum analyze registry.enterprise_figure_rollup").update();
		log("sums: grew to %,d rows (%,d figures and their enterprises in %.1f s, the sums kept by the triggers)",
				count(), added, loaded);
	}

	private long count() {
		return jdbc.sql("select count(*) from registry.enterprise_figure").query(Long.class).single();
	}

	private interface Step {

		void run() throws Exception;

	}

	private static double median(Step step) throws Exception {
		for (int i = 0; i < 5; i++) {
			step.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			long started = System.nanoTime();
			step.run();
			times.add(seconds(started) * 1000);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

	private static double best(Step step) {
		try {
			step.run();
			double best = Double.MAX_VALUE;
			for (int i = 0; i < 3; i++) {
				long started = System.nanoTime();
				step.run();
				best = Math.min(best, seconds(started) * 1000);
			}
			return best;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
