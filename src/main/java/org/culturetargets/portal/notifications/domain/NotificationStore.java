package org.culturetargets.portal.notifications.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored notifications, each read only by its recipient. */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new notification's id; empty when one with the same once-key was already sent to the recipient. */
	Optional<Long> insert(String recipient, NotificationKind kind, List<String> arguments, String link, String onceKey,
			boolean demo) {
		return jdbc.sql("""
				insert into notifications.notification (recipient, kind, arguments, link, once_key, demo)
				values (?, ?, ?, ?, ?, ?)
				on conflict (recipient, once_key) do nothing
				returning id
				""")
			.params(recipient, kind.name(), arguments.toArray(String[]::new), link, onceKey, demo)
			.query(Long.class)
			.optional();
	}

	void queueMail(long notificationId, String address) {
		jdbc.sql("insert into notifications.mail (notification_id, address) values (?, ?)")
			.params(notificationId, address)
			.update();
	}

	List<Notification> newestOf(String recipient, int limit) {
		return jdbc.sql("""
				select id, recipient, kind, arguments, link, created_at, read_at from notifications.notification
				where recipient = ? order by created_at desc, id desc limit ?
				""").params(recipient, limit).query(NotificationStore::notification).list();
	}

	Optional<Notification> find(long id) {
		return jdbc.sql("""
				select id, recipient, kind, arguments, link, created_at, read_at from notifications.notification
				where id = ?
				""").param(id).query(NotificationStore::notification).optional();
	}

	long unread(String recipient) {
		return jdbc.sql("select count(*) from notifications.notification where recipient = ? and read_at is null")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	/** Whether the recipient has a notification of this id (read before or now). */
	boolean markRead(String recipient, long id) {
		jdbc.sql("update notifications.notification set read_at = now() where id = ? and recipient = ? and read_at is null")
			.params(id, recipient)
			.update();
		return jdbc.sql("select count(*) from notifications.notification where id = ? and recipient = ?")
			.params(id, recipient)
			.query(Long.class)
			.single() > 0;
	}

	int markAllRead(String recipient) {
		return jdbc.sql("update notifications.notification set read_at = now() where recipient = ? and read_at is null")
			.param(recipient)
			.update();
	}

	static Notification notification(ResultSet rs, int row) throws SQLException {
		Array arguments = rs.getArray("arguments");
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), rs.getString("recipient"), NotificationKind.valueOf(rs.getString("kind")),
				Arrays.asList((String[]) arguments.getArray()), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
	}

}
