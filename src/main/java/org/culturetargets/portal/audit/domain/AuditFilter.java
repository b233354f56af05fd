package org.culturetargets.portal.audit.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the audit page filters by: an actor, part of a subject, an action, and a range of days in the portal's time
 * zone; empty criteria select everything. {@code subjectCodes} are the codes the typed subject names (西湖区 names
 * 330106): the stored subjects are in the modules' terms, so an entry matches the typed text or any of them.
 */
public record AuditFilter(String actor, String subject, List<String> subjectCodes, String action, LocalDate from,
		LocalDate to) {

	public AuditFilter {
		subjectCodes = hasText(subject) && subjectCodes != null ? List.copyOf(subjectCodes) : List.of();
	}

	public AuditFilter(String actor, String subject, String action, LocalDate from, LocalDate to) {
		this(actor, subject, List.of(), action, from, to);
	}

	/** The criteria as SQL conditions. */
	String where() {
		StringBuilder where = new StringBuilder(" where true");
		if (hasText(actor)) {
			where.append(" and actor = ?");
		}
		if (hasText(subject)) {
			where.append(" and (subject ilike ? escape '\\'")
				.append(" or subject ilike ? escape '\\'".repeat(subjectCodes.size()))
				.append(")");
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
			params.add(containing(subject.trim()));
			subjectCodes.forEach(code -> params.add(containing(code)));
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

	private static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
