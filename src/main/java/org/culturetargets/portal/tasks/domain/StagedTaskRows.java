package org.culturetargets.portal.tasks.domain;

import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;
import org.culturetargets.portal.tasks.StagedTasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Key tasks from an import (issue 15), keyed by plan and number. Each staged row is resolved to the task it would
 * make ({@code resolved}: units by name to their codes, a column the file lacks taken from the stored task), so that
 * one JSON comparison decides new, changed or unchanged and the change log keeps what was compared. The checks are
 * those of {@link TaskAdministration}'s form; a new task is recorded in its history as created by the import, a
 * task whose units change as assigned by it.
 */
@Component
class StagedTaskRows implements StagedTasks {

	/** Every name a unit goes by, folded as {@link #fold} folds a cell: its code, Chinese and English name. */
	private static final String UNIT_NAMES = """
			unit_names as (
			    select distinct on (name) name, unit from (
			        select %1$s as name, s.code::text as unit, 0 as preference
			        from plans.scope s cross join unnest(array[s.code, s.name_zh, s.name_en]) n
			        where s.kind in ('COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT')
			        union all
			        select %2$s, d.code::text, 1
			        from plans.department d cross join unnest(array[d.code, d.name_zh, d.name_en]) n
			    ) u order by name, preference
			)""".formatted(fold("n"), fold("n"));

