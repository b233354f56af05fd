package org.culturetargets.portal.tasks.domain;

import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.culturetargets.portal.evidence.EvidenceFile;
import org.culturetargets.portal.evidence.EvidenceFiles;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.MilestoneView;
import org.culturetargets.portal.tasks.TaskReportChanged;
import org.culturetargets.portal.tasks.TaskView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly progress reports on key tasks, one per task, unit and quarter, with the workflow of figure reports: the
 * unit's staff save drafts and submit, a reviewer other than the submitter approves or returns with a comment; every
 * change carries the version it was made on (a stale one is refused naming who changed the report), is written to
 * the task's history and published as {@link TaskReportChanged} for the audit log. District staff report only for
 * their own area, department staff only for their own department, and only on tasks it leads or shares;
 * administrators may report for any unit of a task.
 */
@Service
@Transactional
public class TaskReports {

	private static final int NARRATIVE_MAX = 4000;

	private final JdbcClient jdbc;

	private final TaskQueries tasks;

	private final EvidenceFiles evidence;

	private final PortalTime time;

	private final ApplicationEventPublisher events;

	TaskReports(JdbcClient jdbc, TaskQueries tasks, EvidenceFiles evidence, PortalTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.evidence = evidence;
		this.time = time;
		this.events = events;
	}

	/** What a save carries: the version read (0 for a new report), and, when given, the reached milestones and files kept. */
	public record SaveCmd(Integer version, String narrative, List<MilestoneInput> milestones, List<Long> evidence) {
	}

	/** A milestone (by id) and the day it was reached, as text (2026-08-15). */
	public record MilestoneInput(Long milestone, String reachedOn) {
	}

	/** Every revision of every unit's reports on a task, newest period and revision first. */
	@Transactional(readOnly = true)
	public List<TaskReport> ofTask(long taskId) {
		return load("where r.task_id = ? order by r.period desc, r.unit_key, r.revision desc", taskId);
	}

	/** The latest revision of a unit's report on a task for a quarter. */
	@Transactional(readOnly = true)
	public Optional<TaskReport> latest(long taskId, String unitKey, Period period) {
		return load("where r.task_id = ? and r.unit_key = ? and r.period = ? order by r.revision desc limit 1", taskId,
				unitKey, period.toString())
			.stream()
			.findFirst();
	}

	/**
	 * The unit a user reports for on a task: the one asked for, or for a unit's staff (district staff, department
	 * staff) their own area or department.
	 */
	@Transactional(readOnly = true)
	public String unitFor(TaskView task, String requested, PortalUser user) {
		String unit = requested == null || requested.isBlank() ? null : requested.strip();
		if (unitStaff(user)) {
			String own = user.reportingUnit().orElse("");
			if (!task.involves(own)) {
				throw new TaskReportRefused(true, "task.report.refused.notYourTask");
			}
			if (unit != null && !unit.equals(own)) {
				throw new TaskReportRefused(true, "task.report.refused.otherUnit");
			}
			return own;
		}
		if (unit == null) {
			if (task.units().size() == 1) {
				return task.units().get(0).key();
			}
			throw new InvalidInput(List.of(new InvalidInput.Problem("unit", "task.report.invalid.unit", List.of())));
		}
		if (!task.involves(unit)) {
			throw new InvalidInput(List.of(new InvalidInput.Problem("unit", "task.report.invalid.unitNotOfTask",
					List.of(unit))));
		}
		return unit;
	}

