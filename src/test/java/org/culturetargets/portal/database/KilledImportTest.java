package org.culturetargets.portal.database;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.culturetargets.portal.PortalApplication;
import org.culturetargets.portal.registry.CreditCode;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the portal in the middle of an import's merge (issue 7). The portal runs as a separate JVM on
 * its own port and embedded data directory; a large enterprise-figures import is posted, and when its merge is seen
 * in {@code pg_stat_activity} the JVM gets SIGKILL. The portal started again on the same directory stops the
 * PostgreSQL the dead JVM left behind; nothing of the import is visible (no import record, no figures, no change
 * rows, no audit entry), and the same file then imports in full.
 * <p>
 * Two portal start-ups and a few hundred thousand rows take longer than the suite allows: run it with
 * {@code bench/faults/kill-import.sh} ({@code -Dfaults=true}; {@code -Dfaults.rows=…}, default 300,000).
 */
@EnabledIfSystemProperty(named = "faults", matches = "true")
class KilledImportTest {

	static final int ROWS = Integer.getInteger("faults.rows", 300_000);

	static final int QUARTERS = 12;

	static final int PORT = Integer.getInteger("faults.port", 8094);

	static final String MERGE = "insert into registry.enterprise_figure%";

	final Path run = Path.of("target", "faults", "kill-import-" + UUID.randomUUID()).toAbsolutePath();

	final Path data = run.resolve("postgres");

	final List<Process> portals = new ArrayList<>();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void afterKillNineDuringTheMergeNothingOfTheImportIsVisibleAndTheSameFileThenImports() throws Exception {
		long started = System.nanoTime();
		Process first = startPortal(1);
		report("first start (empty data directory: migrations, demo data) to healthy", started);

		Path file = run.resolve("figures.csv");
		int enterprises = ROWS / QUARTERS;
		writeFigures(file, enterprises);
		try (Connection db = connect()) {
			registerEnterprises(db, enterprises);
		}

		long posted = System.nanoTime();
		CompletableFuture<HttpResponse<String>> upload = http.sendAsync(importRequest(file), HttpResponse.BodyHandlers.ofString());
		try (Connection db = connect()) {
			awaitMerge(db, upload);
		}
		report("import posted to its merge seen in pg_stat_activity", posted);
		long orphan = OrphanedServer.find(data).orElseThrow().pid();
		long killing = System.nanoTime();
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		report("SIGKILL to JVM gone", killing);
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
			.as("the killed portal's PostgreSQL outlives it").isTrue();

		long restarting = System.nanoTime();
		startPortal(2);
		report("restart on the same data directory (orphaned PostgreSQL stopped) to healthy", restarting);
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (Connection db = connect()) {
			assertThat(count(db, "select count(*) from imports.import where kind = 'enterprise-figures'"))
				.as("no import record, in any state").isZero();
			assertThat(count(db, "select count(*) from registry.enterprise_figure f join registry.enterprise e "
					+ "on e.id = f.enterprise_id where e.updated_by = 'faults'")).as("no figures").isZero();
			assertThat(count(db, "select count(*) from imports.change")).as("no change rows").isZero();
			assertThat(count(db, "select count(*) from imports.stage_enterprise_figure")).as("no staged rows").isZero();
			assertThat(count(db, "select count(*) from audit.change where action = 'imported'")).as("no audit entry").isZero();
		}

		long importing = System.nanoTime();
		HttpResponse<String> again = http.send(importRequest(file), HttpResponse.BodyHandlers.ofString());
		report("the same file imported after the restart", importing);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		JsonNode result = json.readTree(again.body());
		assertThat(result.get("rows").asInt()).isEqualTo(enterprises * QUARTERS);
		assertThat(result.get("committed").asInt()).isEqualTo(enterprises * QUARTERS);
		assertThat(result.get("created").asInt()).isEqualTo(enterprises * QUARTERS);
		try (Connection db = connect()) {
			assertThat(count(db, "select count(*) from imports.import where kind = 'enterprise-figures' and status = 'COMMITTED'"))
				.isOne();
			assertThat(count(db, "select count(*) from registry.enterprise_figure f join registry.enterprise e "
					+ "on e.id = f.enterprise_id where e.updated_by = 'faults'")).isEqualTo(enterprises * QUARTERS);
			assertThat(count(db, "select count(*) from audit.change where action = 'imported'")).isOne();
		}
		report("whole scenario", started);
	}

