package org.culturetargets.portal.imports.domain;

import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Enterprises' quarterly figures (SPEC §9 {@code enterprise-figures}): year-to-date revenue in 万元 and the
 * head-count, keyed by credit code and quarter. The enterprises must be in the registry already.
 */
@Component
class EnterpriseFigureKind implements Kind {

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISE_FIGURES;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("credit_code", "统一社会信用代码", Cells.creditCode(), "91330106MA2H0RD12X", "credit_code"),
				Column.required("period", "期别", Cells.quarter(), "2025Q4", "period"),
				Column.required("revenue", "营业收入（万元，本年累计）", Cells.decimal(2, true, null), "12345.67", "revenue"),
				Column.optional("employees", "从业人员（人）", Cells.wholeNumber(0, 10_000_000), "230", "employees"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_enterprise_figure";
	}

	@Override
	public List<String> checks() {
		return List.of("""
				select s.row_no, 'credit_code', s.credit_code, 'imports.problem.unknownEnterprise', '{}'::text[]
				from imports.stage_enterprise_figure s
				where s.import_id = :import
				  and not exists (select 1 from registry.enterprise e where e.credit_code = s.credit_code)
				""", """
				select s.row_no, 'period', s.period, 'imports.problem.duplicateRow', array[d.first_row::text]
				from imports.stage_enterprise_figure s
				join (select credit_code, period, min(row_no) as first_row
				      from imports.stage_enterprise_figure where import_id = :import
				      group by credit_code, period having count(*) > 1) d using (credit_code, period)
				where s.import_id = :import and s.row_no > d.first_row
				""");
	}

	@Override
	public String comparison() {
		return """
				select count(*) filter (where f.enterprise_id is null),
				       count(*) filter (where f.enterprise_id is not null
				                          and (f.revenue, f.employees) is distinct from (s.revenue, s.employees)),
				       count(*) filter (where (f.revenue, f.employees) is not distinct from (s.revenue, s.employees))
				from imports.stage_enterprise_figure s
				join registry.enterprise e using (credit_code)
				left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = s.period
				where s.import_id = :import
				""";
	}

	@Override
	public List<String> merge() {
		return List.of("""
				with incoming as (
				    select s.row_no, e.id as enterprise_id, s.credit_code, s.period, s.revenue, s.employees,
				           f.enterprise_id is not null as existed, f.revenue as old_revenue, f.employees as old_employees
				    from imports.stage_enterprise_figure s
				    join registry.enterprise e using (credit_code)
				    left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = s.period
				    where s.import_id = :import
				), writes as (
				    select * from incoming
				    where not existed or (old_revenue, old_employees) is distinct from (revenue, employees)
				), merged as (
				    insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
				    select enterprise_id, period, revenue, employees from writes
				    on conflict (enterprise_id, period)
				    do update set revenue = excluded.revenue, employees = excluded.employees
				)
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, row_no, credit_code || ' ' || period,
				       case when existed then jsonb_build_object('revenue', old_revenue, 'employees', old_employees) end,
				       jsonb_build_object('revenue', revenue, 'employees', employees)
				from writes
				""");
	}

}
