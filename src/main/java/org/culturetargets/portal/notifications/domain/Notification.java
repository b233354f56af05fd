package org.culturetargets.portal.notifications.domain;

import java.time.Instant;
import java.util.List;

/** One message to one account, as stored: its kind and arguments, not its text. */
public record Notification(long id, String recipient, NotificationKind kind, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	public boolean read() {
		return readAt != null;
	}

}
