package org.culturetargets.portal.imports.domain;

import java.math.BigDecimal;
import java.util.List;

import org.culturetargets.portal.imports.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Indicator values (SPEC §9 {@code values}): one figure of an indicator for an area or group and a period, provisional
 * (快报) or final (年报), keyed by the four. Published figures of derived indicators (the plan's 2020 share) are
 * stored values like any other. A row without a source is traced to the import, its file and its row.
 */
@Component
class ValueKind implements Kind {

	/** {@code numeric(20, 6)}, as the admin forms take it: at most 14 digits before the point and 6 after it. */
	static final int MAX_INTEGER_DIGITS = 14;

	static final int MAX_SCALE = 6;

	/** An exact amount that fits {@code numeric(20, 6)}, of either sign. */
	static CellType amount() {
		return (text, names) -> {
			BigDecimal value = Cells.number(text).stripTrailingZeros();
			if (Math.max(value.scale(), 0) > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
				throw new CellProblem("imports.problem.digits", MAX_INTEGER_DIGITS, MAX_SCALE);
			}
			return Cells.number(text).toPlainString();
		};
	}

	@Override
	public ImportKind kind() {
		return ImportKind.VALUES;
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.required("indicator", "指标代码", Cells.code(60, false), "added_value", "indicator_code"),
				Column.required("area", "地区代码", Cells.scope(), "330106", "scope_code"),
				Column.required("period", "期别", Cells.period(), "2025", "period"),
				Column.required("value", "数值", amount(), new BigDecimal("312.5"), "value"),
				Column.optional("status", "数据状态",
						Cells.choice("PROVISIONAL:provisional,快报", "FINAL:final,年报"),
						"final", "status"),
				Column.optional("note", "备注", Cells.text(500), "初步核算数", "note"),
				Column.optional("source", "来源", Cells.text(500), "杭州市统计年鉴 2025，表 3-2", "source"));
	}

	@Override
	public String stagingTable() {
		return "imports.stage_value";
	}

	@Override
	public List<String> checks() {
		return List.of("""
				select s.row_no, 'indicator', s.indicator_code, 'imports.problem.unknownIndicator', '{}'::text[]
				from imports.stage_value s
				where s.import_id = :import
				  and not exists (select 1 from plans.indicator i where i.code = s.indicator_code)
				""", """
				select s.row_no, 'value', s.value::text, 'imports.problem.shareOutOfRange', '{}'::text[]
				from imports.stage_value s
				join plans.indicator i on i.code = s.indicator_code
				where s.import_id = :import and i.unit = '%' and (s.value < 0 or s.value > 100)
				""", """
				select s.row_no, 'period', s.period, 'imports.problem.duplicateRow', array[d.first_row::text]
				from (select *, coalesce(status, 'FINAL') as final_status from imports.stage_value
				      where import_id = :import) s
				join (select indicator_code, scope_code, period, coalesce(status, 'FINAL') as final_status,
				             min(row_no) as first_row
				      from imports.stage_value where import_id = :import
				      group by 1, 2, 3, 4 having count(*) > 1) d
				  using (indicator_code, scope_code, period, final_status)
				where s.row_no > d.first_row
				""");
	}

	/**
	 * The staged rows against the stored values. A row without a source leaves a stored value's source alone when
	 * nothing else changed, so that the same file imported again changes nothing.
	 */
	private static final String INCOMING = """
			incoming as (
			    select s.row_no, s.indicator_code, s.scope_code, s.period, coalesce(s.status, 'FINAL') as status,
			           s.value, s.note,
			           coalesce(s.source, 'import #' || i.id || ' ' || i.file_name || ' row ' || s.row_no) as source,
			           v.id is not null as existed, v.value as old_value, v.note as old_note, v.source as old_source,
			           v.id is not null and ((v.value, v.note) is distinct from (s.value, s.note)
			               or (s.source is not null and s.source is distinct from v.source)) as changed
			    from imports.stage_value s
			    join imports.import i on i.id = s.import_id
			    left join figures.indicator_value v on v.indicator_code = s.indicator_code
			         and v.scope_code = s.scope_code and v.period = s.period and v.status = coalesce(s.status, 'FINAL')
			    where s.import_id = :import
			)
			""";

	@Override
	public String comparison() {
		return "with " + INCOMING + """
				select count(*) filter (where not existed), count(*) filter (where changed),
				       count(*) filter (where existed and not changed)
				from incoming
				""";
	}

	@Override
	public List<String> merge() {
		return List.of("with " + INCOMING + """
				, writes as (
				    select * from incoming where not existed or changed
				), merged as (
				    insert into figures.indicator_value (indicator_code, scope_code, period, value, status, note,
				                                         source, recorded_by)
				    select indicator_code, scope_code, period, value, status, note, source, 'import #' || :import
				    from writes
				    on conflict (indicator_code, scope_code, period, status)
				    do update set value = excluded.value, note = excluded.note, source = excluded.source,
				                  recorded_by = excluded.recorded_by, recorded_at = now()
				)
				insert into imports.change (import_id, row_no, subject, before, after)
				select :import, row_no, indicator_code || ' ' || scope_code || ' ' || period || ' ' || status,
				       case when existed then jsonb_build_object('value', old_value, 'note', old_note, 'source', old_source) end,
				       jsonb_build_object('value', value, 'note', note, 'source', source)
				from writes
				""");
	}

}