	public TaskReport save(long taskId, String unitParam, Period period, SaveCmd cmd, PortalUser user) {
		TaskView task = task(taskId);
		String unit = writer(task, unitParam, user);
		Optional<TaskReport> current = latest(taskId, unit, period);
		InvalidInput.Check check = new InvalidInput.Check();
		quarter(check, period);
		if (cmd.version() == null) {
			check.reject("version", "task.report.invalid.version");
		}
		String narrative = cmd.narrative() == null || cmd.narrative().isBlank() ? null : cmd.narrative().strip();
		if (narrative != null && narrative.length() > NARRATIVE_MAX) {
			check.reject("narrative", "task.invalid.tooLong", NARRATIVE_MAX);
		}
		List<TaskReport.Reached> reached = reached(check, task, cmd.milestones());
		List<Long> keep = cmd.evidence();
		if (keep != null) {
			Set<Long> attached = current.map(r -> r.evidence().stream().map(TaskReport.Evidence::id).collect(Collectors.toSet()))
				.orElse(Set.of());
			keep.stream()
				.filter(id -> id == null || !attached.contains(id))
				.findFirst()
				.ifPresent(id -> check.reject("evidence", "task.report.invalid.evidence", String.valueOf(id)));
		}
		check.done();
		if (current.isPresent() && current.get().status() == TaskReportStatus.SUBMITTED) {
			throw new TaskReportRefused(false, "task.report.refused.submitted");
		}
		stale(current, cmd.version());
		Instant now = time.clock().instant();
		long id;
		String before = current.map(TaskReports::describe).orElse(null);
		if (current.isEmpty() || current.get().status() == TaskReportStatus.APPROVED) {
			int revision = current.map(r -> r.revision() + 1).orElse(1);
			id = jdbc.sql("""
					insert into tasks.task_report (task_id, unit_key, period, revision, status, narrative, changed_by,
					                               changed_at)
					values (?, ?, ?, ?, 'DRAFT', ?, ?, ?) returning id
					""")
				.params(taskId, unit, period.toString(), revision, narrative, user.getUsername(), Timestamp.from(now))
				.query(Long.class)
				.single();
			if (current.isPresent() && keep == null) {
				copyEvidence(current.get().id(), id);
			}
		}
		else {
			id = current.get().id();
			claim(current.get(), """
					update tasks.task_report set status = 'DRAFT', narrative = ?, changed_by = ?, changed_at = ?,
					       version = version + 1 where id = ? and version = ?
					""", narrative, user.getUsername(), Timestamp.from(now), id, current.get().version());
		}
		if (cmd.milestones() != null || current.isEmpty() || current.get().status() == TaskReportStatus.APPROVED) {
			List<TaskReport.Reached> milestones = cmd.milestones() != null ? reached
					: current.map(TaskReport::milestones).orElse(List.of());
			jdbc.sql("delete from tasks.task_report_milestone where report_id = ?").param(id).update();
			for (TaskReport.Reached r : milestones) {
				jdbc.sql("insert into tasks.task_report_milestone (report_id, milestone_id, reached_on) values (?, ?, ?)")
					.params(id, r.milestoneId(), Date.valueOf(r.reachedOn()))
					.update();
			}
		}
		if (keep != null && current.isPresent() && current.get().id() == id) {
			jdbc.sql("delete from tasks.task_report_evidence where report_id = ? and not (evidence_id = any(?))")
				.params(id, keep.toArray(Long[]::new))
				.update();
		}
		else if (keep != null && current.isPresent()) {
			for (TaskReport.Evidence e : current.get().evidence()) {
				if (keep.contains(e.id())) {
					attach(id, e.id(), e.name());
				}
			}
		}
		TaskReport after = byId(id);
		record(after, user, "REPORT_SAVED", "saved", before, null);
		return after;
	}

	public TaskReport submit(long taskId, String unitParam, Period period, Integer version, PortalUser user) {
		TaskView task = task(taskId);
		String unit = writer(task, unitParam, user);
		TaskReport current = existing(taskId, unit, period);
		if (!current.status().editable()) {
			throw new TaskReportRefused(false, "task.report.refused.notDraft");
		}
		stale(Optional.of(current), version == null ? current.version() : version);
		if (current.narrative() == null) {
			throw new InvalidInput(List.of(new InvalidInput.Problem("narrative", "task.report.invalid.narrative", List.of())));
		}
		Instant now = time.clock().instant();
		claim(current, """
				update tasks.task_report set status = 'SUBMITTED', submitted_by = ?, submitted_at = ?, changed_by = ?,
				       changed_at = ?, review_comment = null, version = version + 1 where id = ? and version = ?
				""", user.getUsername(), Timestamp.from(now), user.getUsername(), Timestamp.from(now), current.id(),
				current.version());
		TaskReport after = byId(current.id());
		record(after, user, "REPORT_SUBMITTED", "submitted", describe(current), null);
		return after;
	}

