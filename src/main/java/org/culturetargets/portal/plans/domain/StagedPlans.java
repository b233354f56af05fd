package org.culturetargets.portal.plans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans and their targets (SPEC §9 {@code plans}): one row per target, the plan's columns repeated on its rows,
 * keyed by plan, indicator, scope, kind and target year. The plan's columns must agree across its rows (an empty
 * cell agrees with anything); a plan already stored may leave them empty, a new one needs each of them on one of its
 * rows. The admin forms' rules apply: a year before its end, a comparator and a target unless the target is only
 * monitored, a baseline year before the target year.
 */
@Component
class StagedPlans implements StagedMerge {

	/** A plan's column: its code in the import template, its staging column and its column in {@code plans.plan}. */
	private record PlanColumn(String code, String staged, String stored) {
	}

	private static final List<PlanColumn> PLAN_COLUMNS = List.of(new PlanColumn("plan_title_zh", "title_zh", "title_zh"),
			new PlanColumn("plan_title_en", "title_en", "title_en"),
			new PlanColumn("issuer_zh", "issuer_zh", "issuer_zh"), new PlanColumn("issuer_en", "issuer_en", "issuer_en"),
			new PlanColumn("level", "level", "level"), new PlanColumn("home_scope", "home_scope", "home_scope"),
			new PlanColumn("period_start", "period_start", "period_start"),
			new PlanColumn("period_end", "period_end", "period_end"),
			new PlanColumn("plan_baseline_year", "plan_baseline_year", "baseline_year"),
			new PlanColumn("plan_source", "plan_source", "source"));

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StagedPlans(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Each plan of the file once: its first row, its columns as the file gives them or as stored, and whether new. */
	private static final String PLANS = """
			plans_in as (
			    select s.plan_code, min(s.row_no) as first_row, p.code is not null as existed,
			           %s,
			           jsonb_build_object(%s) as before
			    from {staged} s
			    left join plans.plan p on p.code = s.plan_code
			    where s.import_id = :batch
			    group by s.plan_code, p.code
			)
			""".formatted(
			PLAN_COLUMNS.stream()
				.map(c -> "coalesce(min(s.%s), p.%s) as %s".formatted(c.staged(), c.stored(), c.stored()))
				.collect(Collectors.joining(", ")),
			PLAN_COLUMNS.stream().map(c -> "'%1$s', p.%1$s".formatted(c.stored())).collect(Collectors.joining(", ")));

	private static final String STORED_PLAN_COLUMNS = PLAN_COLUMNS.stream().map(PlanColumn::stored)
		.collect(Collectors.joining(", "));

	/** The plans of the file that are stored and differ from it. */
	private static final String CHANGED_PLANS = """
			changed_plans as (
			    select pl.* from plans_in pl join plans.plan p on p.code = pl.plan_code
			    where (%s) is distinct from (%s)
			)
			""".formatted(
			PLAN_COLUMNS.stream().map(c -> "pl." + c.stored()).collect(Collectors.joining(", ")),
			PLAN_COLUMNS.stream().map(c -> "p." + c.stored()).collect(Collectors.joining(", ")));

	private static final String TARGET_COLUMNS = "comparator, baseline_value, baseline_year, target_value, wording, source";

	private static final String TARGETS = """
			targets_in as (
			    select s.row_no, s.plan_code, s.indicator_code, s.scope_code, s.kind, s.target_year, %1$s,
			           t.id is not null as existed,
			           t.id is not null and (%2$s) is distinct from (%3$s) as changed,
			           jsonb_build_object(%4$s) as before
			    from {staged} s
			    left join plans.target t on t.plan_code = s.plan_code and t.indicator_code = s.indicator_code
			         and t.scope_code = s.scope_code and t.kind = s.kind and t.target_year = s.target_year
			    where s.import_id = :batch
			)
			""".formatted(columns("s.", TARGET_COLUMNS), columns("s.", TARGET_COLUMNS), columns("t.", TARGET_COLUMNS),
			Stream.of(TARGET_COLUMNS.split(", ")).map(c -> "'%1$s', t.%1$s".formatted(c)).collect(Collectors.joining(", ")));

	private static String columns(String prefix, String names) {
		return Stream.of(names.split(", ")).map(name -> prefix + name).collect(Collectors.joining(", "));
	}

	@Override
	public List<String> checks(StagedRows rows) {
		List<String> checks = new ArrayList<>();
		for (PlanColumn plan : PLAN_COLUMNS) {
			checks.add("""
					select s.row_no, '%1$s', s.%2$s::text, 'imports.problem.planDisagrees',
					       array[f.row_no::text, f.%2$s::text]
					from {staged} s
					join lateral (select row_no, %2$s from {staged} f
					              where f.import_id = :batch and f.plan_code = s.plan_code and f.%2$s is not null
					              order by row_no limit 1) f on true
					where s.import_id = :batch and s.%2$s <> f.%2$s
					""".formatted(plan.code(), plan.staged()));
			checks.add("""
					select min(s.row_no), '%1$s', '', 'imports.problem.newPlanNeeds', '{}'::text[]
					from {staged} s
					where s.import_id = :batch and not exists (select 1 from plans.plan p where p.code = s.plan_code)
					group by s.plan_code
					having count(s.%2$s) = 0
					""".formatted(plan.code(), plan.staged()));
		}
		checks.addAll(List.of("with " + PLANS + """
				select first_row, 'plan', plan_code, 'imports.problem.planCode', '{}'::text[]
				from plans_in where plan_code !~ '^[A-Z0-9][A-Z0-9-]{1,39}$'
				""", "with " + PLANS + """
				select first_row, 'period_end', period_end::text, 'imports.problem.notBefore', array[period_start::text]
				from plans_in where period_start > period_end
				""", "with " + PLANS + """
				select first_row, 'plan_baseline_year', baseline_year::text, 'imports.problem.notBeforeEnd',
				       array[period_end::text]
				from plans_in where baseline_year >= period_end
				""", """
				select row_no, 'indicator', indicator_code, 'imports.problem.unknownIndicator', '{}'::text[]
				from {staged} s
				where import_id = :batch and not exists (select 1 from plans.indicator i where i.code = s.indicator_code)
				""", """
				select row_no, 'comparator', '', 'imports.problem.requiredForKind', array[kind]
				from {staged} where import_id = :batch and kind <> 'MONITOR' and comparator is null
				""", """
				select row_no, 'target', '', 'imports.problem.requiredForKind', array[kind]
				from {staged} where import_id = :batch and kind <> 'MONITOR' and target_value is null
				""", """
				select row_no, 'baseline_year', baseline_year::text, 'imports.problem.notBeforeEnd',
				       array[target_year::text]
				from {staged} where import_id = :batch and baseline_year >= target_year
				""", StagedMerge.duplicateKey("target_year",
				"plan_code, indicator_code, scope_code, kind, target_year")));
		return checks.stream().map(rows::sql).toList();
	}

	/** Rows are targets; a row is changed too when it is the first row of a stored plan whose columns change. */
	@Override
	public Comparison compare(StagedRows rows) {
		return rows.compare(jdbc, "with " + PLANS + ", " + CHANGED_PLANS + ", " + TARGETS + """
				, judged as (
				    select t.existed,
				           t.changed or exists (select 1 from changed_plans c where c.first_row = t.row_no) as changed
				    from targets_in t
				)
				select count(*) filter (where not existed), count(*) filter (where existed and changed),
				       count(*) filter (where existed and not changed)
				from judged
				""");
	}

	@Override
	public void merge(StagedRows rows, Comparison comparison) {
		if (comparison.created() == 0 && comparison.changed() == 0) {
			return;
		}
		List<String> statements = List.of("with " + PLANS + ", " + CHANGED_PLANS + """
				, writes as (
				    select * from plans_in where not existed
				    union all
				    select * from changed_plans
				), merged as (
				    insert into plans.plan (code, %1$s, sort_order)
				    select plan_code, %1$s, (select count(*) from plans.plan) + row_number() over (order by first_row)
				    from writes
				    on conflict (code) do update set %2$s
				)
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, first_row, 'plan ' || plan_code, case when existed then before end,
				       jsonb_build_object(%3$s)
				from writes
				""".formatted(STORED_PLAN_COLUMNS,
				PLAN_COLUMNS.stream().map(c -> "%1$s = excluded.%1$s".formatted(c.stored()))
					.collect(Collectors.joining(", ")),
				PLAN_COLUMNS.stream().map(c -> "'%1$s', %1$s".formatted(c.stored())).collect(Collectors.joining(", "))),
				"with " + TARGETS + """
				, writes as (
				    select * from targets_in where not existed or changed
				), merged as (
				    insert into plans.target (plan_code, indicator_code, scope_code, kind, target_year, %1$s, set_by,
				                              sort_order)
				    select plan_code, indicator_code, scope_code, kind, target_year, %1$s, :writer,
				           coalesce((select max(t.sort_order) from plans.target t where t.plan_code = w.plan_code), 0)
				               + row_number() over (partition by plan_code order by row_no)
				    from writes w
				    on conflict (plan_code, indicator_code, scope_code, kind, target_year) do update set %2$s,
				        set_by = excluded.set_by,
				        -- new words replace both languages' (a translation of the old words would not match)
				        wording_zh = case when excluded.wording is not distinct from target.wording
				                          then target.wording_zh end,
				        wording_en = case when excluded.wording is not distinct from target.wording
				                          then target.wording_en end
				)
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, row_no,
				       plan_code || ' ' || indicator_code || ' ' || scope_code || ' ' || kind || ' ' || target_year,
				       case when existed then before end, jsonb_build_object(%3$s)
				from writes
				""".formatted(TARGET_COLUMNS,
				Stream.of(TARGET_COLUMNS.split(", ")).map(c -> "%1$s = excluded.%1$s".formatted(c))
					.collect(Collectors.joining(", ")),
				Stream.of(TARGET_COLUMNS.split(", ")).map(c -> "'%1$s', %1$s".formatted(c))
					.collect(Collectors.joining(", "))));
		rows.execute(jdbc, statements);
		events.publishEvent(new DataChanged("plans"));
	}

}