	/**
	 * Stops what this test started, also after a failure: the portals, then a PostgreSQL one of them left. The
	 * portals' logs stay in {@code target/faults/}; the data directory and the file go.
	 */
	@AfterEach
	void stopEverything() throws Exception {
		for (Process portal : portals) {
			portal.destroy();
			if (!portal.waitFor(60, TimeUnit.SECONDS)) {
				portal.destroyForcibly();
			}
		}
		if (Files.isDirectory(data)) {
			OrphanedServer.stopIfRunning(data);
		}
		FileSystemUtils.deleteRecursively(data);
		Files.deleteIfExists(run.resolve("figures.csv"));
	}

	private Process startPortal(int number) throws Exception {
		Files.createDirectories(run);
		Process portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
				"-cp", System.getProperty("java.class.path"), PortalApplication.class.getName(),
				"--server.port=" + PORT, "--portal.embedded-database.data-directory=" + data,
				"--portal.demo=true", "--portal.reporting.demo-reports=false")
			.redirectErrorStream(true)
			.redirectOutput(run.resolve("portal-" + number + ".log").toFile())
			.start();
		portals.add(portal);
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(portal.isAlive()).as("portal %d is running (see %s)", number, run).isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return portal;
				}
			}
			catch (IOException notYetListening) {
				// the port opens late in the start-up
			}
			Thread.sleep(250);
		}
		throw new AssertionError("portal " + number + " did not become healthy; see " + run);
	}

	private void awaitMerge(Connection db, CompletableFuture<HttpResponse<String>> upload) throws Exception {
		try (Statement s = db.createStatement()) {
			while (!upload.isDone()) {
				try (ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where state = 'active' and query ilike '"
						+ MERGE + "'")) {
					rs.next();
					if (rs.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError("the import ended before its merge was seen (" + upload.get().statusCode() + " "
				+ upload.get().body() + "); try more rows (-Dfaults.rows)");
	}

	private HttpRequest importRequest(Path file) throws IOException {
		String boundary = "faults-" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"figures.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(uri("/api/imports/enterprise-figures?dryRun=false"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
			.build();
	}

	private static void writeFigures(Path file, int enterprises) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("credit_code,period,revenue,employees\n");
			for (int e = 0; e < enterprises; e++) {
				for (int q = 0; q < QUARTERS; q++) {
					out.write(creditCode(e) + "," + (2023 + q / 4) + "Q" + (q % 4 + 1) + ","
							+ String.format(Locale.ROOT, "%d.%02d", 1000 + e % 5000, q) + "," + (10 + e % 90) + "\n");
				}
			}
		}
	}

	/** The file's enterprises, registered directly: the import under test is the figures', not the registry's. */
	private static void registerEnterprises(Connection db, int enterprises) throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int e = 0; e < enterprises; e++) {
			rows.append(creditCode(e)).append("\tFaults enterprise ").append(e).append("\t330106\t0110\tt\tfaults\n");
		}
		db.unwrap(PGConnection.class).getCopyAPI().copyIn(
				"copy registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by) from stdin",
				new StringReader(rows.toString()));
	}

	private static String creditCode(int serial) {
		String first17 = "91330106K" + "%08d".formatted(serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** The embedded server's port, from the fourth line of its {@code postmaster.pid}. */
	private Connection connect() throws IOException, SQLException {
		String port = Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim();
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + PORT + path);
	}

	private static void report(String what, long since) {
		System.out.printf(Locale.ROOT, "[faults] %s: %.1f s%n", what, (System.nanoTime() - since) / 1e9);
	}

}
