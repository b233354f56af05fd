package org.culturetargets.portal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a portal that was killed ({@code kill -9}): the
 * postmaster is a separate process and outlives the JVM, and its {@code postmaster.pid} makes the next start
 * fail. Found through that file and stopped before the embedded server starts again.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final Duration SMART_SHUTDOWN = Duration.ofSeconds(30);

	private OrphanedServer() {
	}

	/** Stops the server that {@code dataDirectory/postmaster.pid} names, if one is still alive. */
	static void stopIfRunning(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> postmaster = find(dataDirectory);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}: stopping it", process.pid(), dataDirectory);
		// SIGTERM is PostgreSQL's smart shutdown: its only clients died with the old JVM, so it ends at once.
		process.destroy();
		if (!waitForExit(process, SMART_SHUTDOWN)) {
			log.warn("PostgreSQL (pid {}) did not stop within {}s: killing it; it recovers from its WAL on start",
					process.pid(), SMART_SHUTDOWN.toSeconds());
			process.destroyForcibly();
			waitForExit(process, SMART_SHUTDOWN);
		}
	}

	static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).trim());
		// A stale file whose pid was reused by another program must not make us kill that program.
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedServer::isPostgres);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return !process.isAlive();
			}
		}
		return !process.isAlive();
	}

}
