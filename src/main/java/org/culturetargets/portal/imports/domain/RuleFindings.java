package org.culturetargets.portal.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.culturetargets.portal.reporting.ValueFinding;
import org.culturetargets.portal.reporting.ValueRules;
import org.culturetargets.portal.reporting.ValueToCheck;
import org.culturetargets.portal.shared.Period;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report validation rules on a values file (issue 14), through the reporting module's {@link ValueRules}: each
 * staged row without a problem is judged as the figures would stand after the commit. A hard rule's finding is a
 * row problem, which stops the commit like any other; a soft rule's finding or a rule's notice is a warning, shown
 * in the preview and the result, which does not. Either names its rule, whose owner writes its message.
 */
@Component
class RuleFindings {

	/**
	 * The most rows of a file put through the rules, which judge in memory: a values file holds a few thousand
	 * rows (every district's indicators over years of quarters); beyond this a warning says the rules did not run.
	 */
	static final int MOST_ROWS = 100_000;

	private final ValueRules rules;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	RuleFindings(ValueRules rules, JdbcClient jdbc, DataSource dataSource) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** What the rules found: problems (hard findings, on so many rows) and warnings. */
	record Outcome(int problems, int rows, int warnings) {

		static final Outcome NONE = new Outcome(0, 0, 0);

	}

	/**
	 * Runs the rules on the import's staged rows that have no problem, replacing what they found before (a commit
	 * checks again: the figures may have changed since the preview). Keeps at most {@code room} problems and as
	 * many warnings, counts them all.
	 */
	Outcome check(Kind kind, long importId, int room) {
		if (!kind.judgedByReportRules()) {
			return Outcome.NONE;
		}
		jdbc.sql("delete from imports.problem where import_id = ? and (rule is not null or warning)").param(importId)
			.update();
		int staged = jdbc.sql("select count(*) from " + kind.stagingTable() + " where import_id = ?").param(importId)
			.query(Integer.class).single();
		if (staged > MOST_ROWS) {
			keep(importId, List.of(new ProblemView(1, "value", null, "imports.warning.rulesSkipped",
					List.of(String.valueOf(MOST_ROWS)), null, true)));
			return new Outcome(0, 0, 1);
		}
		List<ValueToCheck> values = jdbc.sql("""
				select s.row_no, s.indicator_code, s.scope_code, s.period, s.value from %s s
				where s.import_id = :batch
				  and not exists (select 1 from imports.problem p
				                  where p.import_id = s.import_id and p.row_no = s.row_no and not p.warning)
				order by s.row_no
				""".formatted(kind.stagingTable()))
			.param("batch", importId)
			.query((rs, n) -> new ValueToCheck(rs.getInt(1), rs.getString(2), rs.getString(3),
					Period.parse(rs.getString(4)), rs.getBigDecimal(5)))
			.list();
		Map<Integer, String> cells = new HashMap<>();
		values.forEach(v -> cells.put(v.row(), v.value().toPlainString()));
		List<ValueFinding> findings = rules.check(values);
		List<ValueFinding> hard = findings.stream().filter(ValueFinding::hard).toList();
		List<ValueFinding> soft = findings.stream().filter(f -> !f.hard()).toList();
		List<ProblemView> kept = new ArrayList<>();
		hard.stream().limit(Math.max(room, 0)).forEach(f -> kept.add(problem(f, cells, false)));
		soft.stream().limit(Math.max(room, 0)).forEach(f -> kept.add(problem(f, cells, true)));
		keep(importId, kept);
		return new Outcome(hard.size(), (int) hard.stream().mapToInt(ValueFinding::row).distinct().count(), soft.size());
	}

	private static ProblemView problem(ValueFinding f, Map<Integer, String> cells, boolean warning) {
		return new ProblemView(f.row(), "value", cells.get(f.row()), f.messageKey(), f.arguments(), f.rule(), warning);
	}

	private void keep(long importId, List<ProblemView> problems) {
		new JdbcTemplate(dataSource).batchUpdate("""
				insert into imports.problem (import_id, row_no, column_name, value, message_key, arguments, rule, warning)
				values (?, ?, ?, left(?, 300), ?, ?, ?, ?)
				""", problems, 500, (statement, problem) -> {
			statement.setLong(1, importId);
			statement.setInt(2, problem.row());
			statement.setString(3, problem.column());
			statement.setString(4, problem.value());
			statement.setString(5, problem.messageKey());
			statement.setArray(6, statement.getConnection().createArrayOf("text", problem.arguments().toArray()));
			statement.setString(7, problem.rule());
			statement.setBoolean(8, problem.warning());
		});
	}

}
