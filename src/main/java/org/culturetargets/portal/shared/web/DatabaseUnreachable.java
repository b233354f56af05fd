package org.culturetargets.portal.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (no connection within the pool's timeout, the server gone or shutting down
 * mid-request) from every other error: the former is a 503 saying "try again shortly", the latter stays what it was.
 */
public final class DatabaseUnreachable {

	/** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
	public static final String RETRY_AFTER_SECONDS = "10";

	private DatabaseUnreachable() {
	}

	/** The API's answer (RFC 9457). */
	public static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database cannot be reached at the moment. Try again shortly.");
		problem.setTitle("Database unreachable");
		return problem;
	}

	/** Whether {@code failure} or any of its causes says the database could not be reached. */
	public static boolean isCauseOf(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException
					|| t instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByThePool(sql))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The pool closes a connection the server dropped; the rollback that follows then fails with this (no SQLSTATE)
	 * and replaces the original error in the transaction interceptor.
	 */
	private static boolean closedByThePool(SQLException e) {
		StackTraceElement[] trace = e.getStackTrace();
		return "Connection is closed".equals(e.getMessage()) && trace.length > 0
				&& trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

	/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down, crashed, not yet accepting). */
	private static boolean connectionLost(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
