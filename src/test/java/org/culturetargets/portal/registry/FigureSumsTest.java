package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures' sums (registry V4_20) are kept by deltas in the transaction of each change. After a random sequence
 * (fixed seed) of registrations, figure entries and corrections, moves between districts and parks,
 * reclassifications, flag changes, two imports and deletions, they equal a fresh {@code group by} of the figures,
 * and the tally of enterprises by the same keys (registry V4_22) a fresh count of the enterprises.
 * Quarters of 2018, which no other test uses; the comparison covers the whole table.
 */
@PortalTest
class FigureSumsTest {

	/** A fresh sum of every figure, in the rollup's columns. */
	private static final String FRESH = """
			select e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period,
			       count(*) as enterprises, sum(f.revenue) as revenue, count(f.employees) as with_employees,
			       sum(f.employees) as employees
			  from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
			 group by e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period
			""";

	private static final String KEPT = """
			select area_code, park_id, industry_class, above_size, digital, synthetic, period, enterprises, revenue,
			       with_employees, employees
			  from registry.enterprise_figure_rollup
			""";

	/** A fresh count of every enterprise by the keys of the tally (registry V4_22). */
	private static final String FRESH_TALLY = """
			select area_code, park_id, industry_class, above_size, digital, synthetic, count(*) as enterprises
			  from registry.enterprise
			 group by area_code, park_id, industry_class, above_size, digital, synthetic
			""";

	private static final String KEPT_TALLY = """
			select area_code, park_id, industry_class, above_size, digital, synthetic, enterprises
			  from registry.enterprise_tally
			""";

