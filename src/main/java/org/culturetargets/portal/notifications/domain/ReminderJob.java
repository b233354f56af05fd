package org.culturetargets.portal.notifications.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.reporting.ReportingSchedule;
import org.culturetargets.portal.security.AccountDirectory;
import org.culturetargets.portal.security.Contact;
import org.culturetargets.portal.shared.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells district staff where the reporting calendar stands, once a day (08:00 Beijing time by default): that the
 * quarter is open (until a week before its due date), that the due date is a week away or less, that it has passed
 * (until the quarter closes). A district that has handed the report in hears nothing more. Each reminder goes to
 * each account at most once per quarter and kind (the notification's once-key), so the job may run again, be
 * restarted or run late without repeating itself; and it runs on one node at a time (ShedLock on
 * {@code notifications.shedlock}).
 */
@Component
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReportingSchedule schedule;

	private final AccountDirectory accounts;

	private final Notifier notifier;

	private final int dueSoonDays;

	ReminderJob(ReportingSchedule schedule, AccountDirectory accounts, Notifier notifier,
			@Value("${portal.notifications.due-soon-days:7}") int dueSoonDays) {
		this.schedule = schedule;
		this.accounts = accounts;
		this.notifier = notifier;
		this.dueSoonDays = dueSoonDays;
	}

	/**
	 * Sends today's reminders; returns how many were sent, or empty when another run (on this or another node) holds
	 * the lock. The lock is kept a minute at least, so that nodes whose clocks differ a little do not run one after
	 * the other.
	 */
	@Scheduled(cron = "${portal.notifications.reminder-cron:0 0 8 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "notifications-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public Optional<Integer> run() {
		int sent = remind(schedule.today());
		log.info("Reporting reminders: {} sent", sent);
		return Optional.of(sent);
	}

	/**
	 * The reminders due on {@code day} (not locked: {@link #run()} is the job). Each recipient's notification commits
	 * on its own; a run cut short is completed by the next, which skips what was sent.
	 */
	public int remind(LocalDate day) {
		Period quarter = schedule.quarterReportedOn(day);
		LocalDate due = schedule.dueDate(quarter);
		if (day.isBefore(schedule.opensOn(quarter)) || day.isAfter(schedule.lastOpenDay(quarter))) {
			return 0;
		}
		NotificationKind kind = day.isAfter(due) ? NotificationKind.OVERDUE
				: day.isBefore(due.minusDays(dueSoonDays)) ? NotificationKind.QUARTER_OPENED : NotificationKind.DUE_SOON;
		Set<String> handedIn = schedule.handedIn(quarter);
		int sent = 0;
		for (String district : schedule.districts()) {
			if (handedIn.contains(district)) {
				continue;
			}
			List<Contact> staff = accounts.staffOf(district);
			sent += notifier.send(staff, kind, List.of(district, quarter.toString(), due.toString()),
					EventNotifications.reportLink(district, quarter.toString()), kind.name() + " " + quarter);
		}
		return sent;
	}

}
