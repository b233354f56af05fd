package org.culturetargets.portal.notifications.web;

import java.time.Instant;
import java.util.List;

import org.culturetargets.portal.notifications.domain.Notification;

/**
 * A notification as the page and the API show it: its text in the reader's language, and its kind and arguments
 * for a client that renders its own.
 */
record NotificationJson(long id, String kind, List<String> arguments, String text, String link, Instant createdAt,
		boolean read) {

	static NotificationJson of(Notification notification, String text) {
		return new NotificationJson(notification.id(), notification.kind().name(), notification.arguments(), text,
				notification.link(), notification.createdAt(), notification.read());
	}

}
