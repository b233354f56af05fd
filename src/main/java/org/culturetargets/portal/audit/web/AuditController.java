package org.culturetargets.portal.audit.web;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.web.Sheet;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page: every recorded change, newest first, filtered and paged in SQL. Administrators and reviewers
 * (the statistics office that vouches for the figures) read it; officials and district staff do not, as it shows
 * every district's and every user's work.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	/** The most entries a download holds: enough for any review, and a bound on what one request reads. */
	static final int DOWNLOAD_LIMIT = 10_000;

	private static final String ENTRIES = """
			select id, actor, occurred_at, subject, action, old_value, new_value, reason from audit.change
			""";

	private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AuditController(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale, HttpServletResponse response) {
		if (!mayRead()) {
			return forbidden(model, locale, response);
		}
		if (page < 1) {
			throw new IllegalArgumentException("page must be 1 or more: " + page);
		}
		Filter filter = Filter.of(actor, subject, action, from, to);
		long total = jdbc.sql("select count(*) from audit.change" + filter.where()).params(filter.params()).query(Long.class).single();
		List<Entry> entries = jdbc.sql(ENTRIES + filter.where() + NEWEST_FIRST + " limit ? offset ?")
			.params(filter.params(PAGE_SIZE, (long) (page - 1) * PAGE_SIZE))
			.query((rs, row) -> entry(rs))
			.list();
		model.addAttribute("entries", entries);
		model.addAttribute("actions", jdbc.sql("select distinct action from audit.change order by action").query(String.class).list());
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("zone", CHINA);
		return "audit/audit";
	}

	/**
	 * The entries the page's filters select, newest first, as {@code ?format=csv} or {@code xlsx}; at most
	 * {@link #DOWNLOAD_LIMIT}, and when there are more the file's last row says so. Returns a view only when refused.
	 */
	@GetMapping(path = "/audit", params = "format")
	String auditSheet(@RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam String format, Model model, Locale locale, HttpServletResponse response) throws IOException {
		if (!mayRead()) {
			return forbidden(model, locale, response);
		}
		Filter filter = Filter.of(actor, subject, action, from, to);
		List<String> header = List.of("when", "actor", "subject", "action", "oldValue", "newValue", "reason")
			.stream()
			.map(column -> messages.getMessage("audit." + column, null, locale))
			.toList();
		Sheet sheet = new Sheet("audit", header, row -> {
			int[] count = { 0 };
			jdbc.sql(ENTRIES + filter.where() + NEWEST_FIRST + " limit ?")
				.params(filter.params(DOWNLOAD_LIMIT + 1))
				.query((ResultSet rs) -> {
					if (++count[0] > DOWNLOAD_LIMIT) {
						row.accept(List.of(messages.getMessage("audit.export.capped", new Object[] { DOWNLOAD_LIMIT }, locale)));
						return;
					}
					Entry e = entry(rs);
					row.accept(Arrays.asList(WHEN.format(e.occurredAt()), e.actor(), e.subject(),
							messages.getMessage("audit.action." + e.action().replace(' ', '_'), null, e.action(), locale),
							e.oldValue(), e.newValue(), e.reason()));
				});
		});
		sheet.download("audit", format, response);
		return null;
	}

	/** Administrators and reviewers (the statistics office that vouches for the figures). */
	private static boolean mayRead() {
		Role role = PortalUser.current().map(PortalUser::role).orElse(null);
		return role == Role.ADMIN || role == Role.REVIEWER;
	}

	private String forbidden(Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("titleKey", "audit.forbidden.title");
		model.addAttribute("problem", messages.getMessage("audit.forbidden.text", null, locale));
		return "error/problem";
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("subject"), rs.getString("action"), rs.getString("old_value"), rs.getString("new_value"),
				rs.getString("reason"));
	}

	/** The page's filters as SQL conditions, with their parameters in order. */
	private record Filter(String where, List<Object> params) {

		static Filter of(String actor, String subject, String action, LocalDate from, LocalDate to) {
			StringBuilder where = new StringBuilder(" where true");
			List<Object> params = new ArrayList<>();
			if (hasText(actor)) {
				where.append(" and actor = ?");
				params.add(actor.trim());
			}
			if (hasText(subject)) {
				where.append(" and subject ilike ? escape '\\'");
				params.add("%" + subject.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			if (hasText(action)) {
				where.append(" and action = ?");
				params.add(action.trim());
			}
			if (from != null) {
				where.append(" and occurred_at >= ?");
				params.add(Timestamp.from(from.atStartOfDay(CHINA).toInstant()));
			}
			if (to != null) {
				where.append(" and occurred_at < ?");
				params.add(Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant()));
			}
			return new Filter(where.toString(), params);
		}

		/** The filter's parameters followed by {@code more} (a limit, an offset). */
		List<Object> params(Object... more) {
			List<Object> all = new ArrayList<>(params);
			all.addAll(Arrays.asList(more));
			return all;
		}

		private static boolean hasText(String text) {
			return text != null && !text.isBlank();
		}

	}

	record Entry(long id, String actor, Instant occurredAt, String subject, String action, String oldValue,
			String newValue, String reason) {
	}

}
