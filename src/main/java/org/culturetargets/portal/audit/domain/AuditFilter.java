package org.culturetargets.portal.audit.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the audit page filters by: an actor, part of a subject, an action, and a range of days in the portal's time
 * zone; empty criteria select everything.
 */
public record AuditFilter(String actor, String subject, String action, LocalDate from, LocalDate to) {

	/** The criteria as SQL conditions. */
	String where() {
		StringBuilder where = new StringBuilder(" where true");
		if (hasText(actor)) {
			where.append(" and actor = ?");
		}
		if (hasText(subject)) {
			where.append(" and subject ilike ? escape '\\'");
		}
		if (hasText(action)) {
			where.append(" and action = ?");
		}
		if (from != null) {
			where.append(" and occurred_at >= ?");
		}
		if (to != null) {
			where.append(" and occurred_at < ?");
		}
		return where.toString();
	}

	/** The conditions' parameters in order (days beginning in {@code zone}), followed by {@code more} (a limit, an offset). */
	List<Object> params(ZoneId zone, Object... more) {
		List<Object> params = new ArrayList<>();
		if (hasText(actor)) {
			params.add(actor.trim());
		}
		if (hasText(subject)) {
			params.add("%" + subject.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (hasText(action)) {
			params.add(action.trim());
		}
		if (from != null) {
			params.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
		}
		if (to != null) {
			params.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		}
		params.addAll(Arrays.asList(more));
		return params;
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
