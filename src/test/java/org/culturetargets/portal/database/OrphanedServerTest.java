package org.culturetargets.portal.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal killed with {@code kill -9} leaves its PostgreSQL running on the data directory. The next start finds
 * that server through {@code postmaster.pid}, stops it, and comes up on the first try with the data intact.
 */
class OrphanedServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void theNextStartStopsTheServerLeftBehindByAKilledJvmAndKeepsTheData() throws Exception {
		Process portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbandonedServer.class.getName(), dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("READY")) {
				// start-up logging of the child
			}
			assertThat(line).as("the child JVM started its server").isEqualTo("READY");
		}
		long orphanPid = OrphanedServer.find(dataDirectory).orElseThrow().pid();
		portal.destroyForcibly();
		assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
			.as("PostgreSQL outlives the killed JVM")
			.isTrue();

		EmbeddedPostgres restarted = new EmbeddedDatabaseAutoConfiguration()
			.embeddedPostgres(new EmbeddedDatabaseProperties(dataDirectory, false));
		try (Connection c = restarted.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select name from survivor")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("still here");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			restarted.close();
		}
	}

	@Test
	void aPidFileNamingAnotherProgramIsLeftAlone() throws Exception {
		Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
		assertThat(OrphanedServer.find(dataDirectory)).isEmpty();
	}

	@Test
	void noPidFileMeansNothingToStop() throws Exception {
		assertThat(OrphanedServer.find(dataDirectory)).isEmpty();
	}

}
