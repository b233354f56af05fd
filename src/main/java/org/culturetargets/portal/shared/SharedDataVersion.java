package org.culturetargets.portal.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@link DataVersion} equal on every portal node: the transaction that publishes {@link DataChanged} advances
 * {@code shared.data_version} and sends {@code NOTIFY data_version} with the new number, both delivered when it
 * commits; every node LISTENs on a connection of its own and takes the numbers it hears. A node whose listening
 * connection broke (a restart of the database, a terminated backend) misses notifications until it reconnects, so
 * each node also reads the row every {@code portal.data-version.poll-interval}: a change committed anywhere reaches
 * every node within that interval at worst, within milliseconds as a rule.
 */
@Component
class SharedDataVersion implements SmartLifecycle {

	static final String CHANNEL = "data_version";

	/** The name the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "portal data version";

	private static final Logger log = LoggerFactory.getLogger(SharedDataVersion.class);

	/** How long one wait for notifications lasts, so that a stop is noticed. */
	private static final int WAIT_MILLIS = 500;

	/** A listening connection silent for this long is asked for the version, which also finds it dead. */
	private static final long CHECK_NANOS = Duration.ofSeconds(10).toNanos();

	private final DataVersion version;

	private final JdbcClient jdbc;

	private final JdbcConnectionDetails database;

	private final Duration pollInterval;

	private final Duration reconnectDelay;

	private volatile boolean running;

	private Thread listener;

	private ScheduledExecutorService poller;

	private volatile boolean pollFailing;

	SharedDataVersion(DataVersion version, JdbcClient jdbc, JdbcConnectionDetails database,
			@Value("${portal.data-version.poll-interval:500ms}") Duration pollInterval,
			@Value("${portal.data-version.reconnect-delay:1s}") Duration reconnectDelay) {
		this.version = version;
		this.jdbc = jdbc;
		this.database = database;
		this.pollInterval = pollInterval;
		this.reconnectDelay = reconnectDelay;
	}

	/**
	 * Advances the shared version once per transaction, just before it commits (so the row is locked only for the
	 * commit itself), and this node's own as soon as it has; outside a transaction at once.
	 */
	@EventListener
	void changed(DataChanged change) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			version.seen(advance());
			return;
		}
		if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(Advance.class::isInstance)) {
			TransactionSynchronizationManager.registerSynchronization(new Advance());
		}
	}

	/**
	 * The start-up runners (demo registry, demo reports, the removal of demo data outside demo mode) write without
	 * events while the server already answers; the other nodes must not keep what they computed before.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		version.seen(advance());
	}

	private long advance() {
		return jdbc.sql("""
				with advanced as (update shared.data_version set version = version + 1 returning version)
				select version, pg_notify('data_version', version::text) from advanced
				""").query((row, number) -> row.getLong(1)).single();
	}

	private final class Advance implements TransactionSynchronization {

		private long advanced;

		@Override
		public void beforeCommit(boolean readOnly) {
			advanced = advance();
		}

		@Override
		public void afterCommit() {
			version.seen(advanced);
		}

	}

	/** The fallback: what the row says, through the pool, whatever became of the listening connection. */
	void poll() {
		try {
			version.seen(jdbc.sql("select version from shared.data_version").query(Long.class).single());
			if (pollFailing) {
				log.info("Data version read again");
				pollFailing = false;
			}
		}
		catch (RuntimeException e) {
			if (!pollFailing) {
				log.warn("Data version not read: {}", e.getMessage());
				pollFailing = true;
			}
		}
	}

	private void listen() {
		boolean failing = false;
		while (running) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				// what was committed before this connection listened
				version.seen(current(connection));
				if (failing) {
					log.info("Listening to data version changes again");
					failing = false;
				}
				PGConnection notifications = connection.unwrap(PGConnection.class);
				long checked = System.nanoTime();
				while (running) {
					for (PGNotification notification : notifications.getNotifications(WAIT_MILLIS)) {
						version.seen(Long.parseLong(notification.getParameter()));
					}
					if (System.nanoTime() - checked > CHECK_NANOS) {
						version.seen(current(connection));
						checked = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running && !failing) {
					log.warn("Not listening to data version changes ({}); polling every {} until reconnected",
							e.getMessage(), pollInterval);
					failing = true;
				}
			}
			if (running) {
				sleep(reconnectDelay);
			}
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (database.getUsername() != null) {
			properties.setProperty("user", database.getUsername());
		}
		if (database.getPassword() != null) {
			properties.setProperty("password", database.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("tcpKeepAlive", "true");
		Connection connection = DriverManager.getConnection(database.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	private static long current(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select version from shared.data_version")) {
			row.next();
			return row.getLong(1);
		}
	}

	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		poller = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "data-version-poll"));
		poller.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
				TimeUnit.MILLISECONDS);
		listener = daemon(this::listen, "data-version-listener");
		listener.start();
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void stop() {
		running = false;
		poller.shutdownNow();
		// the listener notices within one wait and closes its connection itself
		try {
			listener.join(2 * WAIT_MILLIS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Started before the web server and stopped after it, so that requests finishing at shutdown are served right. */
	@Override
	public int getPhase() {
		return 0;
	}

}
