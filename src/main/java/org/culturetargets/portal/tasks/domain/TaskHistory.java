package org.culturetargets.portal.tasks.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A task's own history, newest first, as its page shows it. */
@Service
@Transactional(readOnly = true)
public class TaskHistory {

	/** One change of a task: {@code action} is CREATED, ASSIGNED, CLOSED, REOPENED or a REPORT_… of a progress report. */
	public record Event(Instant occurredAt, String actor, String action, String detail) {

		public String messageKey() {
			return "task.event." + action;
		}

	}

	private final JdbcClient jdbc;

	TaskHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Event> of(long taskId) {
		return jdbc.sql("""
				select occurred_at, actor, action, detail from tasks.task_event
				 where task_id = ? order by occurred_at desc, id desc
				""")
			.param(taskId)
			.query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}
