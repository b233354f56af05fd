package org.culturetargets.portal.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a child JVM by {@link OrphanedServerTest}: starts the embedded PostgreSQL on a data directory, writes
 * a row, says READY and waits to be killed with SIGKILL, as a portal is by {@code kill -9}.
 */
public final class AbandonedServer {

	private AbandonedServer() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.start();
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table survivor (name text); insert into survivor values ('still here')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
