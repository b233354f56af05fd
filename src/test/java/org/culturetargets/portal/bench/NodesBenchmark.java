package org.culturetargets.portal.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.bench.LoadBenchmark.Result;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.DataVersion;
import org.culturetargets.portal.support.PortalNodes;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's figures, on this machine: the scorecard pages' requests per second through two portal nodes (round
 * robin) against one node, with sessions in the database, and one node with the servlet container's sessions; then
 * the time from a change committed on node A to node B having seen it (its data version) and to B's scorecard
 * showing it, over 100 changes. All nodes run in this JVM on one embedded PostgreSQL, with the load from this JVM
 * too: two nodes share the same 2 cores, so the figure says what a second node costs and keeps, not what a second
 * machine adds. Not part of the suite: run it with {@code bench/nodes.sh} (see bench/README.md).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NodesBenchmark {

	private static final int SESSIONS = Integer.getInteger("bench.sessions", 16);

	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));

	private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));

	private static final int CHANGES = Integer.getInteger("bench.changes", 100);

	private static final List<String> SCORECARDS = List.of("/", "/?asOf=2024", "/?asOf=2023", "/?scope=belt-zhijiang",
			"/?scope=belt-canal", "/?plan=HZ-ICCC-2025", "/?plan=HZ-NEW3-2026");

	@Test
	void scorecardsThroughTwoNodesAgainstOneAndTheTimeAChangeTakesToTheOther() throws Exception {
		try (PortalNodes nodes = new PortalNodes(2, Map.of(), context -> {
		})) {
			int memory = nodes.start(Map.of("portal.sessions.store", "memory"));
			List<List<Integer>> setups = List.of(List.of(memory), List.of(0), List.of(0, 1));
			// every node warmed up (JIT, caches) before any is measured: they share one JVM
			for (List<Integer> serving : setups) {
				load(nodes, serving);
			}
			log("one node, sessions in memory", load(nodes, List.of(memory)));
			log("one node, sessions in PostgreSQL", load(nodes, List.of(0)));
			log("two nodes, sessions in PostgreSQL", load(nodes, List.of(0, 1)));
			nodes.stop(memory);
			commitToSeen(nodes);
			propagation(nodes);
		}
	}

	/**
	 * From the moment a transaction on A that changed data has committed (its template returned) to B's data version
	 * having it: what LISTEN/NOTIFY costs, without A's request around it.
	 */
	private void commitToSeen(PortalNodes nodes) throws Exception {
		TransactionTemplate onA = new TransactionTemplate(nodes.context(0).getBean(PlatformTransactionManager.class));
		DataVersion versionOnA = nodes.context(0).getBean(DataVersion.class);
		DataVersion versionOnB = nodes.context(1).getBean(DataVersion.class);
		long[] latencies = new long[CHANGES];
		for (int i = 0; i < CHANGES; i++) {
			onA.executeWithoutResult(status -> nodes.context(0).publishEvent(new DataChanged("bench")));
			long at = System.nanoTime();
			// A takes its own commit's number once the commit is done, before the template returns
			long committed = versionOnA.current();
			while (versionOnB.current() < committed) {
				Thread.onSpinWait();
			}
			latencies[i] = System.nanoTime() - at;
			Thread.sleep(20);
		}
		log("commit on A to B's data version (NOTIFY): median %.2f ms, max %.2f ms (%d commits)", median(latencies),
				max(latencies), CHANGES);
	}

	private void propagation(PortalNodes nodes) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String plan = "BENCH-N";
		post(http, nodes.url(0, "/admin/plans"), "code", plan, "titleZh", "传播", "titleEn", "Propagation", "issuerZh", "i",
				"issuerEn", "i", "level", "MUNICIPAL", "homeScope", "330105", "periodStart", "2021", "periodEnd", "2030",
				"baselineYear", "2020", "source", "bench");
		post(http, nodes.url(0, "/admin/plans/" + plan + "/targets"), target(0));
		long id = nodes.jdbc().sql("select id from plans.target where plan_code = ?").param(plan).query(Long.class).single();
		DataVersion onB = nodes.context(1).getBean(DataVersion.class);
		long[] fromAnswer = new long[CHANGES];
		long[] fromRequest = new long[CHANGES];
		long[] scorecard = new long[CHANGES];
		for (int i = 0; i < CHANGES; i++) {
			String value = String.valueOf(100 + i);
			// B's scorecard is computed and cached before each change
			assertThat(scorecardTarget(http, nodes.url(1, "/api/plans/" + plan + "/scorecard"))).isNotEqualTo(value + ".0");
			long sent = System.nanoTime();
			post(http, nodes.url(0, "/admin/targets/" + id), target(100 + i));
			long answered = System.nanoTime();
			long committed = nodes.jdbc().sql("select version from shared.data_version").query(Long.class).single();
			while (onB.current() < committed) {
				Thread.onSpinWait();
			}
			long seen = System.nanoTime();
			while (!(value + ".0").equals(scorecardTarget(http, nodes.url(1, "/api/plans/" + plan + "/scorecard")))) {
				Thread.sleep(1);
			}
			long shown = System.nanoTime();
			fromAnswer[i] = Math.max(0, seen - answered);
			fromRequest[i] = seen - sent;
			scorecard[i] = shown - answered;
		}
		log("change on A seen by B (data version), from A's answer: median %.1f ms, max %.1f ms (%d changes)",
				median(fromAnswer), max(fromAnswer), CHANGES);
		log("change on A seen by B (data version), from the request to A: median %.1f ms, max %.1f ms", median(fromRequest),
				max(fromRequest));
		log("change on A on B's scorecard (API), from A's answer: median %.1f ms, max %.1f ms", median(scorecard),
				max(scorecard));
	}

	private Result load(PortalNodes nodes, List<Integer> serving) throws Exception {
		List<HttpClient> sessions = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			sessions.add(BenchLogin.signedIn(nodes.port(serving.get(i % serving.size())), "official"));
		}
		List<Integer> ports = serving.stream().map(nodes::port).toList();
		run(sessions, ports, WARM_UP);
		return run(sessions, ports, MEASURED);
	}

	/**
	 * Every session sends its next request as soon as the last one answered, to the nodes in turn (one session
	 * cookie for both: the cookie manager keeps cookies by host, not port, and sessions are in the database).
	 */
	private Result run(List<HttpClient> sessions, List<Integer> ports, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		int[] counts = new int[sessions.size()];
		CountDownLatch done = new CountDownLatch(sessions.size());
		long started = System.nanoTime();
		for (int s = 0; s < sessions.size(); s++) {
			long[] own = new long[1_000_000];
			latencies.add(own);
			int session = s;
			Thread thread = new Thread(() -> {
				try {
					int n = 0;
					while (System.nanoTime() < end && n < own.length) {
						int port = ports.get((session + n) % ports.size());
						String path = SCORECARDS.get((session + n) % SCORECARDS.size());
						long sent = System.nanoTime();
						HttpResponse<byte[]> response = sessions.get(session)
							.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
									HttpResponse.BodyHandlers.ofByteArray());
						own[n++] = System.nanoTime() - sent;
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					counts[session] = n;
				}
				catch (Exception e) {
					errors.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int s = 0; s < sessions.size(); s++) {
			System.arraycopy(latencies.get(s), 0, all, at, counts[s]);
			at += counts[s];
		}
		Arrays.sort(all);
		return new Result(all, seconds, errors.get());
	}

	private static String scorecardTarget(HttpClient http, String url) throws Exception {
		String body = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic("official")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		List<?> values = com.jayway.jsonpath.JsonPath.read(body, "$.targets[?(@.indicator == 'employment')].target");
		return values.isEmpty() ? null : String.valueOf(values.get(0));
	}

	private static void post(HttpClient http, String url, String... fields) throws Exception {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			form.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", basic("admin"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(url + ": " + answer.body()).isEqualTo(302);
	}

	private static String[] target(int value) {
		return new String[] { "indicatorCode", "employment", "scopeCode", "330105", "kind", "LEVEL", "comparator", "GE",
				"baselineValue", "", "baselineYear", "2020", "targetValue", String.valueOf(value), "targetYear", "2030",
				"wording", "", "source", "bench" };
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private static double max(long[] nanos) {
		return Arrays.stream(nanos).max().orElse(0) / 1e6;
	}

	private static void log(String what, Result result) {
		log("%-34s %,7.0f requests/s  p50 %6.1f ms  p99 %6.1f ms  (%,d requests, %d errors, %d sessions)", what,
				result.perSecond(), result.percentile(50), result.percentile(99), result.latencies().length,
				result.errors(), SESSIONS);
	}

	private static void log(String format, Object... args) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
	}

}
