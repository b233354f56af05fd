package org.culturetargets.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's load goal: the scorecard and district pages under 16 concurrent signed-in sessions serve at least half
 * the requests per second of the same application's {@code /actuator/health/liveness} under the same load, with a
 * 99th percentile under 100 ms. The load comes from this JVM (16 threads, one HTTP client and session each, each
 * sending its next request as soon as the last one answered), so client and server share the machine's cores alike
 * for every URL measured. Not part of the suite: run it with {@code bench/load.sh} (see bench/README.md).
 */
@PortalTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LoadBenchmark {

	private static final int SESSIONS = Integer.getInteger("bench.sessions", 16);

	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));

	private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));

	private static final List<String> DISTRICTS = List.of("330102", "330105", "330106", "330108", "330109", "330110",
			"330111", "330112", "330113", "330114", "330122", "330127", "330182");

	/** The home page as officials open it, and with the choices its selectors offer. */
	private static final List<String> SCORECARDS = List.of("/", "/?asOf=2024", "/?asOf=2023", "/?scope=belt-zhijiang",
			"/?scope=belt-canal", "/?plan=HZ-ICCC-2025", "/?plan=HZ-NEW3-2026");

	@LocalServerPort
	int port;

	@Test
	void pagesUnderSixteenSessionsAgainstLiveness() throws Exception {
		List<HttpClient> sessions = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			sessions.add(signedIn("official"));
		}
		Result liveness = run("liveness", sessions, List.of("/actuator/health/liveness"));
		Result scorecard = run("scorecard", sessions, SCORECARDS);
		Result district = run("district page", sessions, DISTRICTS.stream().map(d -> "/areas/" + d).toList());
		Result livenessAgain = run("liveness (again)", sessions, List.of("/actuator/health/liveness"));

		double baseline = Math.max(liveness.perSecond(), livenessAgain.perSecond());
		log("RATIO scorecard requests/s / liveness requests/s = %.2f (goal >= 0.50); p99 %.1f ms (goal < 100)",
				scorecard.perSecond() / baseline, scorecard.p99());
		log("RATIO district page requests/s / liveness requests/s = %.2f (goal >= 0.50); p99 %.1f ms (goal < 100)",
				district.perSecond() / baseline, district.p99());
		assertThat(scorecard.errors() + district.errors() + liveness.errors()).as("answers other than 200").isZero();
	}

	private Result run(String what, List<HttpClient> sessions, List<String> paths) throws Exception {
		load(sessions, paths, WARM_UP);
		Result result = load(sessions, paths, MEASURED);
		log("%-17s %,8.0f requests/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%,d requests, %d errors, %d sessions, %d URLs)",
				what, result.perSecond(), result.percentile(50), result.percentile(90), result.p99(),
				result.percentile(100), result.latencies().length, result.errors(), sessions.size(), paths.size());
		return result;
	}

	/** Every session sends its next request as soon as the last one answered, for {@code duration}. */
	private Result load(List<HttpClient> sessions, List<String> paths, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		List<long[]> latencies = new ArrayList<>();
		int[] counts = new int[sessions.size()];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(sessions.size());
		long started = System.nanoTime();
		for (int s = 0; s < sessions.size(); s++) {
			long[] own = new long[2_000_000];
			latencies.add(own);
			int session = s;
			Thread thread = new Thread(() -> {
				try {
					HttpClient client = sessions.get(session);
					int n = 0;
					while (System.nanoTime() < end && n < own.length) {
						HttpRequest request = HttpRequest.newBuilder(url(paths.get((session + n) % paths.size()))).build();
						long sent = System.nanoTime();
						HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						own[n++] = System.nanoTime() - sent;
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					counts[session] = n;
				}
				catch (Exception e) {
					errors.incrementAndGet();
					throw new IllegalStateException(e);
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int s = 0; s < sessions.size(); s++) {
			System.arraycopy(latencies.get(s), 0, all, at, counts[s]);
			at += counts[s];
		}
		Arrays.sort(all);
		return new Result(all, seconds, errors.get());
	}

	private HttpClient signedIn(String user) throws Exception {
		return BenchLogin.signedIn(port, user);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	record Result(long[] latencies, double seconds, long errors) {

		double perSecond() {
			return latencies.length / seconds;
		}

		double percentile(double p) {
			if (latencies.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100 * latencies.length) - 1;
			return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
		}

		double p99() {
			return percentile(99);
		}

	}

	private static void log(String format, Object... args) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
	}

}
