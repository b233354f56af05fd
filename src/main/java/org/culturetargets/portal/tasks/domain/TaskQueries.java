package org.culturetargets.portal.tasks.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.culturetargets.portal.plans.DepartmentView;
import org.culturetargets.portal.plans.Departments;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.tasks.Checkpoint;
import org.culturetargets.portal.tasks.LinkKind;
import org.culturetargets.portal.tasks.MilestoneView;
import org.culturetargets.portal.tasks.TaskBoard;
import org.culturetargets.portal.tasks.TaskKind;
import org.culturetargets.portal.tasks.TaskRule;
import org.culturetargets.portal.tasks.TaskSummary;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRef;
import org.culturetargets.portal.tasks.UnitRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tasks with their units, scopes, milestones and links (one query each for a whole board, not one per task),
 * and assesses each with {@link TaskRule}, counting the milestones and days of approved progress reports. Unit
 * names come from the plans module's API, not from its tables.
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries implements TaskBoard {

	/** Overdue first, then behind, …; within a status by deadline, then the plan's order. */
	public static final Comparator<TaskView> BOARD_ORDER = Comparator
		.comparing((TaskView t) -> t.status().ordinal())
		.thenComparing(TaskView::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(TaskView::planCode)
		.thenComparingLong(TaskView::id);

	private static final String SELECT = """
			select t.id, t.plan_code, t.code, t.source_section, t.source_section_translation, t.source_language, t.source_text, t.title_zh, t.title_en,
			       t.description_zh, t.description_en, t.kind, t.annual_cycle, t.deadline, t.started_on, t.completed_on,
			       t.closed_by, t.close_note, t.version
			  from tasks.task t
			""";

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final Departments departments;

	private final ApprovedProgress progress;

	TaskQueries(JdbcClient jdbc, PlanCatalog catalog, Departments departments, ApprovedProgress progress) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.departments = departments;
		this.progress = progress;
	}

	@Override
	public List<TaskView> ofPlan(String planCode, LocalDate asOf) {
		return load(SELECT + " where t.plan_code = :key order by t.sort_order, t.id", planCode, asOf);
	}

	@Override
	public Optional<TaskView> task(long id, LocalDate asOf) {
		return load(SELECT + " where t.id = :key", id, asOf).stream().findFirst();
	}

	@Override
	public TaskSummary summary(String planCode, LocalDate asOf) {
		return TaskSummary.of(planCode, ofPlan(planCode, asOf));
	}

	/** The tasks an area leads or shares, or that concern it. */
	public List<TaskView> ofArea(String areaCode, LocalDate asOf) {
		return load(SELECT + """
				 where exists (select 1 from tasks.task_unit u where u.task_id = t.id and u.area_code = :key)
				    or exists (select 1 from tasks.task_scope s where s.task_id = t.id and s.scope_code = :key)
				 order by t.plan_code, t.sort_order, t.id
				""", areaCode, asOf);
	}

	/** The tasks that concern a group (a belt, corridor, cluster or region). */
	public List<TaskView> ofGroup(String groupCode, LocalDate asOf) {
		return load(SELECT + """
				 where exists (select 1 from tasks.task_scope s where s.task_id = t.id and s.scope_code = :key)
				 order by t.plan_code, t.sort_order, t.id
				""", groupCode, asOf);
	}

	/** The tasks a department leads or shares. */
	public List<TaskView> ofDepartment(String departmentCode, LocalDate asOf) {
		return load(SELECT + """
				 where exists (select 1 from tasks.task_unit u where u.task_id = t.id and u.department_code = :key)
				 order by t.plan_code, t.sort_order, t.id
				""", departmentCode, asOf);
	}

	private List<TaskView> load(String sql, Object key, LocalDate asOf) {
		List<Row> rows = jdbc.sql(sql).param("key", key).query(this::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
		Map<String, ScopeView> scopesByCode = new HashMap<>();
		catalog.scopes().forEach(s -> scopesByCode.put(s.code(), s));
		Map<String, DepartmentView> departmentsByCode = new HashMap<>();
		departments.departments().forEach(d -> departmentsByCode.put(d.code(), d));
		Map<Long, List<UnitRef>> units = group(jdbc.sql("""
				select task_id, role, area_code, department_code from tasks.task_unit
				 where task_id = any(?) order by task_id, role, area_code, department_code
				""").param(ids).query((rs, n) -> Map.entry(rs.getLong(1), unit(rs, scopesByCode, departmentsByCode))).list());
		Map<Long, List<String>> scopes = group(jdbc.sql("""
				select task_id, scope_code from tasks.task_scope where task_id = any(?) order by task_id, scope_code
				""").param(ids).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list());
		Map<Long, List<MilestoneView>> milestones = group(jdbc.sql("""
				select task_id, id, title_zh, title_en, due_on, reached_on, checkpoint from tasks.task_milestone
				 where task_id = any(?) order by task_id, due_on, sort_order, id
				""").param(ids).query((rs, n) -> Map.entry(rs.getLong(1), milestone(rs))).list());
		Map<Long, List<Long>> targets = group(jdbc.sql("""
				select task_id, target_id from tasks.task_target where task_id = any(?) order by task_id, target_id
				""").param(ids).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list());
		Map<Long, List<TaskView.TaskLink>> links = group(jdbc.sql("""
				select task_id, kind, ref_id from tasks.task_link where task_id = any(?) order by task_id, kind, ref_id
				""").param(ids)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new TaskView.TaskLink(LinkKind.valueOf(rs.getString(2)), rs.getLong(3))))
			.list());
		ApprovedProgress.Approved approved = progress.of(ids);
		List<TaskView> tasks = new ArrayList<>(rows.size());
		for (Row r : rows) {
			List<MilestoneView> ms = milestones.getOrDefault(r.id(), List.of())
				.stream()
				.map(m -> approved.merged(m, asOf))
				.toList();
			TaskRule.Facts facts = new TaskRule.Facts(r.deadline(), r.startedOn(), r.completedOn(),
					ms.stream().map(m -> new TaskRule.Milestone(m.dueOn(), m.reachedOn())).toList(),
					approved.reportDays(r.id(), asOf));
			tasks.add(new TaskView(r.id(), r.planCode(), r.code(), r.sourceSection(), r.sourceSectionTranslation(),
					r.sourceLanguage(),
					r.sourceText(), r.titleZh(), r.titleEn(), r.descriptionZh(), r.descriptionEn(), r.kind(),
					r.annualCycle(), r.deadline(), r.startedOn(), r.completedOn(), r.closedBy(), r.closeNote(),
					r.version(), units.getOrDefault(r.id(), List.of()), scopes.getOrDefault(r.id(), List.of()), ms,
					targets.getOrDefault(r.id(), List.of()), links.getOrDefault(r.id(), List.of()),
					TaskRule.assess(facts, asOf)));
		}
		return tasks;
	}

	private static <T> Map<Long, List<T>> group(List<Map.Entry<Long, T>> entries) {
		Map<Long, List<T>> byTask = new LinkedHashMap<>();
		entries.forEach(e -> byTask.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return byTask;
	}

	private static UnitRef unit(ResultSet rs, Map<String, ScopeView> scopes, Map<String, DepartmentView> departments)
			throws SQLException {
		UnitRole role = UnitRole.valueOf(rs.getString("role"));
		String area = rs.getString("area_code");
		if (area != null) {
			ScopeView scope = scopes.get(area);
			return new UnitRef(role, true, area, scope == null ? area : scope.nameZh(), scope == null ? area : scope.nameEn());
		}
		String code = rs.getString("department_code");
		DepartmentView department = departments.get(code);
		return new UnitRef(role, false, code, department == null ? code : department.nameZh(),
				department == null ? code : department.nameEn());
	}

	private static MilestoneView milestone(ResultSet rs) throws SQLException {
		String checkpoint = rs.getString("checkpoint");
		return new MilestoneView(rs.getLong("id"), rs.getString("title_zh"), rs.getString("title_en"),
				date(rs, "due_on"), date(rs, "reached_on"), checkpoint == null ? null : Checkpoint.valueOf(checkpoint));
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("plan_code"), rs.getString("code"), rs.getString("source_section"),
				rs.getString("source_section_translation"),
				rs.getString("source_language"), rs.getString("source_text"), rs.getString("title_zh"),
				rs.getString("title_en"), rs.getString("description_zh"), rs.getString("description_en"),
				TaskKind.valueOf(rs.getString("kind")), rs.getBoolean("annual_cycle"), date(rs, "deadline"),
				date(rs, "started_on"), date(rs, "completed_on"), rs.getString("closed_by"), rs.getString("close_note"),
				rs.getInt("version"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private record Row(long id, String planCode, String code, String sourceSection, String sourceSectionTranslation,
			String sourceLanguage,
			String sourceText, String titleZh, String titleEn, String descriptionZh, String descriptionEn, TaskKind kind,
			boolean annualCycle, LocalDate deadline, LocalDate startedOn, LocalDate completedOn, String closedBy,
			String closeNote, int version) {
	}

}
