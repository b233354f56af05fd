package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Projects (SPEC §2 Registries), keyed by their district and name; investment in 万元. A project's status and dates
 * must agree as on the registry's form: started ones have a start date, completed ones a completion date no
 * earlier, and neither lies in the future.
 */
@Component
class ProjectKind extends RegistryKind {

	private static final String STAGE = "imports.stage_project";

	/** numeric(18, 2). */
	private static final BigDecimal MAX_INVESTMENT = new BigDecimal("9999999999999999.99");

	@Override
	public ImportKind kind() {
		return ImportKind.PROJECTS;
	}

	@Override
	public List<Column> columns() {
		CellType investment = Cells.decimal(2, true, MAX_INVESTMENT);
		return List.of(Column.required("name", "项目名称", Cells.text(200), "某某数字文化产业园二期", "name"),
				Column.required("area", "所属地区", Cells.area(), "西湖区", "area_code"),
				Column.required("category", "项目类别", Cells.choice("KEY:重点", "EXPORT:出口", "DEMONSTRATION:示范"), "重点", "category"),
				Column.optional("planned_investment", "计划投资（万元）", investment, new BigDecimal("50000"),
						"planned_investment"),
				Column.optional("completed_investment", "完成投资（万元）", investment, new BigDecimal("12000.50"),
						"completed_investment"),
				Column.required("status", "项目状态", Cells.choice("PLANNED:计划", "STARTED:在建,已开工",
						"COMPLETED:已完工,竣工"), "在建", "status"),
				Column.optional("planned_start", "计划开工日期", Cells.date(), LocalDate.of(2025, 3, 1), "planned_start"),
				Column.optional("started_on", "开工日期", Cells.date(), LocalDate.of(2025, 4, 15), "started_on"),
				Column.optional("completed_on", "竣工日期", Cells.date(), "", "completed_on"),
				Column.optional("groups", "所属产业带/走廊/集群", Cells.groups(), "之江文化产业带", "groups"));
	}

	@Override
	public String stagingTable() {
		return STAGE;
	}

	@Override
	public List<String> checks() {
		return List.of("""
				select s.row_no, 'started_on', coalesce(s.started_on::text, ''),
				       case when s.status = 'PLANNED' then 'imports.problem.startedOnPlanned'
				            else 'imports.problem.startedOnMissing' end, '{}'::text[]
				from imports.stage_project s
				where s.import_id = :import and (s.status <> 'PLANNED') <> (s.started_on is not null)
				""", """
				select s.row_no, 'completed_on', coalesce(s.completed_on::text, ''),
				       case when s.status = 'COMPLETED' then 'imports.problem.completedOnMissing'
				            else 'imports.problem.completedOnNotCompleted' end, '{}'::text[]
				from imports.stage_project s
				where s.import_id = :import and (s.status = 'COMPLETED') <> (s.completed_on is not null)
				""", """
				select s.row_no, 'completed_on', s.completed_on::text, 'imports.problem.completedBeforeStart',
				       array[s.started_on::text]
				from imports.stage_project s
				where s.import_id = :import and s.completed_on < s.started_on
				""", """
				select s.row_no, d.column_code, d.day::text, 'imports.problem.future', '{}'::text[]
				from imports.stage_project s
				cross join lateral (values ('started_on', s.started_on), ('completed_on', s.completed_on)) d (column_code, day)
				where s.import_id = :import and d.day > current_date
				""", district(STAGE), duplicateKey(STAGE, "name", "area_code, name"));
	}

	/** The stored groups of the staged row {@code s}. */
	private static final String STORED_GROUPS = """
				select g.group_code::text from registry.project_group g join registry.project j on j.id = g.project_id
				where j.area_code = s.area_code and j.name = s.name""";

	@Override
	String incoming() {
		return """
				select i.*, jsonb_build_object('category', category, 'planned_investment', planned_investment,
				           'completed_investment', completed_investment, 'status', status, 'planned_start', planned_start,
				           'started_on', started_on, 'completed_on', completed_on, 'groups', to_jsonb(groups),
				           'synthetic', false) as after
				from (select s.row_no, s.area_code, s.name, s.category, s.planned_investment, s.completed_investment,
				             s.status, s.planned_start, s.started_on, s.completed_on,
				             %s as groups
				      from imports.stage_project s where s.import_id = :import) i
				""".formatted(groups("s.groups", STORED_GROUPS));
	}

	@Override
	String stored() {
		return """
				select j.id, j.area_code, j.name,
				       jsonb_build_object('category', j.category, 'planned_investment', j.planned_investment,
				           'completed_investment', j.completed_investment, 'status', j.status,
				           'planned_start', j.planned_start, 'started_on', j.started_on, 'completed_on', j.completed_on,
				           'groups', to_jsonb(array(select g.group_code::text from registry.project_group g
				                                    where g.project_id = j.id order by 1)),
				           'synthetic', j.synthetic) as before
				from registry.project j
				where (j.area_code, j.name) in (select area_code, name from imports.stage_project where import_id = :import)
				""";
	}

	@Override
	String key() {
		return "area_code, name";
	}

	@Override
	String upsert() {
		return """
				insert into registry.project (name, area_code, category, planned_investment, completed_investment, status,
				    planned_start, started_on, completed_on, synthetic, updated_by, updated_at)
				select name, area_code, category, planned_investment, completed_investment, status, planned_start,
				       started_on, completed_on, false, concat('import #', :import), now()
				from writes
				on conflict (area_code, name) do update
				set category = excluded.category, planned_investment = excluded.planned_investment,
				    completed_investment = excluded.completed_investment, status = excluded.status,
				    planned_start = excluded.planned_start, started_on = excluded.started_on,
				    completed_on = excluded.completed_on, synthetic = false, updated_by = excluded.updated_by,
				    updated_at = now(), version = registry.project.version + 1
				""";
	}

	@Override
	String subject() {
		return "area_code || ' ' || name";
	}

	@Override
	List<String> afterUpsert() {
		return replaceGroups(STAGE, "registry.project o on o.area_code = s.area_code and o.name = s.name",
				"registry.project_group", "project_id");
	}

}