	/** An area's unit code is its six-digit division code; a department's starts with a letter. */
	private static final String AREA = "'^[0-9]{6}$'";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StagedTaskRows(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A name as spreadsheets and the reference data may write it: full-width forms folded, no spaces, any case. */
	private static String fold(String expression) {
		return "lower(replace(normalize(%s, NFKC), ' ', ''))".formatted(expression);
	}

	/**
	 * {@code unit_names} and {@code resolved}: each staged row with its stored task (if any) and the values it would
	 * have, and the stored units and linked indicators beside them.
	 */
	private static String resolved(StagedRows rows) {
		String lead = rows.has("lead_unit")
				? "(select n.unit from unit_names n where n.name = %s)".formatted(fold("s.lead_unit")) : "k.lead";
		String responsible = rows.has("responsible_units") ? """
				array(select distinct n.unit from unnest(coalesce(s.responsible_units, '{}')) r
				      join unit_names n on n.name = %s order by 1)""".formatted(fold("r"))
				: "array(select x from unnest(k.responsible) x where x is distinct from %s order by 1)".formatted(lead);
		String targets = rows.has("targets")
				? "array(select distinct lower(x) from unnest(coalesce(s.targets, '{}')) x order by 1)" : "k.targets";
		return """
				with %s,
				resolved as (
				    select s.row_no, s.plan_code, s.code, t.id as task_id, t.created_by, s.source_section, s.title_zh,
				           coalesce(s.title_en, t.title_en) as title_en, %s as description_zh, %s as description_en, s.kind,
				           %s as deadline, %s as annual_cycle, %s as lead, %s as responsible, %s as targets,
				           k.lead as stored_lead, k.responsible as stored_responsible, k.targets as stored_targets,
				           case when t.id is not null then jsonb_build_object('source_section', t.source_section,
				               'title_zh', t.title_zh, 'title_en', t.title_en, 'description_zh', t.description_zh,
				               'description_en', t.description_en, 'kind', t.kind, 'deadline', t.deadline,
				               'annual_cycle', t.annual_cycle, 'lead', k.lead, 'responsible', to_jsonb(k.responsible),
				               'targets', to_jsonb(k.targets)) end as before
				    from {staged} s
				    left join tasks.task t on t.plan_code = s.plan_code and t.code = s.code
				    left join lateral (
				        select (select coalesce(u.area_code, u.department_code)::text from tasks.task_unit u
				                where u.task_id = t.id and u.role = 'LEAD') as lead,
				               array(select coalesce(u.area_code, u.department_code)::text from tasks.task_unit u
				                     where u.task_id = t.id and u.role = 'RESPONSIBLE' order by 1) as responsible,
				               array(select distinct g.indicator_code::text from tasks.task_target x
				                     join plans.target g on g.id = x.target_id where x.task_id = t.id order by 1) as targets
				    ) k on true
				    where s.import_id = :batch
				)
				""".formatted(UNIT_NAMES, column(rows, "description_zh"), column(rows, "description_en"),
				column(rows, "deadline"), rows.has("annual_cycle") ? "coalesce(s.annual_cycle, false)"
						: "coalesce(t.annual_cycle, false)", lead, responsible, targets);
	}

	/** The file's value where it has the column, else the stored task's. */
	private static String column(StagedRows rows, String name) {
		return rows.has(name) ? "s." + name : "t." + name;
	}

	/** {@link #resolved} and {@code incoming}: its rows with the JSON of the task they would make. */
	private static String incoming(StagedRows rows) {
		return resolved(rows) + """
				, incoming as (
				    select r.*, jsonb_build_object('source_section', source_section, 'title_zh', title_zh,
				           'title_en', title_en, 'description_zh', description_zh, 'description_en', description_en,
				           'kind', kind, 'deadline', deadline, 'annual_cycle', annual_cycle, 'lead', lead,
				           'responsible', to_jsonb(responsible), 'targets', to_jsonb(targets)) as after
				    from resolved r
				)
				""";
	}

	@Override
	public List<String> checks(StagedRows rows) {
		String resolved = resolved(rows);
		boolean schedule = rows.has("deadline") || rows.has("annual_cycle");
		return List.of(rows.sql("""
				select s.row_no, 'plan', s.plan_code, 'imports.problem.unknownPlan', '{}'::text[]
				from {staged} s
				where s.import_id = :batch and not exists (select 1 from plans.plan p where p.code = s.plan_code)
				"""), rows.sql(StagedMerge.duplicateKey("code", "plan_code, code")), rows.sql(resolved + """
				select row_no, 'title_en', '', 'imports.problem.titleEnForNew', '{}'::text[]
				from resolved where task_id is null and title_en is null
				"""), rows.sql(resolved + """
				select row_no, case when description_zh is null then 'description_zh' else 'description_en' end, '',
				       'imports.problem.descriptionBoth', '{}'::text[]
				from resolved where (description_zh is null) <> (description_en is null)
				"""), rows.sql("""
				select s.row_no, 'deadline', s.deadline::text, 'imports.problem.deadlineYear', '{}'::text[]
				from {staged} s
				where s.import_id = :batch and s.deadline not between date '2000-01-01' and date '2100-12-31'
				"""), rows.sql(resolved + """
				select row_no, 'deadline', '', 'imports.problem.deadlineOrCycle', '{}'::text[]
				from resolved where deadline is null and not annual_cycle and (task_id is null or %s)
				""".formatted(schedule)), rows.sql("""
				with %s
				select s.row_no, 'lead', s.lead_unit, 'imports.problem.unknownUnit', array[s.lead_unit::text]
				from {staged} s
				where s.import_id = :batch and s.lead_unit is not null
				  and not exists (select 1 from unit_names n where n.name = %s)
				""".formatted(UNIT_NAMES, fold("s.lead_unit"))), rows.sql("""
				with %s
				select s.row_no, 'responsible', r, 'imports.problem.unknownUnit', array[r]
				from {staged} s cross join unnest(s.responsible_units) r
				where s.import_id = :batch and not exists (select 1 from unit_names n where n.name = %s)
				""".formatted(UNIT_NAMES, fold("r"))), rows.sql(resolved + """
				select row_no, 'responsible', lead, 'imports.problem.leadAlsoResponsible', '{}'::text[]
				from resolved where lead = any(responsible)
				"""), rows.sql("""
				select s.row_no, 'targets', x, 'imports.problem.noTargetOnIndicator', array[x, s.plan_code::text]
				from {staged} s cross join unnest(s.targets) x
				where s.import_id = :batch and exists (select 1 from plans.plan p where p.code = s.plan_code)
				  and not exists (select 1 from plans.target g where g.plan_code = s.plan_code and g.indicator_code = lower(x))
				"""));
	}

	@Override
	public Comparison compare(StagedRows rows) {
		return rows.compare(jdbc, incoming(rows) + """
				select count(*) filter (where before is null), count(*) filter (where before <> after),
				       count(*) filter (where before = after)
				from incoming
				""");
	}

	@Override
	public void merge(StagedRows rows, Comparison comparison) {
		if (comparison.created() == 0 && comparison.changed() == 0) {
			return;
		}
		List<String> statements = new ArrayList<>();
		statements.add(incoming(rows) + """
				, writes as (select * from incoming where before is distinct from after),
				merged as (
				    insert into tasks.task (plan_code, code, source_section, source_language, title_zh, title_en,
				                            description_zh, description_en, kind, annual_cycle, deadline, created_by,
				                            sort_order)
				    select plan_code, code, source_section, 'zh', title_zh, title_en, description_zh, description_en, kind,
				           annual_cycle, deadline, :writer,
				           (select coalesce(max(t.sort_order), 0) from tasks.task t where t.plan_code = w.plan_code)
				             + row_number() over (partition by plan_code order by row_no)
				    from writes w
				    on conflict (plan_code, code) do update
				    set source_section = excluded.source_section,
				        source_section_translation = case when tasks.task.source_section = excluded.source_section
				                                          then tasks.task.source_section_translation end,
				        title_zh = excluded.title_zh, title_en = excluded.title_en,
				        description_zh = excluded.description_zh, description_en = excluded.description_en,
				        kind = excluded.kind, annual_cycle = excluded.annual_cycle, deadline = excluded.deadline,
				        version = tasks.task.version + 1
				    returning id, plan_code, code, xmax = 0 as created
				), created as (
				    insert into tasks.task_event (task_id, actor, action, detail)
				    select m.id, :writer, 'CREATED', left(:origin || ' row ' || w.row_no, 1000)
				    from merged m join writes w using (plan_code, code)
				    where m.created
				)
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, row_no, plan_code || ' ' || code, before, after from writes
				""");
		if (rows.has("lead_unit") || rows.has("responsible_units")) {
			statements.add(resolved(rows) + """
					insert into tasks.task_event (task_id, actor, action, detail)
					select r.task_id, :writer, 'ASSIGNED', left(:origin || ' row ' || r.row_no, 1000)
					from resolved r
					where r.created_by <> :writer
					  and (r.lead is distinct from r.stored_lead or r.responsible <> r.stored_responsible)
					""");
			// units no longer the task's go, then the missing ones come: a unit kept stays, so that a column the
			// file lacks still reads the same stored units in the second statement
			statements.add(resolved(rows) + """
					delete from tasks.task_unit u using resolved r
					where u.task_id = r.task_id
					  and not coalesce(u.role = 'LEAD' and coalesce(u.area_code, u.department_code) = r.lead
					      or u.role = 'RESPONSIBLE' and coalesce(u.area_code, u.department_code) = any(r.responsible), false)
					""");
			statements.add(resolved(rows) + """
					insert into tasks.task_unit (task_id, role, area_code, department_code)
					select r.task_id, x.role, case when x.unit ~ %1$s then x.unit end,
					       case when x.unit !~ %1$s then x.unit end
					from resolved r
					cross join lateral (select 'LEAD', r.lead where r.lead is not null
					                    union all select 'RESPONSIBLE', u from unnest(r.responsible) u) x (role, unit)
					where not exists (select 1 from tasks.task_unit e
					                  where e.task_id = r.task_id and coalesce(e.area_code, e.department_code) = x.unit)
					""".formatted(AREA));
		}
		if (rows.has("targets")) {
			statements.add(resolved(rows) + """
					delete from tasks.task_target x using resolved r
					where x.task_id = r.task_id and r.targets <> r.stored_targets
					""");
			statements.add(resolved(rows) + """
					insert into tasks.task_target (task_id, target_id)
					select r.task_id, g.id
					from resolved r join plans.target g on g.plan_code = r.plan_code and g.indicator_code = any(r.targets)
					where not exists (select 1 from tasks.task_target e where e.task_id = r.task_id)
					""");
		}
		rows.execute(jdbc, statements);
		events.publishEvent(new DataChanged("tasks"));
	}

}
