package org.culturetargets.portal.imports.domain;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows read so far by uploads being previewed, by the token the page sent with the file, in the database
 * ({@code imports.upload_progress}): the page's polls may reach another portal node than the one reading the file.
 * Each write is a transaction of its own, beside the preview's, so that the count is seen while the preview's
 * transaction is still open. A token is answered only to the user who uploaded it.
 */
@Component
public class UploadProgress {

	/** As long as {@code imports.upload_progress.token} is; the page sends a UUID. */
	private static final int MAX_TOKEN = 64;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	UploadProgress(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether progress can be kept under this token (a page without script sends none). */
	public static boolean trackable(String token) {
		return token != null && !token.isBlank() && token.length() <= MAX_TOKEN;
	}

	/** An upload starts; rows that a node which died while reading left for more than a day go. */
	public void started(String token, String user) {
		ownTransaction.executeWithoutResult(status -> {
			jdbc.sql("delete from imports.upload_progress where updated_at < now() - interval '1 day'").update();
			write(token, user, 0);
		});
	}

	public void read(String token, String user, int rows) {
		ownTransaction.executeWithoutResult(status -> write(token, user, rows));
	}

	private void write(String token, String user, int rows) {
		jdbc.sql("""
				insert into imports.upload_progress (token, uploaded_by, rows) values (?, ?, ?)
				on conflict (token) do update set rows = excluded.rows, updated_at = now()
				where imports.upload_progress.uploaded_by = excluded.uploaded_by
				""").params(token, user, rows).update();
	}

	public void ended(String token) {
		ownTransaction.executeWithoutResult(
				status -> jdbc.sql("delete from imports.upload_progress where token = ?").param(token).update());
	}

	/** Rows read so far by the user's upload of that token; empty once it has ended, or for another user. */
	public Optional<Integer> rows(String token, String user) {
		if (!trackable(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select rows from imports.upload_progress where token = ? and uploaded_by = ?")
			.params(token, user)
			.query(Integer.class)
			.optional();
	}

}
