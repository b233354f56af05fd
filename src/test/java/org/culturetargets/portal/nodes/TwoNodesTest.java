package org.culturetargets.portal.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.culturetargets.portal.notifications.domain.ReminderJob;
import org.culturetargets.portal.shared.DataVersion;
import org.culturetargets.portal.support.PortalNodes;

import org.springframework.boot.web.servlet.ServletRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes on one PostgreSQL (issue 20): a session begun on one is the session on the other (login, session
 * fixation, CSRF, logout, the login throttle, an account disabled); a change committed on A (a target, a report's
 * approval, an import) advances B's data version within a second and B's next scorecard shows it, also while both
 * nodes' listening connections are cut (the poll); an upload's progress read on A is seen through B; and A stopped
 * with requests in flight fails none of them while B takes the rest.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

	private static final int A = 0;

	private static final int B = 1;

	private static final String AREA = "330105";

	private static final String PLAN = "NODES-T";

	/** Longer than any wait of the poll test, so that only the poll can have brought the change. */
	private static final Duration RECONNECT_DELAY = Duration.ofSeconds(6);

	private static final Duration WITHIN = Duration.ofSeconds(1);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]+)");

	/** Requests each node's slow test endpoint has begun, by node. */
	private static final List<AtomicInteger> slowStarted = new CopyOnWriteArrayList<>();

	/** Requests each node's slow test endpoint has answered, by node. */
	private static final List<AtomicInteger> slowAnswered = new CopyOnWriteArrayList<>();

	static PortalNodes nodes;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	static void start() throws IOException {
		nodes = new PortalNodes(2, Map.of("portal.data-version.reconnect-delay", RECONNECT_DELAY.toMillis() + "ms"),
				context -> {
					AtomicInteger started = new AtomicInteger();
					AtomicInteger answered = new AtomicInteger();
					slowStarted.add(started);
					slowAnswered.add(answered);
					context.registerBean("slowRequests", ServletRegistrationBean.class,
							() -> new ServletRegistrationBean<>(new SlowRequests(started, answered), "/test/slow"));
				});
	}

	@AfterAll
	static void stop() throws IOException {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	@Order(1)
	void aSessionBegunOnANodeIsTheSessionOnTheOther() throws Exception {
		HttpResponse<String> loginPage = send(A, "GET", "/login", null, null);
		String before = session(loginPage);
		String token = csrf(loginPage.body());
		assertThat(loginPage.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));

		HttpResponse<String> login = send(A, "POST", "/login", "SESSION=" + before,
				form("username", "official", "password", "demo", "_csrf", token));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = session(login);
		assertThat(after).as("a new session id at login (session fixation)").isNotEqualTo(before);

		HttpResponse<String> onB = send(B, "GET", "/", "SESSION=" + after, null);
		assertThat(onB.statusCode()).as("signed in on B with A's session").isEqualTo(200);
		assertThat(send(B, "GET", "/", "SESSION=" + before, null).headers().firstValue("Location").orElse(""))
			.as("the id from before the login, on B")
			.endsWith("/login");

		assertThat(send(B, "POST", "/logout", "SESSION=" + after, "").statusCode()).as("logout without the token")
			.isEqualTo(403);
		HttpResponse<String> logout = send(B, "POST", "/logout", "SESSION=" + after, form("_csrf", csrf(onB.body())));
		assertThat(logout.headers().firstValue("Location").orElse(""))
			.as("logout on B with a token of B's page: %d %s", logout.statusCode(), logout.body())
			.endsWith("/login?logout");
		assertThat(send(A, "GET", "/", "SESSION=" + after, null).headers().firstValue("Location").orElse(""))
			.as("the session after logging out on B, on A")
			.endsWith("/login");
	}

	@Test
	@Order(2)
	void failedLoginsOnBothNodesLockTheNameOnBoth() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(logIn(i % 2 == 0 ? A : B, "someone", "wrong").headers().firstValue("Location").orElse(""))
				.endsWith("/login?error");
		}
		assertThat(logIn(A, "someone", "wrong").headers().firstValue("Location").orElse("")).endsWith("/login?locked");
		assertThat(logIn(B, "someone", "wrong").headers().firstValue("Location").orElse("")).endsWith("/login?locked");
	}

	@Test
	@Order(3)
	void anAccountDisabledOnAEndsItsSessionOnB() throws Exception {
		String session = session(logIn(B, "district-330182", "demo"));
		assertThat(send(B, "GET", "/", "SESSION=" + session, null).statusCode()).isEqualTo(200);
		assertThat(basic(A, "POST", "/admin/users/district-330182/disable", "admin", null).statusCode()).isEqualTo(302);
		assertThat(send(B, "GET", "/", "SESSION=" + session, null).headers().firstValue("Location").orElse(""))
			.endsWith("/login?expired");
		assertThat(basic(A, "POST", "/admin/users/district-330182/enable", "admin", null).statusCode()).isEqualTo(302);
	}

	@Test
	@Order(4)
	void aChangeCommittedOnAIsOnBsScorecardWithinASecond() throws Exception {
		admin(A, "/admin/plans", "code", PLAN, "titleZh", "双节点测试规划", "titleEn", "Two nodes test plan", "issuerZh", "i",
				"issuerEn", "i", "level", "MUNICIPAL", "homeScope", AREA, "periodStart", "2021", "periodEnd", "2030",
				"baselineYear", "2020", "source", "test");
		admin(A, "/admin/plans/" + PLAN + "/targets", target("10"));
		seenOnB();
		assertThat(entry(B, "employment", "target")).isEqualTo("10.0");

		// a target changed
		long id = nodes.jdbc().sql("select id from plans.target where plan_code = ?").param(PLAN).query(Long.class).single();
		admin(A, "/admin/targets/" + id, target("12"));
		seenOnB();
		assertThat(entry(B, "employment", "target")).isEqualTo("12.0");

		// a report submitted, then approved
		String quarter = nodes.jdbc()
			.sql("select to_char(current_date - interval '3 months', 'YYYY\"Q\"Q')")
			.query(String.class)
			.single();
		String report = "/api/reports/" + AREA + "/" + quarter;
		assertThat(json(A, "PUT", report, "district-" + AREA, """
				{"version": 0, "narrative": "平稳。", "values": {"added_value": {"value": 210.5},
				 "total_output": {"value": 820}, "gdp": {"value": 2300}, "employment": {"value": 6.2},
				 "cultural_talents": {"value": 12}}}""").statusCode()).isEqualTo(200);
		assertThat(basic(A, "POST", report + "/submit", "district-" + AREA, null).statusCode()).isEqualTo(200);
		seenOnB();
		assertThat(entry(B, "employment", "provisional")).isEqualTo("true");
		assertThat(basic(A, "POST", report + "/approve", "reviewer", null).statusCode()).isEqualTo(200);
		seenOnB();
		assertThat(entry(B, "employment", "provisional")).isEqualTo("false");
		assertThat(entry(B, "employment", "actual")).isEqualTo("6.2");

		// an import committed
		HttpResponse<String> imported = multipart(A, "/api/imports/values?dryRun=false", "admin",
				"indicator,area,period,value,status\nemployment," + AREA + "," + quarter + ",7.5,final\n");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		seenOnB();
		assertThat(entry(B, "employment", "actual")).isEqualTo("7.5");
	}

	@Test
	@Order(5)
	void withTheListeningConnectionsCutBothNodesStillConvergeByThePoll() throws Exception {
		awaitListeners(2);
		int cut = nodes.jdbc()
			.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = 'portal data version'")
			.query(Integer.class)
			.single();
		assertThat(cut).isEqualTo(2);

		assertThat(entry(B, "employment", "target")).isEqualTo("12.0");
		long id = nodes.jdbc().sql("select id from plans.target where plan_code = ?").param(PLAN).query(Long.class).single();
		admin(A, "/admin/targets/" + id, target("14"));
		seenOnB();
		assertThat(listeners()).as("not reconnected yet: the poll brought the change").isZero();
		assertThat(entry(B, "employment", "target")).isEqualTo("14.0");

		// and the other way round
		assertThat(entry(A, "employment", "target")).isEqualTo("14.0");
		admin(B, "/admin/targets/" + id, target("15"));
		seen(A);
		assertThat(listeners()).isZero();
		assertThat(entry(A, "employment", "target")).isEqualTo("15.0");

		awaitListeners(2);
		admin(A, "/admin/targets/" + id, target("16"));
		seenOnB();
		assertThat(entry(B, "employment", "target")).isEqualTo("16.0");
	}

	@Test
	@Order(6)
	void anUploadsProgressReadOnAIsSeenThroughB() throws Exception {
		StringBuilder file = new StringBuilder("indicator,area,period,value,status\n");
		for (int i = 0; i < 60_000; i++) {
			file.append("employment,").append(AREA).append(",2019Q1,").append(i).append(",final\n");
		}
		String token = UUID.randomUUID().toString();
		CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
			try {
				return multipart(A, "/imports?kind=values&progress=" + token, "admin", file.toString());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		List<Integer> seen = new ArrayList<>();
		while (!upload.isDone()) {
			String body = basic(B, "GET", "/imports/progress/" + token, "admin", null).body();
			if (body.contains("rows")) {
				seen.add(JsonPath.read(body, "$.rows"));
			}
			Thread.sleep(20);
		}
		assertThat(upload.get().statusCode()).as(upload.get().body()).isEqualTo(302);
		assertThat(seen).as("rows read on A, as B answered while A read").isNotEmpty().isSorted();
		assertThat(basic(B, "GET", "/imports/progress/" + token, "admin", null).body()).isEqualTo("{}");
	}

	/** The reminder job is scheduled on both nodes; started on both at once, it runs on one. */
	@Test
	@Order(7)
	void theReminderJobStartedOnBothNodesAtOnceRunsOnce() throws Exception {
		ReminderJob onA = nodes.context(A).getBean(ReminderJob.class);
		ReminderJob onB = nodes.context(B).getBean(ReminderJob.class);
		CompletableFuture<Optional<Integer>> a = CompletableFuture.supplyAsync(onA::run);
		CompletableFuture<Optional<Integer>> b = CompletableFuture.supplyAsync(onB::run);
		List<Optional<Integer>> runs = List.of(a.get(), b.get());
		assertThat(runs.stream().filter(Optional::isPresent)).as("runs that were not refused the lock").hasSize(1);
		assertThat(onB.run()).as("again on B within the lock's minute").isEmpty();
		// ShedLock remembers the lock's row: release it by its time, so that a later run is not refused
		nodes.jdbc().sql("update notifications.shedlock set lock_until = now() at time zone 'utc'").update();
	}

	/**
	 * A rolling restart's half: A stopped as SIGTERM stops it, while a round-robin client sends slow requests and
	 * scorecards to both nodes. A finishes what it has, takes nothing new; the client's next requests go to B.
	 */
	@Test
	@Order(99)
	void aNodeStoppingWithRequestsInFlightFailsNoneOfThem() throws Exception {
		String session = session(logIn(A, "official", "demo"));
		// a stopped node's web server no longer knows its port
		int portA = nodes.port(A);
		int portB = nodes.port(B);
		RoundRobin balancer = new RoundRobin(List.of(portA, portB), session);
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicLong stopping = new AtomicLong();
		AtomicInteger answeredByAAfterStop = new AtomicInteger();
		AtomicInteger answeredByBAfterStop = new AtomicInteger();
		long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
		List<CompletableFuture<Void>> clients = new ArrayList<>();
		for (int c = 0; c < 6; c++) {
			String path = c % 2 == 0 ? "/test/slow?ms=700" : "/";
			clients.add(CompletableFuture.runAsync(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					try {
						Answer answer = balancer.get(path);
						if (answer.response().statusCode() != 200) {
							failures.add(path + " -> " + answer.response().statusCode() + " from " + answer.port());
						}
						else if (stopping.get() != 0 && sent < stopping.get() && answer.port() == portA) {
							answeredByAAfterStop.incrementAndGet();
						}
						else if (stopping.get() != 0 && sent > stopping.get() && answer.port() == portB) {
							answeredByBAfterStop.incrementAndGet();
						}
					}
					catch (IOException e) {
						failures.add(path + " -> " + e);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}));
		}
		Thread.sleep(2000);
		// the round robin may leave no slow request on A at this instant under load: one more is sent there,
		// and A is stopped once it has begun
		int startedOnA = slowStarted.get(A).get();
		CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
				HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/test/slow?ms=1500"))
					.header("Cookie", "SESSION=" + session)
					.build(),
				HttpResponse.BodyHandlers.ofString());
		long waitUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (slowStarted.get(A).get() == startedOnA && System.nanoTime() < waitUntil) {
			Thread.sleep(5);
		}
		int answeredByA = slowAnswered.get(A).get();
		stopping.set(System.nanoTime());
		nodes.stop(A);
		long stopped = System.nanoTime();
		CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
		assertThat(inFlight.get().statusCode()).as("the slow request in flight on A when it was stopped")
			.isEqualTo(200);
		System.out.printf("[nodes] A stopped in %d ms; %d requests sent to A before finished on it; %d sent later "
				+ "answered by B; %d requests went to the other node after a refused connection%n",
				(stopped - stopping.get()) / 1_000_000, answeredByAAfterStop.get(), answeredByBAfterStop.get(),
				balancer.redirected.get());
		assertThat(failures).as("requests failed while A stopped").isEmpty();
		assertThat(slowAnswered.get(A).get()).as("slow requests in flight on A when it was stopped, answered")
			.isGreaterThan(answeredByA);
		assertThat(answeredByAAfterStop).as("answered by A after its stop began").hasPositiveValue();
		assertThat(answeredByBAfterStop).as("sent after A's stop began, answered by B").hasPositiveValue();
	}

	/** A load balancer as small as it gets: the next node in turn; a node that refuses the connection is skipped. */
	private final class RoundRobin {

		final List<Integer> ports;

		final String session;

		final AtomicInteger next = new AtomicInteger();

		final AtomicInteger redirected = new AtomicInteger();

		RoundRobin(List<Integer> ports, String session) {
			this.ports = ports;
			this.session = session;
		}

		Answer get(String path) throws IOException, InterruptedException {
			IOException refused = null;
			int first = next.getAndIncrement();
			for (int tries = 0; tries < ports.size(); tries++) {
				int port = ports.get(Math.floorMod(first + tries, ports.size()));
				try {
					return new Answer(port, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
						.header("Cookie", "SESSION=" + session)
						.build(), HttpResponse.BodyHandlers.ofString()));
				}
				catch (IOException e) {
					// nothing answered: the request never reached a handler, as nginx's proxy_next_upstream assumes
					refused = e;
					redirected.incrementAndGet();
				}
			}
			throw refused;
		}

	}

	private record Answer(int port, HttpResponse<String> response) {
	}

	/** A request that takes its time, so that some are in flight when a node stops. */
	static final class SlowRequests extends HttpServlet {

		private final AtomicInteger started;

		private final AtomicInteger answered;

		SlowRequests(AtomicInteger started, AtomicInteger answered) {
			this.started = started;
			this.answered = answered;
		}

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			started.incrementAndGet();
			try {
				Thread.sleep(Long.parseLong(request.getParameter("ms")));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/plain");
			response.getWriter().write("done");
			answered.incrementAndGet();
		}

	}

	/** B has seen the version A's last commit wrote, within a second of the commit's answer. */
	private void seenOnB() throws InterruptedException {
		seen(B);
	}

	private void seen(int node) throws InterruptedException {
		long committed = nodes.jdbc().sql("select version from shared.data_version").query(Long.class).single();
		DataVersion version = nodes.context(node).getBean(DataVersion.class);
		long start = System.nanoTime();
		while (version.current() < committed && System.nanoTime() - start < WITHIN.toNanos()) {
			Thread.sleep(5);
		}
		System.out.printf("[nodes] version %d seen on node %s after %.1f ms%n", committed, node == A ? "A" : "B",
				(System.nanoTime() - start) / 1e6);
		assertThat(version.current()).as("the data version on node %d a second after the commit", node)
			.isGreaterThanOrEqualTo(committed);
	}

	private int listeners() {
		return nodes.jdbc()
			.sql("select count(*) from pg_stat_activity where application_name = 'portal data version'")
			.query(Integer.class)
			.single();
	}

	private void awaitListeners(int count) throws InterruptedException {
		long start = System.nanoTime();
		while (listeners() != count && System.nanoTime() - start < RECONNECT_DELAY.multipliedBy(3).toNanos()) {
			Thread.sleep(100);
		}
		assertThat(listeners()).as("listening connections").isEqualTo(count);
	}

	private static String[] target(String value) {
		return new String[] { "indicatorCode", "employment", "scopeCode", AREA, "kind", "LEVEL", "comparator", "GE",
				"baselineValue", "", "baselineYear", "2020", "targetValue", value, "targetYear", "2030", "wording", "",
				"source", "test table" };
	}

	private void admin(int node, String path, String... fields) throws Exception {
		HttpResponse<String> answer = basic(node, "POST", path, "admin", form(fields));
		assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(302);
	}

	/** A field of the target on {@code indicator} in the plan's scorecard, as the node's API shows it now. */
	private String entry(int node, String indicator, String field) throws Exception {
		HttpResponse<String> answer = basic(node, "GET", "/api/plans/" + PLAN + "/scorecard", "official", null);
		assertThat(answer.statusCode()).isEqualTo(200);
		List<?> values = JsonPath.read(answer.body(), "$.targets[?(@.indicator == '" + indicator + "')]." + field);
		return values.isEmpty() || values.get(0) == null ? null : String.valueOf(values.get(0));
	}

	private HttpResponse<String> logIn(int node, String user, String password) throws Exception {
		HttpResponse<String> page = send(node, "GET", "/login", null, null);
		return send(node, "POST", "/login", "SESSION=" + session(page),
				form("username", user, "password", password, "_csrf", csrf(page.body())));
	}

	private HttpResponse<String> send(int node, String method, String path, String cookie, String form)
			throws Exception {
		// as a browser asks (a logout answers others with 204 instead of a redirect)
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodes.url(node, path)))
			.header("Accept", "text/html")
			.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> basic(int node, String method, String path, String user, String form)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodes.url(node, path)))
			.header("Authorization", authorization(user))
			.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> json(int node, String method, String path, String user, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(nodes.url(node, path)))
			.header("Authorization", authorization(user))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(int node, String path, String user, String csv) throws Exception {
		String boundary = "nodes" + UUID.randomUUID().toString().replace("-", "");
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return http.send(HttpRequest.newBuilder(URI.create(nodes.url(node, path)))
			.header("Authorization", authorization(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String authorization(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static String form(String... fields) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			form.append(i == 0 ? "" : "&")
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	private static String session(HttpResponse<String> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			Matcher session = SESSION.matcher(cookie);
			if (session.find()) {
				return session.group(1);
			}
		}
		throw new AssertionError("no session cookie in " + response.headers().map());
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

}
