package org.culturetargets.portal.audit.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;

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

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
		Role role = PortalUser.current().map(PortalUser::role).orElse(null);
		if (role != Role.ADMIN && role != Role.REVIEWER) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("titleKey", "audit.forbidden.title");
			model.addAttribute("problem", messages.getMessage("audit.forbidden.text", null, locale));
			return "error/problem";
		}
		if (page < 1) {
			throw new IllegalArgumentException("page must be 1 or more: " + page);
		}
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
		long total = jdbc.sql("select count(*) from audit.change" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(PAGE_SIZE);
		pageParams.add((long) (page - 1) * PAGE_SIZE);
		List<Entry> entries = jdbc.sql("""
				select id, actor, occurred_at, subject, action, old_value, new_value, reason from audit.change
				""" + where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("actor"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("subject"), rs.getString("action"),
					rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason")))
			.list();
		model.addAttribute("entries", entries);
		model.addAttribute("actions", jdbc.sql("select distinct action from audit.change order by action").query(String.class).list());
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("zone", CHINA);
		return "audit/audit";
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	record Entry(long id, String actor, Instant occurredAt, String subject, String action, String oldValue,
			String newValue, String reason) {
	}

}
