package org.culturetargets.portal.notifications.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.security.AccountDirectory;
import org.culturetargets.portal.security.Contact;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail, the second channel. Off unless {@code spring.mail.host} is set (Boot then offers a {@link JavaMailSender}).
 * Messages wait in {@code notifications.mail} and are sent by this job, outside the write that caused them: a
 * failing mail server never holds up or undoes a save, a submission or an import. A failure is logged and retried
 * after 1, 2, 4 … minutes (at most a day) up to {@code portal.notifications.mail-attempts} times; the message stays
 * in the portal whatever happens. Each mail is plain text (no markup from anyone's input), in the recipient's
 * language, with the link to the page it concerns.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final int BATCH = 50;

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcClient jdbc;

	private final NotificationTexts texts;

	private final AccountDirectory accounts;

	private final String baseUrl;

	private final String from;

	private final int maxAttempts;

	private final TransactionTemplate transactions;

	MailOutbox(ObjectProvider<JavaMailSender> sender, JdbcClient jdbc, PlatformTransactionManager transactionManager, NotificationTexts texts, AccountDirectory accounts,
			@Value("${portal.base-url:http://localhost:8080}") String baseUrl,
			@Value("${portal.notifications.mail-from:noreply@culture-targets.local}") String from,
			@Value("${portal.notifications.mail-attempts:10}") int maxAttempts) {
		this.sender = sender;
		this.jdbc = jdbc;
		this.texts = texts;
		this.accounts = accounts;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		this.maxAttempts = maxAttempts;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	boolean enabled() {
		return sender.getIfAvailable() != null;
	}

	/**
	 * Sends what is due, on one node at a time; returns how many mails went out, or empty when another node holds
	 * the lock.
	 */
	@Scheduled(fixedDelayString = "${portal.notifications.mail-interval:PT1M}", initialDelayString = "${portal.notifications.mail-interval:PT1M}")
	@SchedulerLock(name = "notifications-mail", lockAtMostFor = "PT10M")
	public Optional<Integer> deliver() {
		JavaMailSender mailer = sender.getIfAvailable();
		if (mailer == null) {
			return Optional.of(0);
		}
		// the batch's rows stay locked while it is sent; the job's lock is taken outside this transaction, so that
		// another node finds it held rather than waiting for this transaction
		return Optional.of(transactions.execute(status -> deliver(mailer)));
	}

	private int deliver(JavaMailSender mailer) {
		record Pending(long id, String address, int attempts, Notification notification) {
		}
		List<Pending> due = jdbc.sql("""
				select m.id as mail_id, m.address, m.attempts,
				    n.id, n.recipient, n.kind, n.arguments, n.link, n.created_at, n.read_at
				from notifications.mail m join notifications.notification n on n.id = m.notification_id
				where m.sent_at is null and m.dropped_at is null and m.next_attempt_at <= now()
				order by m.next_attempt_at, m.id limit ? for update of m skip locked
				""").param(BATCH).query((rs, row) -> new Pending(rs.getLong("mail_id"), rs.getString("address"),
						rs.getInt("attempts"), NotificationStore.notification(rs, row))).list();
		int sent = 0;
		for (Pending mail : due) {
			Optional<Contact> recipient = accounts.active(mail.notification().recipient());
			if (recipient.isEmpty()) {
				drop(mail.id(), "account disabled or deleted");
				continue;
			}
			try {
				mailer.send(message(mail.address(), mail.notification(), recipient.get()));
				jdbc.sql("update notifications.mail set sent_at = now(), attempts = attempts + 1 where id = ?").param(mail.id()).update();
				sent++;
			}
			catch (MailException e) {
				failed(mail.id(), mail.attempts() + 1, e);
			}
		}
		return sent;
	}

	private SimpleMailMessage message(String address, Notification notification, Contact recipient) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject(texts.subject(notification, recipient.language()));
		message.setText(texts.text(notification, recipient.language())
				+ (notification.link() == null ? "" : "\n\n" + baseUrl + notification.link()) + "\n");
		return message;
	}

	private void failed(long id, int attempts, MailException e) {
		String error = String.valueOf(e.getMessage());
		error = error.length() > 500 ? error.substring(0, 500) : error;
		if (attempts >= maxAttempts) {
			log.error("Mail {} not sent after {} attempts, given up (the message stays in the portal): {}", id, attempts, error);
			jdbc.sql("update notifications.mail set attempts = ?, last_error = ?, dropped_at = now() where id = ?")
				.params(attempts, error, id)
				.update();
			return;
		}
		Duration wait = Duration.ofMinutes(Math.min(1L << Math.min(attempts - 1, 20), Duration.ofDays(1).toMinutes()));
		log.warn("Mail {} not sent (attempt {}), retried in {}: {}", id, attempts, wait, error);
		jdbc.sql("""
				update notifications.mail set attempts = ?, last_error = ?, next_attempt_at = now() + ? * interval '1 second'
				where id = ?
				""").params(attempts, error, wait.toSeconds(), id).update();
	}

	private void drop(long id, String why) {
		log.info("Mail {} dropped: {}", id, why);
		jdbc.sql("update notifications.mail set dropped_at = now(), last_error = ? where id = ?").params(why, id).update();
	}

}
