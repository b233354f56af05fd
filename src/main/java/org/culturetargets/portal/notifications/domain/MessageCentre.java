package org.culturetargets.portal.notifications.domain;

import java.util.List;

import org.culturetargets.portal.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own notifications: newest first, how many are unread, marking them read. */
@Service
@Transactional
public class MessageCentre {

	/** The most a list shows: older messages stay stored, the list is for what is recent. */
	public static final int LIST_SIZE = 200;

	private final NotificationStore store;

	MessageCentre(NotificationStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<Notification> newest(String username) {
		return store.newestOf(username, LIST_SIZE);
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return store.unread(username);
	}

	/** Marks one of the user's notifications read; another user's, or none, is not found. */
	public void markRead(String username, long id) {
		if (!store.markRead(username, id)) {
			throw new NotFoundException("notification", id);
		}
	}

	public int markAllRead(String username) {
		return store.markAllRead(username);
	}

}
