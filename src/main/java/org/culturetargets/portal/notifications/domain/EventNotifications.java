package org.culturetargets.portal.notifications.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportCommitted;
import org.culturetargets.portal.reporting.DistrictChased;
import org.culturetargets.portal.reporting.ReportReturned;
import org.culturetargets.portal.reporting.ReportSubmitted;
import org.culturetargets.portal.security.AccountDirectory;
import org.culturetargets.portal.security.Role;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told of what the other modules publish. Synchronous listeners, so that a notification commits with the
 * write it tells of, or not at all (as the audit log does); they only insert rows, and the e-mail goes out later
 * ({@link MailOutbox}), so nothing slow or fallible runs in the writer's transaction.
 */
@Component
class EventNotifications {

	private final Notifier notifier;

	private final AccountDirectory accounts;

	EventNotifications(Notifier notifier, AccountDirectory accounts) {
		this.notifier = notifier;
		this.accounts = accounts;
	}

	/** Reviewers: a report awaits them. */
	@EventListener
	void on(ReportSubmitted event) {
		notifier.send(accounts.withRole(Role.REVIEWER), NotificationKind.REPORT_SUBMITTED,
				List.of(event.areaCode(), event.period().toString(), event.actor()),
				reportLink(event.areaCode(), event.period().toString()), null, event.demo());
	}

	/** The district's staff: their report came back, with the reviewer's comment. */
	@EventListener
	void on(ReportReturned event) {
		notifier.send(accounts.staffOf(event.areaCode()), NotificationKind.REPORT_RETURNED,
				List.of(event.areaCode(), event.period().toString(), event.actor(), event.reason()),
				reportLink(event.areaCode(), event.period().toString()), null, event.demo());
	}

	/** The district's staff: a reviewer urged them (at most once a day, which reporting enforces). */
	@EventListener
	void on(DistrictChased event) {
		notifier.send(accounts.staffOf(event.areaCode()), NotificationKind.CHASED,
				List.of(event.areaCode(), event.period().toString(), event.dueDate().toString(), event.actor()),
				reportLink(event.areaCode(), event.period().toString()), null);
	}

	/** Administrators: data changed through the import centre. */
	@EventListener
	void on(ImportCommitted event) {
		notifier.send(accounts.withRole(Role.ADMIN), NotificationKind.IMPORT_COMMITTED,
				List.of(String.valueOf(event.importId()), event.kind().slug(), event.fileName(),
						String.valueOf(event.created()), String.valueOf(event.changed()), String.valueOf(event.unchanged())),
				"/imports/" + event.importId(), null);
	}

	static String reportLink(String area, String period) {
		return "/reports/" + area + "/" + period;
	}

}
