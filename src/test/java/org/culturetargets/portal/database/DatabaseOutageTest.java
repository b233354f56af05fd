package org.culturetargets.portal.database;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database out of reach (issue 7), against a PostgreSQL of this test's own that it stops ({@code pg_ctl stop -m
 * fast}) and starts again on the same port and data: pages, the API and the health endpoint say so within a few
 * seconds (not Hikari's default 30 s), service resumes without a restart, and a write cut off in the middle leaves
 * nothing of itself. Each request during the outage waits out the connection timeout, here one second so that the
 * outage takes seconds, not half a minute, of the suite; the configured one is checked against {@link #PATIENCE}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500" })
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageTest {

	/** Far above the configured connection timeout (3 s) and this test's (1 s), far below Hikari's default (30 s). */
	static final Duration PATIENCE = Duration.ofSeconds(15);

	static final Path DATA = Path.of("target", "outage-postgres", UUID.randomUUID().toString()).toAbsolutePath();

	static EmbeddedPostgres postgres = start(0);

	static final int DB_PORT = postgres.getPort();

	static final String AREA = "330122";

	final HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReportingCalendar calendar;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	static boolean running = true;

	@AfterAll
	static void stop() throws IOException {
		stopDatabase();
	}

	/** A test that failed half-way must not leave the next one without its database. */
	@BeforeEach
	void databaseRuns() {
		if (!running) {
			startDatabase();
		}
	}

	@Test
	void theConfiguredConnectionTimeoutIsFarBelowThePatienceOfTheseRequests() throws Exception {
		Properties configured = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		Duration timeout = Duration.ofMillis(Long.parseLong(configured.getProperty("spring.datasource.hikari.connection-timeout")));
		assertThat(timeout).isLessThanOrEqualTo(PATIENCE.dividedBy(3));
	}

	@Test
	void pagesApiAndHealthSayTheDatabaseIsUnreachableAndServiceResumesWithoutARestart() throws Exception {
		logIn("official");
		assertThat(page("/registry/enterprises").statusCode()).isEqualTo(200);
		assertThat(get(session, "/api/enterprises", "application/json").statusCode()).isEqualTo(200);

		long stopping = System.nanoTime();
		stopDatabase();
		report("PostgreSQL stopped (pg_ctl stop -m fast)", stopping);

		long asked = System.nanoTime();
		HttpResponse<String> down = page("/registry/enterprises");
		report("a page during the outage answered " + down.statusCode(), asked);
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(down.body()).contains("数据库暂时无法连接", "请稍候片刻再重试")
			.doesNotContain("Exception", "at org.", "SQL");
		assertThat(page("/registry/enterprises?lang=en").body()).contains("Database unreachable", "try again shortly")
			.doesNotContain("Exception");
		page("/?lang=zh");

		HttpResponse<String> api = get(session, "/api/enterprises", "application/json");
		assertProblem(api);
		HttpResponse<String> basic = get(HttpClient.newHttpClient(), "/api/reports/" + AREA + "/" + calendar.currentQuarter(),
				"application/json", "district-" + AREA);
		assertThat(basic.statusCode()).as("credentials that cannot be checked are not wrong credentials").isNotEqualTo(401);
		assertProblem(basic);

		HttpResponse<String> basicPage = get(HttpClient.newHttpClient(), "/registry/enterprises", "text/html", "official");
		assertThat(basicPage.statusCode()).isEqualTo(503);
		assertThat(basicPage.body()).contains("数据库暂时无法连接").doesNotContain("Exception");

		HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = logIn(stranger, "reviewer");
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?unavailable"));
		assertThat(get(stranger, "/login?unavailable", "text/html").body()).contains("门户暂时连不上数据库")
			.doesNotContain("用户名或密码错误");

		HttpResponse<String> health = get(HttpClient.newHttpClient(), "/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		long starting = System.nanoTime();
		startDatabase();
		report("PostgreSQL started again", starting);
		long recovering = System.nanoTime();
		HttpResponse<String> again = page("/registry/enterprises");
		for (int tries = 0; again.statusCode() != 200 && tries < 20; tries++) {
			Thread.sleep(500);
			again = page("/registry/enterprises");
		}
		report("the page answered " + again.statusCode() + " again after the database was back", recovering);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(get(session, "/api/enterprises", "application/json").statusCode()).isEqualTo(200);
		assertThat(get(HttpClient.newHttpClient(), "/actuator/health", "application/json").body()).contains("UP");
	}

	@Test
	void aSaveCutOffMidwayByTheDatabaseGoingAwayLeavesNothingOfItself() throws Exception {
		String user = "district-" + AREA;
		String path = "/api/reports/" + AREA + "/" + calendar.currentQuarter();
		assertThat(put(path, user, 0, "before", "4.5").statusCode()).isEqualTo(200);
		long auditBefore = count("select count(*) from audit.change");

		HttpResponse<String> cutOff;
		// The save updates the report, replaces its values, then records its audit entry; holding the audit table
		// makes the last statement wait, so the database goes away with the first two done but not committed.
		try (Connection holder = connect(); Statement s = holder.createStatement()) {
			holder.setAutoCommit(false);
			s.execute("lock table audit.change in share mode");
			CompletableFuture<HttpResponse<String>> save = CompletableFuture.supplyAsync(() -> put(path, user, 1, "after", "9.9"));
			awaitWaitingInsert(save);
			stopDatabase();
			cutOff = save.get();
		}
		assertThat(cutOff.statusCode()).isEqualTo(503);
		assertThat(cutOff.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

		startDatabase();
		JsonNode report = awaitReport(path, user);
		assertThat(report.get("version").asInt()).isEqualTo(1);
		assertThat(report.get("narrative").asString()).isEqualTo("before");
		assertThat(report.toString()).contains("4.5").doesNotContain("9.9");
		assertThat(count("select count(*) from audit.change")).isEqualTo(auditBefore);
		assertThat(count("select count(*) from reporting.report_value v join reporting.report r on r.id = v.report_id "
				+ "where r.area_code = '" + AREA + "' and v.value = 9.9")).isZero();
	}

	/** Watches from a connection of its own: within the holder's transaction the activity view would not change. */
	private void awaitWaitingInsert(CompletableFuture<HttpResponse<String>> save) throws Exception {
		try (Connection watcher = connect(); Statement s = watcher.createStatement()) {
			for (int tries = 0; tries < 200; tries++) {
				try (ResultSet rs = s.executeQuery("""
						select count(*) from pg_stat_activity
						where wait_event_type = 'Lock' and query ilike 'insert into audit.change%'""")) {
					rs.next();
					if (rs.getInt(1) == 1) {
						return;
					}
				}
				assertThat(save).as("the save waits for its audit entry").isNotDone();
				Thread.sleep(50);
			}
		}
		throw new AssertionError("the save never reached its audit entry");
	}

	private JsonNode awaitReport(String path, String user) throws Exception {
		HttpResponse<String> response = get(HttpClient.newHttpClient(), path, "application/json", user);
		for (int tries = 0; response.statusCode() != 200 && tries < 20; tries++) {
			Thread.sleep(500);
			response = get(HttpClient.newHttpClient(), path, "application/json", user);
		}
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private void assertProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("title").asString()).isEqualTo("Database unreachable");
		assertThat(response.body()).doesNotContain("Exception");
	}

	private void logIn(String user) throws Exception {
		HttpResponse<String> login = logIn(session, user);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	private HttpResponse<String> logIn(HttpClient client, String user) throws Exception {
		HttpResponse<String> form = get(client, "/login", "text/html");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String body = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		return login;
	}

	private HttpResponse<String> page(String path) throws Exception {
		return get(session, path, "text/html");
	}

	private HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
		return client.send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient client, String path, String accept, String user) throws Exception {
		return client.send(request(path).header("Accept", accept).header("Authorization", basic(user)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> put(String path, String user, int version, String narrative, String employment) {
		String body = json.writeValueAsString(Map.of("version", version, "narrative", narrative, "values",
				Map.of("employment", Map.of("value", employment))));
		try {
			return HttpClient.newHttpClient().send(request(path).header("Authorization", basic(user))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(PATIENCE);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static long count(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/postgres", "postgres", "");
	}

	private static void stopDatabase() throws IOException {
		if (running) {
			postgres.close();
			running = false;
		}
	}

	private static void startDatabase() {
		postgres = start(DB_PORT);
		running = true;
	}

	private static EmbeddedPostgres start(int port) {
		try {
			return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(port).start();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void report(String what, long since) {
		System.out.printf("[faults] %s: %d ms%n", what, (System.nanoTime() - since) / 1_000_000);
	}

}
