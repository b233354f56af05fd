package org.culturetargets.portal.database;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Where the standby must have replayed to before it may serve a read: the primary's WAL position after this node's
 * latest committed write. Every cache is refilled after a write, so a refill from a standby short of that position
 * would keep the old figures under the new data version; waiting for it gives every reader on this node, and so
 * the writer too, what has been written.
 */
class ReplayPosition implements TransactionExecutionListener {

	private final JdbcTemplate primary;

	private final AtomicLong written = new AtomicLong();

	private final AtomicLong replayed = new AtomicLong();

	ReplayPosition(DataSource primary) {
		this.primary = new JdbcTemplate(primary);
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		if (failure == null && !transaction.isReadOnly()) {
			// The insert position is past the commit record even before an asynchronous commit reaches the disk.
			Long position = this.primary.queryForObject("select (pg_current_wal_insert_lsn() - '0/0')::bigint",
					Long.class);
			this.written.accumulateAndGet(position, Math::max);
		}
	}

	long written() {
		return this.written.get();
	}

	boolean replayed(long position) {
		return this.replayed.accumulateAndGet(position, Math::max) >= this.written.get();
	}

	boolean caughtUp() {
		return this.replayed.get() >= this.written.get();
	}

}