	private static final String[] QUARTERS = { "2018Q1", "2018Q2", "2018Q3", "2018Q4" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final Random random = new Random(16);

	private int serial;

	@Test
	void theSumsKeptEqualAFreshGroupByAfterRandomChanges() throws Exception {
		List<String> districts = jdbc.sql("select code from plans.scope where kind = 'DISTRICT' order by code")
			.query(String.class).list();
		List<String> classes = jdbc.sql("select code from registry.industry_class order by code").query(String.class)
			.list();
		List<Map<String, Object>> parks = jdbc.sql("""
				select id, name_zh, area_code from registry.park where area_code is not null order by id""")
			.query().listOfRows();
		List<Long> enterprises = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String code = nextCode();
			enterprises.add(register(code, districts, classes, parks));
			codes.add(code);
		}
		for (int op = 0; op < 300; op++) {
			int kind = random.nextInt(100);
			long id = enterprises.get(random.nextInt(enterprises.size()));
			if (kind < 10) {
				String code = nextCode();
				enterprises.add(register(code, districts, classes, parks));
				codes.add(code);
			}
			else if (kind < 35) {
				change(id, codes.get(enterprises.indexOf(id)), districts, classes, parks);
			}
			else if (kind < 65) {
				mvc.perform(put("/api/enterprises/{id}/figures/{period}", id, quarter())
					.with(httpBasic("admin", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"revenue": %s, "employees": %s, "reason": "sums test"}""".formatted(revenue(), employees())))
					.andExpect(status().isOk());
			}
			else if (kind < 85) {
				Integer employees = employees();
				mvc.perform(post("/registry/enterprises/{id}/figures", id).param("period", quarter())
					.param("revenue", revenue())
					.param("employees", employees == null ? "" : employees.toString())
					.param("reason", "sums test")
					.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
			}
			else if (kind < 92) {
				// the portal offers no deletion of a figure; the sums must follow one all the same
				jdbc.sql("delete from registry.enterprise_figure where enterprise_id = ? and period = ?")
					.params(id, quarter()).update();
			}
			else if (kind < 95 && enterprises.size() > 10) {
				int index = enterprises.indexOf(id);
				jdbc.sql("delete from registry.enterprise where id = ?").param(id).update();
				enterprises.remove(index);
				codes.remove(index);
			}
			else if (kind >= 95 && op % 2 == 0) {
				String added = importEnterprises(codes, districts, classes, parks);
				enterprises.add(jdbc.sql("select id from registry.enterprise where credit_code = ?").param(added)
					.query(Long.class).single());
				codes.add(added);
			}
			else {
				importFigures(codes);
			}
		}
		assertThat(jdbc.sql("select count(*) from registry.enterprise_figure where period like '2018Q_'")
			.query(Long.class).single()).isGreaterThan(30);
		assertSumsAreFresh();
	}

	/**
	 * Two transactions add to the same sum row, the second while the first, which created the row, has not committed:
	 * the second waits for the first and then adds to what it committed — nothing lost.
	 */
	@Test
	void concurrentDeltasToTheSameSumRowAreBothCounted() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String first17 = "91160016X" + "%08d".formatted(i);
			String code = first17 + CreditCode.checkCharacter(first17);
			ids.add(jdbc.sql("""
					insert into registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by)
					values (?, ?, '330127', '0110', true, 'test') returning id""").params(code, "并发企业 " + i)
				.query(Long.class).single());
		}
		String insert = "insert into registry.enterprise_figure (enterprise_id, period, revenue) values (?, '2017Q2', ?)";
		CountDownLatch firstAdded = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql(insert).params(ids.get(0), new BigDecimal("100.25")).update();
				firstAdded.countDown();
				awaitQuietly(secondStarted);
				// the second is now waiting for this transaction's row of the sums
				sleepQuietly(300);
			}));
			Future<?> second = threads.submit(() -> transactions.executeWithoutResult(status -> {
				awaitQuietly(firstAdded);
				secondStarted.countDown();
				jdbc.sql(insert).params(ids.get(1), new BigDecimal("0.75")).update();
			}));
			first.get(30, TimeUnit.SECONDS);
			second.get(30, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("""
				select enterprises || ' ' || revenue from registry.enterprise_figure_rollup
				 where area_code = '330127' and industry_class = '0110' and above_size and period = '2017Q2'
				   and park_id is null and digital is null and not synthetic""").query(String.class).single())
			.isEqualTo("2 101.00");
		assertSumsAreFresh();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theRebuildRepairsSumsThatWentWrong() {
		jdbc.sql("""
				update registry.enterprise_figure_rollup set revenue = revenue + 1
				 where id = (select min(id) from registry.enterprise_figure_rollup)""").update();
		jdbc.sql("""
				delete from registry.enterprise_figure_rollup
				 where id = (select max(id) from registry.enterprise_figure_rollup)""").update();
		jdbc.sql("""
				update registry.enterprise_tally set enterprises = enterprises + 1
				 where id = (select min(id) from registry.enterprise_tally)""").update();
		assertThat(differences()).isPositive();
		assertThat(differences(KEPT_TALLY, FRESH_TALLY)).isPositive();

		jdbc.sql("select registry.rebuild_enterprise_figure_rollup()").query(Long.class).single();
		assertSumsAreFresh();
	}

	private void assertSumsAreFresh() {
		assertThat(jdbc.sql("select count(*) from registry.enterprise_figure_rollup").query(Long.class).single())
			.isPositive();
		assertThat(differences()).isZero();
		assertThat(jdbc.sql("select count(*) from registry.enterprise_tally").query(Long.class).single()).isPositive();
		assertThat(differences(KEPT_TALLY, FRESH_TALLY)).isZero();
	}

	private long differences() {
		return differences(KEPT, FRESH);
	}

	private long differences(String kept, String fresh) {
		return jdbc.sql("select count(*) from ((" + kept + " except " + fresh + ") union all (" + fresh + " except "
				+ kept + ")) d").query(Long.class).single();
	}

	private long register(String code, List<String> districts, List<String> classes, List<Map<String, Object>> parks)
			throws Exception {
		String body = mvc.perform(post("/api/enterprises").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(enterprise(code, districts, classes, parks, null)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Another district or park, class, size or digital flag: whatever the dice give, at the version stored. */
	private void change(long id, String code, List<String> districts, List<String> classes,
			List<Map<String, Object>> parks) throws Exception {
		int version = jdbc.sql("select version from registry.enterprise where id = ?").param(id).query(Integer.class)
			.single();
		mvc.perform(put("/api/enterprises/{id}", id).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(enterprise(code, districts, classes, parks, version)))
			.andDo(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200))
			.andExpect(jsonPath("$.version").value(version + 1));
	}

	private String enterprise(String code, List<String> districts, List<String> classes,
			List<Map<String, Object>> parks, Integer version) {
		Map<String, Object> park = random.nextBoolean() ? parks.get(random.nextInt(parks.size())) : null;
		String area = park == null ? districts.get(random.nextInt(districts.size())) : (String) park.get("area_code");
		return """
				{"creditCode": "%s", "name": "汇总随机企业 %s", "areaCode": "%s", "parkId": %s, "industryClass": "%s",
				 "aboveSize": %s, "digital": %s, "listed": false, "stockCode": null, "leading": false,
				 "headquarters": false, "exportKey": false, "version": %s, "reason": "sums test"}
				""".formatted(code, code, area, park == null ? "null" : park.get("id"),
				classes.get(random.nextInt(classes.size())), random.nextBoolean(), digital(), version);
	}

	/** Some enterprises moved, reclassified or resized by file, and one new: its credit code. */
	private String importEnterprises(List<String> codes, List<String> districts, List<String> classes,
			List<Map<String, Object>> parks) throws Exception {
		StringBuilder file = new StringBuilder("credit_code,name,area,industry_class,above_size,digital,park\n");
		List<String> chosen = new ArrayList<>(codes.subList(0, Math.min(8, codes.size())));
		chosen.add(nextCode());
		for (String code : chosen) {
			Map<String, Object> park = random.nextBoolean() ? parks.get(random.nextInt(parks.size())) : null;
			String area = park == null ? districts.get(random.nextInt(districts.size()))
					: (String) park.get("area_code");
			String digital = digital();
			file.append("%s,汇总随机企业 %s,%s,%s,%s,%s,%s\n".formatted(code, code, area,
					classes.get(random.nextInt(classes.size())), random.nextBoolean() ? "Y" : "N",
					digital.equals("null") ? "" : digital.equals("true") ? "Y" : "N",
					park == null ? "" : park.get("name_zh")));
		}
		upload("enterprises", file.toString());
		return chosen.get(chosen.size() - 1);
	}

	/** New quarters and corrections of stored ones, set-based in the import's merge. */
	private void importFigures(List<String> codes) throws Exception {
		StringBuilder file = new StringBuilder("credit_code,period,revenue,employees\n");
		for (String code : codes) {
			if (random.nextInt(3) == 0) {
				Integer employees = employees();
				file.append("%s,%s,%s,%s\n".formatted(code, quarter(), revenue(),
						employees == null ? "" : employees));
			}
		}
		upload("enterprise-figures", file.toString());
	}

	private void upload(String kind, String csv) throws Exception {
		mvc.perform(multipart("/api/imports/{kind}", kind)
			.file(new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "false")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").isEmpty());
	}

	private String nextCode() {
		String first17 = "91160016W" + "%08d".formatted(++serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

	private String quarter() {
		return QUARTERS[random.nextInt(QUARTERS.length)];
	}

	private String revenue() {
		return random.nextInt(100_000) + "." + random.nextInt(10) + random.nextInt(10);
	}

	private Integer employees() {
		return random.nextInt(4) == 0 ? null : random.nextInt(500);
	}

	private String digital() {
		return switch (random.nextInt(3)) {
			case 0 -> "null";
			case 1 -> "true";
			default -> "false";
		};
	}

}
