package org.culturetargets.portal.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only transactions on a real streaming standby (issue 16), writes on the primary, and a read right after a
 * write never older than the write: with the standby's replay paused, the write's own page and every read after
 * it come from the primary until the standby has replayed it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReadReplicaTest {

	static final Path DATA = Path.of("target", "replica-postgres", UUID.randomUUID().toString()).toAbsolutePath();

	static final EmbeddedPostgres primary;

	static final EmbeddedPostgres standby;

	static {
		try {
			primary = EmbeddedPostgres.builder().setDataDirectory(DATA.resolve("primary")).start();
			standby = Standby.of(primary, DATA.resolve("primary"), DATA.resolve("standby"));
		}
		catch (Exception ex) {
			throw new IllegalStateException("no standby could be made", ex);
		}
	}

	static final String AREA = "330122";

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> primary.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("portal.datasource.replica.url", () -> standby.getJdbcUrl("postgres", "postgres"));
	}

	@AfterEach
	void replayGoesOn() throws Exception {
		Standby.resumeReplay(standby);
	}

	@AfterAll
	static void stop() throws IOException {
		standby.close();
		primary.close();
	}

	@Test
	void readOnlyTransactionsGoToTheStandbyAndWritesToThePrimary() {
		assertThat(eventually(this::readsFromStandby)).as("a read-only transaction, once the standby caught up")
			.isTrue();
		TransactionTemplate write = new TransactionTemplate(transactions);
		Boolean recovering = write.execute(status -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class));
		assertThat(recovering)
			.as("a read-write transaction").isFalse();
	}

	@Test
	void aReadAfterAWriteShowsTheWriteWhileTheStandbyLagsThenTheStandbyServesAgain() throws Exception {
		String path = "/api/reports/" + AREA + "/" + calendar.currentQuarter();
		HttpResponse<String> before = send("GET", path, null);
		int version = before.statusCode() == 200 ? json.readTree(before.body()).get("version").asInt() : 0;
		assertThat(eventually(this::readsFromStandby)).isTrue();

		Standby.pauseReplay(standby);
		assertThat(readsFromStandby()).as("nothing written since the standby caught up: it still serves").isTrue();

		HttpResponse<String> saved = send("PUT", path, json.writeValueAsString(Map.of("version", version,
				"narrative", "written while the standby is paused", "values", Map.of("employment", Map.of("value", "4.5")))));
		assertThat(saved.statusCode()).isEqualTo(200);

		HttpResponse<String> read = send("GET", path, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json.readTree(read.body()).get("narrative").asString()).isEqualTo("written while the standby is paused");
		assertThat(readsFromStandby()).as("the standby has not replayed the write: the primary serves").isFalse();
		assertThat(standbyCount("select count(*) from reporting.report where narrative = 'written while the standby is paused'"))
			.as("the standby really is behind").isZero();

		Standby.resumeReplay(standby);
		assertThat(eventually(this::readsFromStandby)).as("the standby serves again once it has replayed the write")
			.isTrue();
	}

	private boolean readsFromStandby() {
		TransactionTemplate read = new TransactionTemplate(transactions);
		read.setReadOnly(true);
		return Boolean.TRUE.equals(read.execute(status -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class)));
	}

	private static long standbyCount(String sql) {
		return new JdbcTemplate(standby.getPostgresDatabase()).queryForObject(sql, Long.class);
	}

	private static boolean eventually(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(15))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("district-" + AREA + ":demo").getBytes(StandardCharsets.UTF_8)));
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
