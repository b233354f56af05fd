package org.culturetargets.portal.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.culturetargets.portal.shared.PortalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recorded changes as the audit page and its download read them: filtered and paged in SQL, newest first. */
@Component
public class AuditEntries {

	private static final String ENTRIES = """
			select id, actor, occurred_at, subject, action, old_value, new_value, reason from audit.change
			""";

	private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";

	private final JdbcClient jdbc;

	private final PortalTime time;

	AuditEntries(JdbcClient jdbc, PortalTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	public long count(AuditFilter filter) {
		return jdbc.sql("select count(*) from audit.change" + filter.where())
			.params(filter.params(time.zone()))
			.query(Long.class)
			.single();
	}

	/** Page {@code page} (from 1) of {@code size} entries. */
	public List<AuditEntry> page(AuditFilter filter, int page, int size) {
		return jdbc.sql(ENTRIES + filter.where() + NEWEST_FIRST + " limit ? offset ?")
			.params(filter.params(time.zone(), size, (long) (page - 1) * size))
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
			.params(filter.params(time.zone(), limit))
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
