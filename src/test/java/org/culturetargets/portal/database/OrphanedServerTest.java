package org.culturetargets.portal.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

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
	void theNextStartStopsTheServerLeftBehindAndKeepsTheData() throws Exception {
		// The server of a "killed" portal: started, never closed, no shutdown hook to save it.
		EmbeddedPostgres orphan = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try (Connection c = orphan.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table survivor (name text); insert into survivor values ('still here')");
		}
		long orphanPid = OrphanedServer.find(dataDirectory).orElseThrow().pid();

		EmbeddedPostgres restarted = new EmbeddedDatabaseAutoConfiguration()
			.embeddedPostgres(new EmbeddedDatabaseProperties(dataDirectory, false));
		try (Connection c = restarted.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select name from survivor")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("still here");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(OrphanedServer.find(dataDirectory).orElseThrow().pid()).isNotEqualTo(orphanPid);
		}
		finally {
			restarted.close();
		}
	}

	@Test
	void aStalePidFileOfAnotherProgramIsLeftAlone() throws Exception {
		java.nio.file.Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
		assertThat(OrphanedServer.find(dataDirectory)).isEmpty();
	}

}
