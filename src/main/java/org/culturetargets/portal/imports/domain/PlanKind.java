package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Plans and their targets (SPEC §9 {@code plans}): one row per target, the plan's columns repeated on its rows,
 * keyed by plan, indicator, scope, kind and target year. The plan's columns must agree across its rows (an empty
 * cell agrees with anything); a plan already stored may leave them empty, a new one needs each of them on one of its
 * rows. The admin forms' rules apply: a year before its end, a comparator and a target unless the target is only
 * monitored, a baseline year before the target year.
 */
@Component
class PlanKind implements Kind {

	/** A plan's column in the file, its staging column and its column in {@code plans.plan}. */
	private record PlanColumn(Column column, String stored) {

		String staged() {
			return column.staged();
		}

	}

	private static final List<PlanColumn> PLAN_COLUMNS = List.of(
			planColumn("plan_title_zh", "计划名称", Cells.text(300), "杭州市文化产业发展“十五五”规划", "title_zh", "title_zh"),
			planColumn("plan_title_en", "计划英文名称", Cells.text(300), "Hangzhou 15th Five-Year Plan for Cultural Industries",
					"title_en", "title_en"),
			planColumn("issuer_zh", "发文机关", Cells.text(200), "杭州市人民政府办公厅", "issuer_zh", "issuer_zh"),
			planColumn("issuer_en", "发文机关英文名", Cells.text(200), "General Office of the Hangzhou Municipal Government",
					"issuer_en", "issuer_en"),
			planColumn("level", "层级", Cells.choice(levels()), "MUNICIPAL", "level", "level"),
			planColumn("home_scope", "适用地区", Cells.scope(), "330100", "home_scope", "home_scope"),
			planColumn("period_start", "起始年", Cells.year(), 2026, "period_start", "period_start"),
			planColumn("period_end", "结束年", Cells.year(), 2030, "period_end", "period_end"),
			planColumn("plan_baseline_year", "规划基期年", Cells.year(), 2025, "plan_baseline_year", "baseline_year"),
			planColumn("plan_source", "规划来源", Cells.text(300), "杭政办发〔2026〕1号", "plan_source", "source"));

	private static PlanColumn planColumn(String code, String headerZh, CellType type, Object example, String staged,
			String stored) {
		return new PlanColumn(Column.optional(code, headerZh, type, example, staged), stored);
	}

	private static Map<String, List<String>> levels() {
		Map<String, List<String>> levels = new LinkedHashMap<>();
		levels.put("NATIONAL", List.of("国家级", "国家"));
		levels.put("PROVINCIAL", List.of("省级", "省"));
		levels.put("MUNICIPAL", List.of("市级", "市"));
		levels.put("DISTRICT", List.of("区县级", "区县", "区级"));
		return levels;
	}

	private static Map<String, List<String>> targetKinds() {
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		kinds.put("LEVEL", List.of("达到", "水平"));
		kinds.put("GROWTH", List.of("增长", "增速"));
		kinds.put("MAINTAIN", List.of("保持", "维持"));
		kinds.put("MONITOR", List.of("监测"));
		return kinds;
	}

	private static Map<String, List<String>> comparators() {
		Map<String, List<String>> comparators = new LinkedHashMap<>();
		comparators.put(">=", List.of("≥", "GE", "不低于", "不少于"));
		comparators.put(">", List.of("GT", "超过"));
		comparators.put("<=", List.of("≤", "LE", "不高于", "不超过"));
		comparators.put("<", List.of("LT", "低于"));
		return comparators;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PLANS;
	}

