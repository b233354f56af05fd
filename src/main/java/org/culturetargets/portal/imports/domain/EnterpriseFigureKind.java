package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Enterprises' quarterly figures (SPEC §9 {@code enterprise-figures}): year-to-date revenue in 万元 and the
 * head-count, keyed by credit code and quarter. The enterprises must be in the registry already.
 */
@Component
class EnterpriseFigureKind implements Kind {

	/** {@code registry.enterprise_figure.revenue numeric(18, 2)} */
	private static final BigDecimal MAX_REVENUE = new BigDecimal("9999999999999999.99");

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISE_FIGURES;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("credit_code", "统一社会信用代码", Cells.creditCode(), "91330106MA2H0RD121", "credit_code"),
				Column.required("period", "期别", Cells.quarter(), "2025Q4", "period"),
				Column.required("revenue", "营业收入（万元，本年累计）", Cells.decimal(2, true, MAX_REVENUE),
						new BigDecimal("12345.67"), "revenue"),
				Column.optional("employees", "从业人员（人）", Cells.wholeNumber(0, 10_000_000), 230, "employees"));
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

	/**
	 * Three set-based statements rather than one upsert: a million new rows go in by a plain insert (an upsert's
	 * speculative insertion costs more), and only changed rows go to the change log, with their old values; new rows
	 * carry the import and its row themselves ({@code import_id}, {@code import_row}). The commit holds the kind's
	 * lock, so no other import inserts the same keys in between.
	 */
	@Override
	public List<String> merge() {
		return List.of(CHANGES, UPDATE, INSERT + NOT_STORED, REFRESH_ROLLUP);
	}

	/**
	 * A first import of a quarter's figures has no stored row to compare or update: it is one insert, without even
	 * the check for a stored row; the same file again has nothing to write (the commit holds the kind's lock, and the comparison ran in this transaction).
	 */
	@Override
	public List<String> merge(int created, int changed, int unchanged) {
		if (created == 0 && changed == 0) {
			return List.of();
		}
		if (changed == 0 && unchanged == 0) {
			return List.of(INSERT, REFRESH_ROLLUP);
		}
		return changed == 0 ? List.of(INSERT + NOT_STORED, REFRESH_ROLLUP) : merge();
	}

	/** The figures' sums the pages read (registry V4_6), in the import's transaction like the figures themselves. */
	static final String REFRESH_ROLLUP = "refresh materialized view registry.enterprise_figure_rollup";

	private static final String CHANGES = """
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, s.row_no, s.credit_code || ' ' || s.period,
				       jsonb_build_object('revenue', f.revenue, 'employees', f.employees),
				       jsonb_build_object('revenue', s.revenue, 'employees', s.employees)
				from imports.stage_enterprise_figure s
				join registry.enterprise e using (credit_code)
				join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = s.period
				where s.import_id = :import and (f.revenue, f.employees) is distinct from (s.revenue, s.employees)
				""";

	private static final String UPDATE = """
				update registry.enterprise_figure f
				set revenue = s.revenue, employees = s.employees, import_id = :import, import_row = s.row_no
				from imports.stage_enterprise_figure s join registry.enterprise e using (credit_code)
				where s.import_id = :import and f.enterprise_id = e.id and f.period = s.period
				  and (f.revenue, f.employees) is distinct from (s.revenue, s.employees)
				""";

	private static final String INSERT = """
				insert into registry.enterprise_figure (enterprise_id, period, revenue, employees, import_id, import_row)
				select e.id, s.period, s.revenue, s.employees, :import, s.row_no
				from imports.stage_enterprise_figure s join registry.enterprise e using (credit_code)
				where s.import_id = :import
				""";

	private static final String NOT_STORED = """
				  and not exists (select 1 from registry.enterprise_figure f where f.enterprise_id = e.id and f.period = s.period)
				""";

	@Override
	public String created() {
		return """
				select f.import_row, e.credit_code || ' ' || f.period,
				       jsonb_build_object('revenue', f.revenue, 'employees', f.employees)
				from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where f.import_id = :import
				  and not exists (select 1 from imports.change c where c.import_id = :import and c.row_no = f.import_row)
				""";
	}

}
