package org.culturetargets.portal.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Connections to the standby, handed out once it has replayed this node's last write ({@link ReplayPosition});
 * while it lags, a connection waits for it at most {@code catchUpWait}, then the primary serves the read.
 */
class CaughtUpReplica extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(CaughtUpReplica.class);

	private static final long POLL_MILLIS = 5;

	private final DataSource primary;

	private final ReplayPosition position;

	private final Duration catchUpWait;

	CaughtUpReplica(DataSource replica, DataSource primary, ReplayPosition position, Duration catchUpWait) {
		super(replica);
		this.primary = primary;
		this.position = position;
		this.catchUpWait = catchUpWait;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (this.position.caughtUp()) {
			return obtainTargetDataSource().getConnection();
		}
		Connection replica = obtainTargetDataSource().getConnection();
		try {
			long deadline = System.nanoTime() + this.catchUpWait.toNanos();
			while (!this.position.replayed(replayPosition(replica))) {
				if (System.nanoTime() > deadline) {
					replica.close();
					log.debug("The standby is behind this node's last write after {}: reading from the primary",
							this.catchUpWait);
					return this.primary.getConnection();
				}
				Thread.sleep(POLL_MILLIS);
			}
			return replica;
		}
		catch (InterruptedException ex) {
			replica.close();
			Thread.currentThread().interrupt();
			return this.primary.getConnection();
		}
		catch (SQLException | RuntimeException ex) {
			replica.close();
			throw ex;
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	/** 0 on a server that is not in recovery: no position is ever reached, so such a "replica" is never read. */
	private static long replayPosition(Connection replica) throws SQLException {
		try (Statement statement = replica.createStatement();
				ResultSet result = statement
					.executeQuery("select coalesce((pg_last_wal_replay_lsn() - '0/0')::bigint, 0)")) {
			result.next();
			return result.getLong(1);
		}
	}

}