	@Override
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.required("plan", "计划代码", Cells.code(40, true), "HZ-15FYP", "plan_code"));
		PLAN_COLUMNS.forEach(column -> columns.add(column.column()));
		columns.addAll(List.of(Column.required("indicator", "指标代码", Cells.code(60, false), "added_value", "indicator_code"),
				Column.required("scope", "目标地区", Cells.scope(), "330100", "scope_code"),
				Column.required("kind", "目标类型", Cells.choice(targetKinds()), "LEVEL", "kind"),
				Column.optional("comparator", "比较符", Cells.choice(comparators()), ">=", "comparator"),
				Column.optional("baseline", "基期值", ValueKind.amount(), new BigDecimal("2285"), "baseline_value"),
				Column.required("baseline_year", "基期年", Cells.year(), 2025, "baseline_year"),
				Column.optional("target", "目标值", ValueKind.amount(), new BigDecimal("3500"), "target_value"),
				Column.required("target_year", "目标年", Cells.year(), 2030, "target_year"),
				Column.optional("wording", "原文表述", Cells.text(300), "力争达到 3500 亿元左右", "wording"),
				Column.required("source", "来源", Cells.text(300), "杭政办发〔2026〕1号，表 1 第 1 行", "source")));
		return columns;
	}

	@Override
	public String stagingTable() {
		return "imports.stage_plan";
	}

	/** Each plan of the file once: its first row, its columns as the file gives them or as stored, and whether new. */
	private static final String PLANS = """
			plans_in as (
			    select s.plan_code, min(s.row_no) as first_row, p.code is not null as existed,
			           %s,
			           jsonb_build_object(%s) as before
			    from imports.stage_plan s
			    left join plans.plan p on p.code = s.plan_code
			    where s.import_id = :import
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
			    from imports.stage_plan s
			    left join plans.target t on t.plan_code = s.plan_code and t.indicator_code = s.indicator_code
			         and t.scope_code = s.scope_code and t.kind = s.kind and t.target_year = s.target_year
			    where s.import_id = :import
			)
			""".formatted(columns("s.", TARGET_COLUMNS), columns("s.", TARGET_COLUMNS), columns("t.", TARGET_COLUMNS),
			Stream.of(TARGET_COLUMNS.split(", ")).map(c -> "'%1$s', t.%1$s".formatted(c)).collect(Collectors.joining(", ")));

	private static String columns(String prefix, String names) {
		return Stream.of(names.split(", ")).map(name -> prefix + name).collect(Collectors.joining(", "));
	}

	@Override
	public List<String> checks() {
		List<String> checks = new ArrayList<>();
		for (PlanColumn plan : PLAN_COLUMNS) {
			checks.add("""
					select s.row_no, '%1$s', s.%2$s::text, 'imports.problem.planDisagrees',
					       array[f.row_no::text, f.%2$s::text]
					from imports.stage_plan s
					join lateral (select row_no, %2$s from imports.stage_plan f
					              where f.import_id = :import and f.plan_code = s.plan_code and f.%2$s is not null
					              order by row_no limit 1) f on true
					where s.import_id = :import and s.%2$s <> f.%2$s
					""".formatted(plan.column().code(), plan.staged()));
			checks.add("""
					select min(s.row_no), '%1$s', '', 'imports.problem.newPlanNeeds', '{}'::text[]
					from imports.stage_plan s
					where s.import_id = :import and not exists (select 1 from plans.plan p where p.code = s.plan_code)
					group by s.plan_code
					having count(s.%2$s) = 0
					""".formatted(plan.column().code(), plan.staged()));
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
				from imports.stage_plan s
				where import_id = :import and not exists (select 1 from plans.indicator i where i.code = s.indicator_code)
				""", """
				select row_no, 'comparator', '', 'imports.problem.requiredForKind', array[kind]
				from imports.stage_plan where import_id = :import and kind <> 'MONITOR' and comparator is null
				""", """
				select row_no, 'target', '', 'imports.problem.requiredForKind', array[kind]
				from imports.stage_plan where import_id = :import and kind <> 'MONITOR' and target_value is null
				""", """
				select row_no, 'baseline_year', baseline_year::text, 'imports.problem.notBeforeEnd',
				       array[target_year::text]
				from imports.stage_plan where import_id = :import and baseline_year >= target_year
				""", """
				select s.row_no, 'target_year', s.target_year::text, 'imports.problem.duplicateRow',
				       array[d.first_row::text]
				from imports.stage_plan s
				join (select plan_code, indicator_code, scope_code, kind, target_year, min(row_no) as first_row
				      from imports.stage_plan where import_id = :import
				      group by 1, 2, 3, 4, 5 having count(*) > 1) d
				  using (plan_code, indicator_code, scope_code, kind, target_year)
				where s.import_id = :import and s.row_no > d.first_row
				"""));
		return checks;
	}

	/** Rows are targets; a row is changed too when it is the first row of a stored plan whose columns change. */
	@Override
	public String comparison() {
		return "with " + PLANS + ", " + CHANGED_PLANS + ", " + TARGETS + """
				, judged as (
				    select t.existed,
				           t.changed or exists (select 1 from changed_plans c where c.first_row = t.row_no) as changed
				    from targets_in t
				)
				select count(*) filter (where not existed), count(*) filter (where existed and changed),
				       count(*) filter (where existed and not changed)
				from judged
				""";
	}

	@Override
	public List<String> merge() {
		return List.of("with " + PLANS + ", " + CHANGED_PLANS + """
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
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, first_row, 'plan ' || plan_code, case when existed then before end,
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
				    select plan_code, indicator_code, scope_code, kind, target_year, %1$s, 'import #' || :import,
				           coalesce((select max(t.sort_order) from plans.target t where t.plan_code = w.plan_code), 0)
				               + row_number() over (partition by plan_code order by row_no)
				    from writes w
				    on conflict (plan_code, indicator_code, scope_code, kind, target_year) do update set %2$s,
				        set_by = excluded.set_by
				)
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, row_no,
				       plan_code || ' ' || indicator_code || ' ' || scope_code || ' ' || kind || ' ' || target_year,
				       case when existed then before end, jsonb_build_object(%3$s)
				from writes
				""".formatted(TARGET_COLUMNS,
				Stream.of(TARGET_COLUMNS.split(", ")).map(c -> "%1$s = excluded.%1$s".formatted(c))
					.collect(Collectors.joining(", ")),
				Stream.of(TARGET_COLUMNS.split(", ")).map(c -> "'%1$s', %1$s".formatted(c))
					.collect(Collectors.joining(", "))));
	}

}
