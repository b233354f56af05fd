package org.culturetargets.portal.registry.domain;

import java.util.List;
import java.util.Optional;

import org.culturetargets.portal.shared.DataChanged;
import org.culturetargets.portal.shared.StagedMerge;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enterprises' quarterly figures (SPEC §9 {@code enterprise-figures}): year-to-date revenue in 万元 and the
 * head-count, keyed by credit code and quarter. The enterprises must be in the registry already.
 */
@Component
class StagedEnterpriseFigures implements StagedMerge {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StagedEnterpriseFigures(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public List<String> checks(StagedRows rows) {
		return List.of(rows.sql("""
				select s.row_no, 'credit_code', s.credit_code, 'imports.problem.unknownEnterprise', '{}'::text[]
				from {staged} s
				where s.import_id = :batch
				  and not exists (select 1 from registry.enterprise e where e.credit_code = s.credit_code)
				"""), rows.sql(StagedMerge.duplicateKey("period", "credit_code, period")));
	}

	@Override
	public Comparison compare(StagedRows rows) {
		return rows.compare(jdbc, """
				select count(*) filter (where f.enterprise_id is null),
				       count(*) filter (where f.enterprise_id is not null
				                          and (f.revenue, f.employees) is distinct from (s.revenue, s.employees)),
				       count(*) filter (where (f.revenue, f.employees) is not distinct from (s.revenue, s.employees))
				from {staged} s
				join registry.enterprise e using (credit_code)
				left join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = s.period
				where s.import_id = :batch
				""");
	}

	/**
	 * Set-based statements rather than one upsert: a million new rows go in by a plain insert (an upsert's speculative
	 * insertion costs more), and only changed rows go to the change log, with their old values; new rows carry the
	 * batch and its row themselves ({@code import_id}, {@code import_row}). A first import of a quarter's figures has
	 * no stored row to compare or update: it is one insert, without even the check for a stored row; the same file
	 * again has nothing to write (the caller holds the kind's lock, and the comparison ran in this transaction).
	 */
	@Override
	public void merge(StagedRows rows, Comparison comparison) {
		if (comparison.created() == 0 && comparison.changed() == 0) {
			return;
		}
		List<String> statements;
		if (comparison.changed() == 0 && comparison.unchanged() == 0) {
			statements = List.of(INSERT);
		}
		else if (comparison.changed() == 0) {
			statements = List.of(INSERT + NOT_STORED);
		}
		else {
			statements = List.of(CHANGES, UPDATE, INSERT + NOT_STORED);
		}
		rows.execute(jdbc, statements);
		events.publishEvent(new DataChanged("registry"));
	}

	private static final String CHANGES = """
				insert into {changes} (import_id, row_no, subject, before, after)
				select :batch, s.row_no, s.credit_code || ' ' || s.period,
				       jsonb_build_object('revenue', f.revenue, 'employees', f.employees),
				       jsonb_build_object('revenue', s.revenue, 'employees', s.employees)
				from {staged} s
				join registry.enterprise e using (credit_code)
				join registry.enterprise_figure f on f.enterprise_id = e.id and f.period = s.period
				where s.import_id = :batch and (f.revenue, f.employees) is distinct from (s.revenue, s.employees)
				""";

	private static final String UPDATE = """
				update registry.enterprise_figure f
				set revenue = s.revenue, employees = s.employees, import_id = :batch, import_row = s.row_no
				from {staged} s join registry.enterprise e using (credit_code)
				where s.import_id = :batch and f.enterprise_id = e.id and f.period = s.period
				  and (f.revenue, f.employees) is distinct from (s.revenue, s.employees)
				""";

	private static final String INSERT = """
				insert into registry.enterprise_figure (enterprise_id, period, revenue, employees, import_id, import_row)
				select e.id, s.period, s.revenue, s.employees, :batch, s.row_no
				from {staged} s join registry.enterprise e using (credit_code)
				where s.import_id = :batch
				""";

	private static final String NOT_STORED = """
				  and not exists (select 1 from registry.enterprise_figure f where f.enterprise_id = e.id and f.period = s.period)
				""";

	@Override
	public Optional<String> created(StagedRows rows) {
		return Optional.of(rows.sql("""
				select f.import_row, e.credit_code || ' ' || f.period,
				       jsonb_build_object('revenue', f.revenue, 'employees', f.employees)
				from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where f.import_id = :batch
				  and not exists (select 1 from {changes} c where c.import_id = :batch and c.row_no = f.import_row)
				"""));
	}

}
