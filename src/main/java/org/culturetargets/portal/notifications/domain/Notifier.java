package org.culturetargets.portal.notifications.domain;

import java.util.List;

import org.culturetargets.portal.security.Contact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a notification to accounts: into their message centre and, where the account has an e-mail address and
 * e-mail is on, into the outbox ({@link MailOutbox}). The recipients come from {@code AccountDirectory}, which lists
 * only enabled accounts, so a disabled or deleted account is never addressed.
 */
@Service
@Transactional
public class Notifier {

	private final NotificationStore store;

	private final MailOutbox mail;

	Notifier(NotificationStore store, MailOutbox mail) {
		this.store = store;
		this.mail = mail;
	}

	/**
	 * Sends the notification to each recipient that has not had one with this {@code onceKey} ({@code null}: no such
	 * limit); returns how many were sent.
	 */
	public int send(List<Contact> recipients, NotificationKind kind, List<String> arguments, String link, String onceKey) {
		return send(recipients, kind, arguments, link, onceKey, false);
	}

	/** As {@link #send(List, NotificationKind, List, String, String)}; {@code demo} when demo data caused it. */
	public int send(List<Contact> recipients, NotificationKind kind, List<String> arguments, String link, String onceKey,
			boolean demo) {
		int sent = 0;
		for (Contact recipient : recipients) {
			var id = store.insert(recipient.username(), kind, arguments, link, onceKey, demo);
			if (id.isPresent()) {
				sent++;
				if (recipient.email() != null && mail.enabled()) {
					store.queueMail(id.get(), recipient.email());
				}
			}
		}
		return sent;
	}

}
