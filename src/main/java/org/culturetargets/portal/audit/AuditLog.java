package org.culturetargets.portal.audit;

import java.sql.Timestamp;

import org.culturetargets.portal.shared.AuditedChange;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditedChange} any module publishes. A plain synchronous {@code @EventListener}, not an
 * {@code @ApplicationModuleListener}: the latter runs after the publisher's transaction commits, in a transaction
 * of its own, so a write could commit and its audit entry be lost (or the entry written for a write that rolled
 * back). Here the entry is inserted in the publisher's transaction: both commit, or neither.
 */
@Component
class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AuditedChange change) {
		jdbc.sql("""
				insert into audit.change (actor, occurred_at, subject, action, old_value, new_value, reason, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(change.actor(), Timestamp.from(change.occurredAt()), change.subject(), change.action(),
					change.oldValue(), change.newValue(), change.reason(), change.demo())
			.update();
	}

}
