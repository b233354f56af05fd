package org.culturetargets.portal.figures.domain;

import java.util.List;
import java.util.Locale;

import org.culturetargets.portal.figures.StagedFigures;
import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicator values (SPEC §9 {@code values}): one figure of an indicator for an area or group and a period, provisional
 * (快报) or final (年报), keyed by the four. Published figures of derived indicators (the plan's 2020 share) are stored
 * values like any other. A row without a source is traced to its batch's origin and its row, and cited in words by
 * the import's number and the row (数据导入第12批第4行), never by the file's name.
 */
@Component
class StagedValues implements StagedMerge, StagedFigures {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	StagedValues(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
	}

	@Override
	public StagedMerge values() {
		return this;
	}

	@Override
	public List<String> checks(StagedRows rows) {
		return List.of(rows.sql("""
				select s.row_no, 'indicator', s.indicator_code, 'imports.problem.unknownIndicator', '{}'::text[]
				from {staged} s
				where s.import_id = :batch
				  and not exists (select 1 from plans.indicator i where i.code = s.indicator_code)
				"""), rows.sql("""
				select s.row_no, 'value', s.value::text, 'imports.problem.shareOutOfRange', '{}'::text[]
				from {staged} s
				join plans.indicator i on i.code = s.indicator_code
				where s.import_id = :batch and i.unit = '%' and (s.value < 0 or s.value > 100)
				"""), rows.sql("""
				select s.row_no, 'period', s.period, 'imports.problem.duplicateRow', array[d.first_row::text]
				from (select *, coalesce(status, 'FINAL') as final_status from {staged}
				      where import_id = :batch) s
				join (select indicator_code, scope_code, period, coalesce(status, 'FINAL') as final_status,
				             min(row_no) as first_row
				      from {staged} where import_id = :batch
				      group by 1, 2, 3, 4 having count(*) > 1) d
				  using (indicator_code, scope_code, period, final_status)
				where s.row_no > d.first_row
				"""));
	}

	/**
	 * The staged rows against the stored values. A row without a source leaves a stored value's source alone when
	 * nothing else changed, so that the same file imported again changes nothing.
	 */
	private static final String INCOMING = """
			incoming as (
			    select s.row_no, s.indicator_code, s.scope_code, s.period, coalesce(s.status, 'FINAL') as status,
			           s.value, s.note, coalesce(s.source, :origin || ' row ' || s.row_no) as source,
			           s.source is null as unsourced,
			           v.id is not null as existed, v.value as old_value, v.note as old_note, v.source as old_source,
			           v.id is not null and ((v.value, v.note) is distinct from (s.value, s.note)
			               or (s.source is not null and s.source is distinct from v.source)) as changed
			    from {staged} s
			    left join figures.indicator_value v on v.indicator_code = s.indicator_code
			         and v.scope_code = s.scope_code and v.period = s.period and v.status = coalesce(s.status, 'FINAL')
			    where s.import_id = :batch
			)
			""";

	@Override
	public Comparison compare(StagedRows rows) {
		return rows.compare(jdbc, "with " + INCOMING + """
				select count(*) filter (where not existed), count(*) filter (where changed),
				       count(*) filter (where existed and not changed)
				from incoming
				""");
	}

	@Override
	public void merge(StagedRows rows, Comparison comparison) {
		if (comparison.created() == 0 && comparison.changed() == 0) {
			return;
		}
		jdbc.sql(rows.sql("with " + INCOMING + """
				, writes as (
				    select *,
				           case when unsourced then replace(:citationZh, '{row}', row_no::text) end as citation_zh,
				           case when unsourced then replace(:citationEn, '{row}', row_no::text) end as citation_en
				    from incoming where not existed or changed
				), merged as (
				    insert into figures.indicator_value (indicator_code, scope_code, period, value, status, note,
				                                         source, recorded_by, citation_zh, citation_en)
				    select indicator_code, scope_code, period, value, status, note, source, :writer, citation_zh,
				           citation_en
				    from writes
				    on conflict (indicator_code, scope_code, period, status)
				    -- an imported value that replaces a demo value is real: it stays when demo mode ends
				    do update set value = excluded.value, note = excluded.note, source = excluded.source,
				                  recorded_by = excluded.recorded_by, recorded_at = now(), demo = false,
				                  -- a new source is cited by its own text (the old words would cite another), a
				                  -- row without one by the import's words
				                  citation_zh = case when excluded.source is distinct from indicator_value.source
				                                     then excluded.citation_zh else indicator_value.citation_zh end,
				                  citation_en = case when excluded.source is distinct from indicator_value.source
				                                     then excluded.citation_en else indicator_value.citation_en end
				)
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, row_no, indicator_code || ' ' || scope_code || ' ' || period || ' ' || status,
				       case when existed then jsonb_build_object('value', old_value, 'note', old_note, 'source', old_source) end,
				       jsonb_build_object('value', value, 'note', note, 'source', source)
				from writes
				""")).params(rows.parameters())
			.param("citationZh", citation(rows, Locale.CHINESE))
			.param("citationEn", citation(rows, Locale.ENGLISH))
			.update();
		events.publishEvent(new DataChanged("figures"));
	}

	/** How the batch's rows without a source are cited, with {@code {row}} where the row's number goes. */
	private String citation(StagedRows rows, Locale locale) {
		return messages.getMessage("figures.citation.import", new Object[] { String.valueOf(rows.batch()), "{row}" },
				locale);
	}

}
