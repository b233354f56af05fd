package org.culturetargets.portal.tasks.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.registry.Registry;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.TaskChanged;
import org.culturetargets.portal.tasks.LinkKind;
import org.culturetargets.portal.tasks.MilestoneView;
import org.culturetargets.portal.tasks.TaskKind;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to tasks: create, assign units, close, keep their milestones and their links to targets
 * and registry rows. Every input is checked before anything is written
 * (all problems at once, each beside its field); every write records the task's history, and publishes
 * {@link TaskChanged} for the audit log and {@link DataChanged} for the scorecard's cached summary, in the write's
 * transaction.
 */
@Service
@Transactional
public class TaskAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final JdbcClient jdbc;

	private final TaskQueries tasks;

	private final PlanCatalog catalog;

	private final Departments departments;

	private final Registry registry;

	private final PortalTime time;

	private final ApplicationEventPublisher events;

	TaskAdministration(JdbcClient jdbc, TaskQueries tasks, PlanCatalog catalog, Departments departments,
			Registry registry, PortalTime time, ApplicationEventPublisher events) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.catalog = catalog;
		this.departments = departments;
		this.time = time;
		this.events = events;
	}

	public long create(TaskCmd cmd, String actor) {
		InvalidInput.Check check = new InvalidInput.Check();
		String plan = text(check, "planCode", cmd.planCode(), 40, true);
		if (plan != null && catalog.plan(plan).isEmpty()) {
			check.reject("planCode", "task.invalid.plan", plan);
		}
		String code = text(check, "code", cmd.code(), 60, true);
		if (code != null && !CODE.matcher(code).matches()) {
			check.reject("code", "task.invalid.code");
		}
		else if (code != null && plan != null && jdbc.sql("select count(*) from tasks.task where plan_code = ? and code = ?")
			.params(plan, code)
			.query(Long.class)
			.single() > 0) {
			check.reject("code", "task.invalid.codeTaken", plan, code);
		}
		String section = text(check, "sourceSection", cmd.sourceSection(), 300, true);
		String titleZh = text(check, "titleZh", cmd.titleZh(), 300, true);
		String titleEn = text(check, "titleEn", cmd.titleEn(), 300, true);
		String descriptionZh = text(check, "descriptionZh", cmd.descriptionZh(), 2000, false);
		String descriptionEn = text(check, "descriptionEn", cmd.descriptionEn(), 2000, false);
		if ((descriptionZh == null) != (descriptionEn == null)) {
			check.reject(descriptionZh == null ? "descriptionZh" : "descriptionEn", "task.invalid.descriptionBoth");
		}
		TaskKind kind = kind(check, cmd.kind());
		LocalDate deadline = date(check, "deadline", cmd.deadline());
		if (deadline != null && (deadline.getYear() < 2000 || deadline.getYear() > 2100)) {
			check.reject("deadline", "task.invalid.deadlineRange");
		}
		Units units = units(check, cmd.lead(), cmd.responsible());
		String reason = text(check, "reason", cmd.reason(), 500, false);
		check.done();

		long id = jdbc.sql("""
				insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en,
				                        description_zh, description_en, kind, annual_cycle, deadline, created_by, sort_order)
				values (?, ?, ?, 'zh', ?, ?, ?, ?, ?, ?, ?, ?,
				        (select coalesce(max(sort_order), 0) + 1 from tasks.task where plan_code = ?))
				returning id
				""")
			.params(plan, code, section, titleZh, titleEn, descriptionZh, descriptionEn, kind.name(), cmd.annualCycle(),
					deadline == null ? null : Date.valueOf(deadline), actor, plan)
			.query(Long.class)
			.single();
		writeUnits(id, units);
		TaskView created = tasks.task(id, time.today()).orElseThrow();
		record(id, actor, "CREATED", plan + " " + code, null, describe(created), reason);
		return id;
	}

	public void assign(long id, AssignCmd cmd, String actor) {
		TaskView before = existing(id);
		InvalidInput.Check check = new InvalidInput.Check();
		stale(check, before, cmd.version());
		Units units = units(check, cmd.lead(), cmd.responsible());
		String reason = text(check, "reason", cmd.reason(), 500, false);
		check.done();
		claim(id, before.version());
		jdbc.sql("delete from tasks.task_unit where task_id = ?").param(id).update();
		writeUnits(id, units);
		TaskView after = existing(id);
		record(id, actor, "ASSIGNED", units(after), units(before), units(after), reason);
	}

	public void close(long id, CloseCmd cmd, String actor) {
		TaskView before = existing(id);
		InvalidInput.Check check = new InvalidInput.Check();
		stale(check, before, cmd.version());
		if (before.closed()) {
			check.reject("completedOn", "task.invalid.alreadyClosed", before.completedOn().toString());
		}
		LocalDate completed = date(check, "completedOn", cmd.completedOn());
		if (completed == null && !check.hasProblem("completedOn")) {
			check.reject("completedOn", "task.invalid.required");
		}
		LocalDate today = time.today();
		if (completed != null && completed.isAfter(today)) {
			check.reject("completedOn", "task.invalid.completedFuture", today.toString());
		}
		String note = text(check, "note", cmd.note(), 1000, true);
		check.done();
		claim(id, before.version());
		jdbc.sql("update tasks.task set completed_on = ?, closed_by = ?, close_note = ? where id = ?")
			.params(Date.valueOf(completed), actor, note, id)
			.update();
		TaskView after = existing(id);
		record(id, actor, "CLOSED", completed + " " + note, describe(before), describe(after), note);
	}

	/** Adds a milestone; returns its id. */
	public long addMilestone(long id, MilestoneCmd cmd, String actor) {
		TaskView before = existing(id);
		Milestone m = milestone(before, cmd);
		claim(id, before.version());
		long milestone = jdbc.sql("""
				insert into tasks.task_milestone (task_id, title_zh, title_en, due_on, reached_on, sort_order)
				values (?, ?, ?, ?, ?, (select coalesce(max(sort_order), 0) + 1 from tasks.task_milestone where task_id = ?))
				returning id
				""")
			.params(id, m.titleZh(), m.titleEn(), Date.valueOf(m.dueOn()), m.reachedOn() == null ? null : Date.valueOf(m.reachedOn()), id)
			.query(Long.class)
			.single();
		record(id, actor, "MILESTONE_ADDED", m.describe(), null, m.describe(), m.reason());
		return milestone;
	}

	public void changeMilestone(long id, long milestone, MilestoneCmd cmd, String actor) {
		TaskView before = existing(id);
		MilestoneView old = milestoneOf(before, milestone);
		Milestone m = milestone(before, cmd);
		claim(id, before.version());
		jdbc.sql("update tasks.task_milestone set title_zh = ?, title_en = ?, due_on = ?, reached_on = ? where id = ? and task_id = ?")
			.params(m.titleZh(), m.titleEn(), Date.valueOf(m.dueOn()), m.reachedOn() == null ? null : Date.valueOf(m.reachedOn()),
					milestone, id)
			.update();
		record(id, actor, "MILESTONE_CHANGED", m.describe(), describe(old), m.describe(), m.reason());
	}

	/** Removes a milestone, and with it the progress reports' word that it was reached. */
	public void removeMilestone(long id, long milestone, Integer version, String reasonText, String actor) {
		TaskView before = existing(id);
		MilestoneView old = milestoneOf(before, milestone);
		InvalidInput.Check check = new InvalidInput.Check();
		stale(check, before, version);
		String reason = text(check, "reason", reasonText, 500, false);
		check.done();
		claim(id, before.version());
		jdbc.sql("delete from tasks.task_milestone where id = ? and task_id = ?").params(milestone, id).update();
		record(id, actor, "MILESTONE_REMOVED", describe(old), describe(old), null, reason);
	}

	/** Links the task to a target of its plan, or to a park, project or enterprise of the registry. */
	public void addLink(long id, LinkCmd cmd, String actor) {
		TaskView before = existing(id);
		InvalidInput.Check check = new InvalidInput.Check();
		stale(check, before, cmd.version());
		Link link = link(check, cmd);
		if (link != null && !linkable(before, link)) {
			check.reject(link.field(), "task.invalid.linkUnknown", String.valueOf(link.ref()));
		}
		else if (link != null && linked(before, link)) {
			check.reject(link.field(), "task.invalid.linkExists", String.valueOf(link.ref()));
		}
		String reason = text(check, "reason", cmd.reason(), 500, false);
		check.done();
		claim(id, before.version());
		if (link.target()) {
			jdbc.sql("insert into tasks.task_target (task_id, target_id) values (?, ?)").params(id, link.ref()).update();
		}
		else {
			jdbc.sql("insert into tasks.task_link (task_id, kind, ref_id) values (?, ?, ?)")
				.params(id, link.kind(), link.ref())
				.update();
		}
		record(id, actor, "LINK_ADDED", link.describe(), null, link.describe(), reason);
	}

	public void removeLink(long id, LinkCmd cmd, String actor) {
		TaskView before = existing(id);
		InvalidInput.Check check = new InvalidInput.Check();
		stale(check, before, cmd.version());
		Link link = link(check, cmd);
		if (link != null && !linked(before, link)) {
			check.reject(link.field(), "task.invalid.linkMissing", String.valueOf(link.ref()));
		}
		String reason = text(check, "reason", cmd.reason(), 500, false);
		check.done();
		claim(id, before.version());
		if (link.target()) {
			jdbc.sql("delete from tasks.task_target where task_id = ? and target_id = ?").params(id, link.ref()).update();
		}
		else {
			jdbc.sql("delete from tasks.task_link where task_id = ? and kind = ? and ref_id = ?")
				.params(id, link.kind(), link.ref())
				.update();
		}
		record(id, actor, "LINK_REMOVED", link.describe(), link.describe(), null, reason);
	}

	/** A checked milestone. */
	private record Milestone(String titleZh, String titleEn, LocalDate dueOn, LocalDate reachedOn, String reason) {

		String describe() {
			return TaskAdministration.describe(titleZh, titleEn, dueOn, reachedOn);
		}

	}

	private Milestone milestone(TaskView task, MilestoneCmd cmd) {
		InvalidInput.Check check = new InvalidInput.Check();
		stale(check, task, cmd.version());
		String titleZh = text(check, "titleZh", cmd.titleZh(), 300, true);
		String titleEn = text(check, "titleEn", cmd.titleEn(), 300, true);
		LocalDate due = date(check, "dueOn", cmd.dueOn());
		if (due == null && !check.hasProblem("dueOn")) {
			check.reject("dueOn", "task.invalid.required");
		}
		else if (due != null && (due.getYear() < 2000 || due.getYear() > 2100)) {
			check.reject("dueOn", "task.invalid.deadlineRange");
		}
		LocalDate reached = date(check, "reachedOn", cmd.reachedOn());
		if (reached != null && reached.isAfter(time.today())) {
			check.reject("reachedOn", "task.invalid.reachedFuture", time.today().toString());
		}
		String reason = text(check, "reason", cmd.reason(), 500, false);
		check.done();
		return new Milestone(titleZh, titleEn, due, reached, reason);
	}

	private static MilestoneView milestoneOf(TaskView task, long milestone) {
		return task.milestones()
			.stream()
			.filter(m -> m.id() == milestone)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("milestone", task.id(), milestone));
	}

	private static String describe(MilestoneView m) {
		return describe(m.titleZh(), m.titleEn(), m.dueOn(), m.reachedOn());
	}

	/** A milestone in one line for the task's history and the audit log, before and after alike. */
	private static String describe(String titleZh, String titleEn, LocalDate dueOn, LocalDate reachedOn) {
		return titleZh + " / " + titleEn + " | due " + dueOn + " | reached " + (reachedOn == null ? "—" : reachedOn);
	}

	/** A picked link: {@code TARGET} or a {@link LinkKind}'s name, and the row's id; the form field it came from. */
	private record Link(String kind, long ref) {

		boolean target() {
			return kind.equals("TARGET");
		}

		String field() {
			return kind.toLowerCase(Locale.ROOT);
		}

		String describe() {
			return kind + " " + ref;
		}

	}

	private static Link link(InvalidInput.Check check, LinkCmd cmd) {
		String kind = cmd.kind() == null ? "" : cmd.kind().strip();
		if (!kind.equals("TARGET") && Arrays.stream(LinkKind.values()).noneMatch(k -> k.name().equals(kind))) {
			check.reject("kind", "task.invalid.linkKind");
			return null;
		}
		String field = kind.toLowerCase(Locale.ROOT);
		String ref = cmd.ref() == null ? "" : cmd.ref().strip();
		if (ref.isEmpty()) {
			check.reject(field, "task.invalid.required");
			return null;
		}
		try {
			return new Link(kind, Long.parseLong(ref));
		}
		catch (NumberFormatException notAnId) {
			check.reject(field, "task.invalid.linkUnknown", ref);
			return null;
		}
	}

	private boolean linkable(TaskView task, Link link) {
		return switch (link.kind()) {
			case "TARGET" -> catalog.targets(task.planCode(), null).stream().map(TargetView::id).anyMatch(t -> t == link.ref());
			case "PARK" -> registry.park(link.ref()).isPresent();
			case "PROJECT" -> registry.project(link.ref()).isPresent();
			default -> registry.enterprise(link.ref()).isPresent();
		};
	}

	private static boolean linked(TaskView task, Link link) {
		return link.target() ? task.targetIds().contains(link.ref())
				: task.links().stream().anyMatch(l -> l.kind().name().equals(link.kind()) && l.id() == link.ref());
	}

	private TaskView existing(long id) {
		return tasks.task(id, time.today()).orElseThrow(() -> new NotFoundException("task", id));
	}

	private static void stale(InvalidInput.Check check, TaskView task, Integer version) {
		if (version == null || version != task.version()) {
			check.reject("version", "task.invalid.stale");
		}
	}

	/** Takes the next version, or refuses when another write took it since this one read the task. */
	private void claim(long id, int version) {
		if (jdbc.sql("update tasks.task set version = version + 1 where id = ? and version = ?").params(id, version)
			.update() == 0) {
			throw new InvalidInput(List.of(new InvalidInput.Problem("version", "task.invalid.stale", List.of())));
		}
	}

	private void record(long id, String actor, String action, String detail, String oldValue, String newValue,
			String reason) {
		jdbc.sql("insert into tasks.task_event (task_id, actor, action, detail) values (?, ?, ?, ?)")
			.params(id, actor, action, detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
			.update();
		events.publishEvent(new TaskChanged(actor, time.clock().instant(), "task " + id,
				action.toLowerCase(Locale.ROOT).replace('_', ' '), oldValue, newValue, reason));
		events.publishEvent(new DataChanged("tasks"));
	}

	private static String describe(TaskView t) {
		return t.planCode() + " " + t.code() + " | " + t.titleZh() + " | " + t.kind() + " | deadline " + t.deadline()
				+ " | units " + units(t) + (t.closed() ? " | completed " + t.completedOn() + " by " + t.closedBy() : "");
	}

	private static String units(TaskView t) {
		List<String> keys = new ArrayList<>();
		for (UnitRef u : t.units()) {
			keys.add(u.role() + " " + u.key());
		}
		return keys.isEmpty() ? "—" : String.join(", ", keys);
	}

	/** The checked units: the lead's key or null, and the responsible keys without repeats. */
	private record Units(String lead, Set<String> responsible) {
	}

	private Units units(InvalidInput.Check check, String lead, List<String> responsible) {
		String leadKey = lead == null || lead.isBlank() ? null : lead.strip();
		if (leadKey != null && !known(leadKey)) {
			check.reject("lead", "task.invalid.unit", leadKey);
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String key : responsible) {
			if (key == null || key.isBlank()) {
				continue;
			}
			String k = key.strip();
			if (!known(k)) {
				check.reject("responsible", "task.invalid.unit", k);
			}
			else if (k.equals(leadKey)) {
				check.reject("responsible", "task.invalid.leadAlsoResponsible");
			}
			keys.add(k);
		}
		return new Units(leadKey, keys);
	}

	private boolean known(String key) {
		if (key.startsWith("area:")) {
			return catalog.scope(key.substring(5)).filter(s -> s.isArea()).isPresent();
		}
		return key.startsWith("department:") && departments.department(key.substring(11)).isPresent();
	}

	private void writeUnits(long id, Units units) {
		if (units.lead() != null) {
			writeUnit(id, "LEAD", units.lead());
		}
		units.responsible().forEach(key -> writeUnit(id, "RESPONSIBLE", key));
	}

	private void writeUnit(long id, String role, String key) {
		boolean area = key.startsWith("area:");
		String code = key.substring(key.indexOf(':') + 1);
		jdbc.sql("insert into tasks.task_unit (task_id, role, area_code, department_code) values (?, ?, ?, ?)")
			.params(id, role, area ? code : null, area ? null : code)
			.update();
	}

	private static String text(InvalidInput.Check check, String field, String value, int max, boolean required) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null) {
			if (required) {
				check.reject(field, "task.invalid.required");
			}
			return null;
		}
		if (text.length() > max) {
			check.reject(field, "task.invalid.tooLong", max);
			return null;
		}
		return text;
	}

	private static TaskKind kind(InvalidInput.Check check, String value) {
		for (TaskKind kind : TaskKind.values()) {
			if (kind.name().equals(value)) {
				return kind;
			}
		}
		check.reject("kind", "task.invalid.kind");
		return null;
	}

	private static LocalDate date(InvalidInput.Check check, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			check.reject(field, "task.invalid.date", value.strip());
			return null;
		}
	}

}
