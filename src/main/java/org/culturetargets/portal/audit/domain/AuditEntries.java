package org.culturetargets.portal.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recorded changes as the audit page and its download read them: filtered and paged in SQL, newest first. */
@Component
public class AuditEntries {

	/** The portal's one time zone, in which the filter's days begin and end. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String ENTRIES = """
			select id, actor, occurred_at, subject, action, old_value, new_value, reason from audit.change
			""";

	private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count(AuditFilter filter) {
		return jdbc.sql("select count(*) from audit.change" + filter.where())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	/** Page {@code page} (from 1) of {@code size} entries. */
	public List<AuditEntry> page(AuditFilter filter, int page, int size) {
		return jdbc.sql(ENTRIES + filter.where() + NEWEST_FIRST + " limit ? offset ?")
			.params(filter.params(size, (long) (page - 1) * size))
			.query((rs, row) -> entry(rs))
			.list();
	}

	/** Every action recorded so far, for the filter's choice list. */
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit.change order by action").query(String.class).list();
	}

	/** At most {@code limit} entries, newest first, each handed over as it is read. */
	public void newestFirst(AuditFilter filter, int limit, Consumer<AuditEntry> each) {
		jdbc.sql(ENTRIES + filter.where() + NEWEST_FIRST + " limit ?")
			.params(filter.params(limit))
			.query((ResultSet rs) -> {
				each.accept(entry(rs));
			});
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("subject"), rs.getString("action"), rs.getString("old_value"), rs.getString("new_value"),
				rs.getString("reason"));
	}

}