	public TaskReport approve(long taskId, String unitParam, Period period, Integer version, PortalUser user) {
		TaskReport current = reviewed(taskId, unitParam, period, version, user);
		Instant now = time.clock().instant();
		claim(current, """
				update tasks.task_report set status = 'APPROVED', reviewed_by = ?, reviewed_at = ?, changed_by = ?,
				       changed_at = ?, version = version + 1 where id = ? and version = ?
				""", user.getUsername(), Timestamp.from(now), user.getUsername(), Timestamp.from(now), current.id(),
				current.version());
		TaskReport after = byId(current.id());
		record(after, user, "REPORT_APPROVED", "approved", describe(current), null);
		return after;
	}

	public TaskReport returnReport(long taskId, String unitParam, Period period, Integer version, String comment,
			PortalUser user) {
		mayReview(user);
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text == null || text.length() > 1000) {
			throw new InvalidInput(List.of(new InvalidInput.Problem("comment",
					text == null ? "task.report.invalid.comment" : "task.invalid.tooLong", text == null ? List.of() : List.of(1000))));
		}
		TaskReport current = reviewed(taskId, unitParam, period, version, user);
		Instant now = time.clock().instant();
		claim(current, """
				update tasks.task_report set status = 'RETURNED', review_comment = ?, reviewed_by = ?, reviewed_at = ?,
				       changed_by = ?, changed_at = ?, version = version + 1 where id = ? and version = ?
				""", text, user.getUsername(), Timestamp.from(now), user.getUsername(), Timestamp.from(now), current.id(),
				current.version());
		TaskReport after = byId(current.id());
		record(after, user, "REPORT_RETURNED", "returned", describe(current), text);
		return after;
	}

	/**
	 * Stores an evidence file and attaches it to the unit's editable report of the quarter (a new draft if there is
	 * none, or the next revision of an approved one). Permission is checked before the file is read: a refused user
	 * stores nothing (a missing file is refused after the permission, so that a 403 says who may), and a refused file ({@link org.culturetargets.portal.evidence.EvidenceRefused}) rolls back all.
	 */
	public TaskReport attachEvidence(long taskId, String unitParam, Period period, String fileName, InputStream content,
			PortalUser user) {
		TaskView task = task(taskId);
		String unit = writer(task, unitParam, user);
		InvalidInput.Check check = new InvalidInput.Check();
		quarter(check, period);
		if (content == null) {
			check.reject("file", "task.report.invalid.file");
		}
		check.done();
		Optional<TaskReport> current = latest(taskId, unit, period);
		if (current.isPresent() && current.get().status() == TaskReportStatus.SUBMITTED) {
			throw new TaskReportRefused(false, "task.report.refused.submitted");
		}
		EvidenceFile file = evidence.store(fileName, content, user.getUsername());
		TaskReport report = current.filter(r -> r.status().editable())
			.orElseGet(() -> save(taskId, unit, period,
					new SaveCmd(current.map(TaskReport::version).orElse(0),
							current.map(TaskReport::narrative).orElse(null), null, null),
					user));
		attach(report.id(), file.id(), file.name());
		claim(report, "update tasks.task_report set changed_by = ?, changed_at = ?, version = version + 1 where id = ? and version = ?",
				user.getUsername(), Timestamp.from(time.clock().instant()), report.id(), report.version());
		TaskReport after = byId(report.id());
		record(after, user, "REPORT_EVIDENCE", "evidence added", describe(report),
				file.name() + " (" + file.mediaType() + ", " + file.size() + " B, sha256 " + file.sha256() + ")");
		return after;
	}

	private TaskView task(long id) {
		return tasks.task(id, time.today()).orElseThrow(() -> new NotFoundException("task", id));
	}

	/** The unit the user writes for; only a task's unit's staff and administrators write reports. */
	private String writer(TaskView task, String unitParam, PortalUser user) {
		if (!unitStaff(user) && user.role() != Role.ADMIN) {
			throw new TaskReportRefused(true, "task.report.refused.notReporter");
		}
		return unitFor(task, unitParam, user);
	}

	private static boolean unitStaff(PortalUser user) {
		return user.role() == Role.DISTRICT_STAFF || user.role() == Role.DEPARTMENT_STAFF;
	}

	private static void mayReview(PortalUser user) {
		if (user.role() != Role.REVIEWER && user.role() != Role.ADMIN) {
			throw new TaskReportRefused(true, "task.report.refused.notReviewer");
		}
	}

	private TaskReport reviewed(long taskId, String unitParam, Period period, Integer version, PortalUser user) {
		mayReview(user);
		TaskView task = task(taskId);
		String unit = unitFor(task, unitParam, user);
		TaskReport current = existing(taskId, unit, period);
		if (current.status() != TaskReportStatus.SUBMITTED) {
			throw new TaskReportRefused(false, "task.report.refused.notSubmitted");
		}
		if (user.getUsername().equals(current.submittedBy())) {
			throw new TaskReportRefused(true, "task.report.refused.ownReport");
		}
		stale(Optional.of(current), version == null ? current.version() : version);
		return current;
	}

	private TaskReport existing(long taskId, String unit, Period period) {
		return latest(taskId, unit, period)
			.orElseThrow(() -> new NotFoundException("taskReport", taskId, unit, period.toString()));
	}

	private void quarter(InvalidInput.Check check, Period period) {
		if (period.isAnnual()) {
			check.reject("period", "task.report.invalid.quarter", period.toString());
		}
		else if (LocalDate.of(period.year(), period.quarter() * 3 - 2, 1).isAfter(time.today())) {
			check.reject("period", "task.report.invalid.futureQuarter", period.toString());
		}
	}

	private List<TaskReport.Reached> reached(InvalidInput.Check check, TaskView task, List<MilestoneInput> inputs) {
		List<TaskReport.Reached> reached = new ArrayList<>();
		if (inputs == null) {
			return reached;
		}
		Set<Long> ids = task.milestones().stream().map(MilestoneView::id).collect(Collectors.toSet());
		Set<Long> seen = new HashSet<>();
		LocalDate today = time.today();
		for (MilestoneInput input : inputs) {
			if (input == null || input.milestone() == null || !ids.contains(input.milestone())) {
				check.reject("milestones", "task.report.invalid.milestone",
						input == null ? "" : String.valueOf(input.milestone()));
				continue;
			}
			if (!seen.add(input.milestone())) {
				continue;
			}
			LocalDate day;
			try {
				day = LocalDate.parse(input.reachedOn() == null ? "" : input.reachedOn().strip());
			}
			catch (DateTimeParseException notADate) {
				check.reject("milestones", "task.invalid.date", String.valueOf(input.reachedOn()));
				continue;
			}
			if (day.isAfter(today)) {
				check.reject("milestones", "task.report.invalid.reachedFuture", day.toString(), today.toString());
				continue;
			}
			reached.add(new TaskReport.Reached(input.milestone(), day));
		}
		return reached;
	}

	private static void stale(Optional<TaskReport> current, Integer version) {
		int expected = current.map(TaskReport::version).orElse(0);
		if (version != null && version != expected) {
			throw current.map(r -> new StaleTaskReport(r.changedBy(), r.changedAt()))
				.orElseGet(() -> new StaleTaskReport(null, null));
		}
	}

	private void claim(TaskReport report, String sql, Object... params) {
		if (jdbc.sql(sql).params(params).update() == 0) {
			TaskReport now = byId(report.id());
			throw new StaleTaskReport(now.changedBy(), now.changedAt());
		}
	}

	private void attach(long reportId, long evidenceId, String name) {
		jdbc.sql("insert into tasks.task_report_evidence (report_id, evidence_id, file_name) values (?, ?, ?)")
			.params(reportId, evidenceId, name.length() > 300 ? name.substring(0, 300) : name)
			.update();
	}

	private void copyEvidence(long from, long to) {
		jdbc.sql("""
				insert into tasks.task_report_evidence (report_id, evidence_id, file_name)
				select ?, evidence_id, file_name from tasks.task_report_evidence where report_id = ?
				""").params(to, from).update();
	}

	private void record(TaskReport report, PortalUser user, String action, String auditAction, String before,
			String reason) {
		String subject = report.unitKey() + " " + report.period() + " r" + report.revision();
		jdbc.sql("insert into tasks.task_event (task_id, actor, action, detail) values (?, ?, ?, ?)")
			.params(report.taskId(), user.getUsername(), action, subject)
			.update();
		events.publishEvent(new TaskReportChanged(user.getUsername(), time.clock().instant(),
				"task " + report.taskId() + " report " + subject, auditAction, before, describe(report), reason));
		events.publishEvent(new DataChanged("tasks"));
	}

	private static String describe(TaskReport r) {
		String text = r.status() + " v" + r.version() + " | milestones "
				+ r.milestones().stream().map(m -> m.milestoneId() + "@" + m.reachedOn()).collect(Collectors.joining(", "))
				+ " | evidence " + r.evidence().stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(", "))
				+ " | " + (r.narrative() == null ? "" : r.narrative());
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

	private TaskReport byId(long id) {
		return load("where r.id = ?", id).get(0);
	}

	private List<TaskReport> load(String where, Object... params) {
		List<TaskReport> bare = jdbc.sql("""
				select r.id, r.task_id, r.unit_key, r.period, r.revision, r.status, r.narrative, r.review_comment,
				       r.changed_by, r.changed_at, r.submitted_by, r.submitted_at, r.reviewed_by, r.reviewed_at, r.version
				  from tasks.task_report r
				""" + where).params(params).query((rs, n) -> new TaskReport(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getString(4), rs.getInt(5), TaskReportStatus.valueOf(rs.getString(6)), rs.getString(7),
						rs.getString(8), rs.getString(9), instant(rs, 10), rs.getString(11), instant(rs, 12),
						rs.getString(13), instant(rs, 14), rs.getInt(15), List.of(), List.of()))
			.list();
		if (bare.isEmpty()) {
			return bare;
		}
		Long[] ids = bare.stream().map(TaskReport::id).toArray(Long[]::new);
		Map<Long, List<TaskReport.Reached>> reached = new LinkedHashMap<>();
		jdbc.sql("select report_id, milestone_id, reached_on from tasks.task_report_milestone where report_id = any(?) order by reached_on, milestone_id")
			.param(ids)
			.query((rs, n) -> reached.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new TaskReport.Reached(rs.getLong(2), rs.getDate(3).toLocalDate())))
			.list();
		Map<Long, List<TaskReport.Evidence>> files = new LinkedHashMap<>();
		jdbc.sql("select report_id, evidence_id, file_name from tasks.task_report_evidence where report_id = any(?) order by evidence_id")
			.param(ids)
			.query((rs, n) -> files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new TaskReport.Evidence(rs.getLong(2), rs.getString(3))))
			.list();
		return bare.stream()
			.map(r -> new TaskReport(r.id(), r.taskId(), r.unitKey(), r.period(), r.revision(), r.status(), r.narrative(),
					r.reviewComment(), r.changedBy(), r.changedAt(), r.submittedBy(), r.submittedAt(), r.reviewedBy(),
					r.reviewedAt(), r.version(), reached.getOrDefault(r.id(), List.of()), files.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
