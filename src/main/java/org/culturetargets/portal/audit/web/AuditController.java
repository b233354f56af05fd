package org.culturetargets.portal.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.culturetargets.portal.audit.domain.AuditEntries;
import org.culturetargets.portal.audit.domain.AuditEntry;
import org.culturetargets.portal.audit.domain.AuditFilter;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.shared.web.Sheet;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page: every recorded change, newest first, filtered and paged by {@link AuditEntries}. Administrators and reviewers
 * (the statistics office that vouches for the figures) read it; officials and district staff do not, as it shows
 * every district's and every user's work.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	/** The most entries a download holds: enough for any review, and a bound on what one request reads. */
	static final int DOWNLOAD_LIMIT = 10_000;

	private final AuditEntries entries;

	private final MessageSource messages;

	private final PortalTime time;

	private final AuditWords words;

	AuditController(AuditEntries entries, MessageSource messages, PortalTime time, AuditWords words) {
		this.entries = entries;
		this.words = words;
		this.messages = messages;
		this.time = time;
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
		AuditFilter filter = new AuditFilter(actor, subject, words.codesNamed(subject), action, from, to);
		long total = entries.count(filter);
		model.addAttribute("entries",
				entries.page(filter, page, PAGE_SIZE).stream().map(e -> words.of(e, locale)).toList());
		model.addAttribute("actions", entries.actions());
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
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
		AuditFilter filter = new AuditFilter(actor, subject, words.codesNamed(subject), action, from, to);
		List<String> header = List.of("when", "actor", "subject", "action", "oldValue", "newValue", "reason")
			.stream()
			.map(column -> messages.getMessage("audit." + column, null, locale))
			.toList();
		Sheet sheet = new Sheet("audit", header, row -> {
			int[] count = { 0 };
			entries.newestFirst(filter, DOWNLOAD_LIMIT + 1, e -> {
				if (++count[0] > DOWNLOAD_LIMIT) {
					row.accept(List.of(messages.getMessage("audit.export.capped", new Object[] { DOWNLOAD_LIMIT }, locale)));
					return;
				}
				AuditEntry shown = words.of(e, locale);
				row.accept(Arrays.asList(time.local(e.occurredAt()), e.actor(), shown.subject(),
						messages.getMessage("audit.action." + e.action().replace(' ', '_'), null, e.action(), locale),
						shown.oldValue(), shown.newValue(), e.reason()));
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

}
