package org.culturetargets.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real streaming standby of an embedded PostgreSQL, made the way the PostgreSQL manual's "low-level base backup"
 * makes one (the embedded binaries have no pg_basebackup): pg_backup_start, a copy of the data directory,
 * pg_backup_stop's label written as backup_label, then standby.signal and primary_conninfo, with a replication slot
 * keeping the WAL the standby still needs.
 */
final class Standby {

	/** What a base backup leaves out: the running server's files and the WAL, which the standby streams. */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_wal", "pg_replslot",
			"log");

	private Standby() {
	}

	static EmbeddedPostgres of(EmbeddedPostgres primary, Path primaryData, Path standbyData) throws Exception {
		String slot = "standby_" + Math.abs(standbyData.hashCode());
		try (Connection backup = DriverManager.getConnection(primary.getJdbcUrl("postgres", "postgres"));
				Statement sql = backup.createStatement()) {
			sql.execute("select pg_create_physical_replication_slot('" + slot + "', true)");
			sql.execute("select pg_backup_start('standby', true)");
			copy(primaryData, standbyData);
			try (ResultSet stop = sql.executeQuery("select labelfile from pg_backup_stop(false)")) {
				stop.next();
				Files.writeString(standbyData.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
			}
		}
		Files.createFile(standbyData.resolve("standby.signal"));
		Files.writeString(standbyData.resolve("postgresql.auto.conf"), """
				primary_conninfo = 'host=localhost port=%d user=postgres'
				primary_slot_name = '%s'
				""".formatted(primary.getPort(), slot), StandardOpenOption.APPEND);
		return EmbeddedPostgres.builder().setDataDirectory(standbyData).setCleanDataDirectory(false).start();
	}

	static void pauseReplay(EmbeddedPostgres standby) throws SQLException {
		execute(standby, "select pg_wal_replay_pause()");
	}

	static void resumeReplay(EmbeddedPostgres standby) throws SQLException {
		execute(standby, "select pg_wal_replay_resume()");
	}

	private static void execute(EmbeddedPostgres server, String statement) throws SQLException {
		try (Connection c = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
				Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> {
				Path relative = from.relativize(file);
				Path target = to.resolve(relative.toString());
				try {
					if (leftOut(relative) && relative.getNameCount() > 1) {
						return;
					}
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else if (!leftOut(relative)) {
						Files.copy(file, target);
					}
				}
				catch (NoSuchFileException ex) {
					// a server's temporary file, gone between the listing and the copy: a backup leaves it out too
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
		// PostgreSQL refuses a data directory others can read
		Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
	}

	private static boolean leftOut(Path relative) {
		return LEFT_OUT.contains(relative.getName(0).toString());
	}

}
