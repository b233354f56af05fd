package org.culturetargets.portal.tasks.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.MilestoneView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Approved progress reports as the status rules see them: per task the days progress was reported (an approved
 * report counts from the day it was submitted) and the milestones reported reached, each with the day its report was
 * approved, so that a status as of an earlier day ignores a later approval. Only the latest approved revision of a
 * unit's quarter counts: a correction replaces what it corrects.
 */
@Component
class ApprovedProgress {

	private static final String LATEST_APPROVED = """
			 r.task_id = any(?) and r.status = 'APPROVED' and not exists (
			       select 1 from tasks.task_report n where n.task_id = r.task_id and n.unit_key = r.unit_key
			          and n.period = r.period and n.revision > r.revision and n.status = 'APPROVED')
			""";

	private final JdbcClient jdbc;

	private final PortalTime time;

	ApprovedProgress(JdbcClient jdbc, PortalTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** A fact ({@code on}: a report's or a milestone's day) and the day it was approved. */
	record Dated(LocalDate on, LocalDate approvedOn) {
	}

	/** Reports by task id and reached milestones by milestone id. */
	record Approved(Map<Long, List<Dated>> reports, Map<Long, List<Dated>> milestones) {

		List<LocalDate> reportDays(long taskId, LocalDate asOf) {
			return reports.getOrDefault(taskId, List.of())
				.stream()
				.filter(d -> !d.approvedOn().isAfter(asOf))
				.map(Dated::on)
				.toList();
		}

		/** The milestone with the earliest day a report approved by {@code asOf} says it was reached. */
		MilestoneView merged(MilestoneView m, LocalDate asOf) {
			LocalDate reported = milestones.getOrDefault(m.id(), List.of())
				.stream()
				.filter(d -> !d.approvedOn().isAfter(asOf))
				.map(Dated::on)
				.min(LocalDate::compareTo)
				.orElse(null);
			if (reported == null || (m.reachedOn() != null && !m.reachedOn().isAfter(reported))) {
				return m;
			}
			return new MilestoneView(m.id(), m.titleZh(), m.titleEn(), m.dueOn(), reported, m.checkpoint());
		}

	}

	Approved of(Long[] taskIds) {
		Map<Long, List<Dated>> reports = new LinkedHashMap<>();
		jdbc.sql("select r.task_id, r.submitted_at, r.reviewed_at from tasks.task_report r where" + LATEST_APPROVED)
			.param(taskIds)
			.query((rs, n) -> reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Dated(day(rs, 2), day(rs, 3))))
			.list();
		Map<Long, List<Dated>> milestones = new LinkedHashMap<>();
		jdbc.sql("""
				select m.milestone_id, m.reached_on, r.reviewed_at from tasks.task_report r
				  join tasks.task_report_milestone m on m.report_id = r.id
				 where""" + LATEST_APPROVED)
			.param(taskIds)
			.query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Dated(rs.getDate(2).toLocalDate(), day(rs, 3))))
			.list();
		return new Approved(reports, milestones);
	}

	private LocalDate day(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : time.local(at.toInstant()).toLocalDate();
	}

}
