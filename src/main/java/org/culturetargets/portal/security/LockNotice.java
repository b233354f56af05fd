package org.culturetargets.portal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Failed logins locked an account for logins from one address: shown to its holder until dismissed, and to the
 * administrators on the user list. {@code seenAt} is when the holder dismissed it.
 */
public record LockNotice(long id, String username, String address, int failures, Instant lockedAt,
		Instant lockedUntil, Instant seenAt) {

	static final String SELECT = "select id, username, address, failures, locked_at, locked_until, seen_at from security.lock_notice";

	static LockNotice of(ResultSet rs, int row) throws SQLException {
		Timestamp seen = rs.getTimestamp("seen_at");
		return new LockNotice(rs.getLong("id"), rs.getString("username"), rs.getString("address"), rs.getInt("failures"),
				rs.getTimestamp("locked_at").toInstant(), rs.getTimestamp("locked_until").toInstant(),
				seen == null ? null : seen.toInstant());
	}

}
