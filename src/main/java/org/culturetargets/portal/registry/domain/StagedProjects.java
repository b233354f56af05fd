package org.culturetargets.portal.registry.domain;

import java.util.List;

import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects (SPEC §2 Registries), keyed by their district and name. A project's status and dates must agree as on the
 * registry's form: started ones have a start date, completed ones a completion date no earlier, and neither lies in
 * the future.
 */
@Component
class StagedProjects extends StagedRegistryRows {

	StagedProjects(JdbcClient jdbc, ApplicationEventPublisher events) {
		super(jdbc, events);
	}

	@Override
	List<String> rules() {
		return List.of("""
				select s.row_no, 'started_on', coalesce(s.started_on::text, ''),
				       case when s.status = 'PLANNED' then 'imports.problem.startedOnPlanned'
				            else 'imports.problem.startedOnMissing' end, '{}'::text[]
				from {staged} s
				where s.import_id = :batch and (s.status <> 'PLANNED') <> (s.started_on is not null)
				""", """
				select s.row_no, 'completed_on', coalesce(s.completed_on::text, ''),
				       case when s.status = 'COMPLETED' then 'imports.problem.completedOnMissing'
				            else 'imports.problem.completedOnNotCompleted' end, '{}'::text[]
				from {staged} s
				where s.import_id = :batch and (s.status = 'COMPLETED') <> (s.completed_on is not null)
				""", """
				select s.row_no, 'completed_on', s.completed_on::text, 'imports.problem.completedBeforeStart',
				       array[s.started_on::text]
				from {staged} s
				where s.import_id = :batch and s.completed_on < s.started_on
				""", """
				select s.row_no, d.column_code, d.day::text, 'imports.problem.future', '{}'::text[]
				from {staged} s
				cross join lateral (values ('started_on', s.started_on), ('completed_on', s.completed_on)) d (column_code, day)
				where s.import_id = :batch and d.day > current_date
				""", district(), StagedMerge.duplicateKey("name", "area_code, name"));
	}

	/** The stored groups of the staged row {@code s}. */
	private static final String STORED_GROUPS = """
				select g.group_code::text from registry.project_group g join registry.project j on j.id = g.project_id
				where j.area_code = s.area_code and j.name = s.name""";

	@Override
	String incoming(StagedRows rows) {
		return """
				select i.*, jsonb_build_object('category', category, 'planned_investment', planned_investment,
				           'completed_investment', completed_investment, 'status', status, 'planned_start', planned_start,
				           'started_on', started_on, 'completed_on', completed_on, 'groups', to_jsonb(groups),
				           'synthetic', false) as after
				from (select s.row_no, s.area_code, s.name, s.category, s.planned_investment, s.completed_investment,
				             s.status, s.planned_start, s.started_on, s.completed_on,
				             %s as groups
				      from {staged} s where s.import_id = :batch) i
				""".formatted(groups(rows, STORED_GROUPS));
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
				where (j.area_code, j.name) in (select area_code, name from {staged} where import_id = :batch)
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
				       started_on, completed_on, false, :writer, now()
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
	List<String> afterUpsert(StagedRows rows) {
		return replaceGroups(rows, "registry.project o on o.area_code = s.area_code and o.name = s.name",
				"registry.project_group", "project_id");
	}

}
