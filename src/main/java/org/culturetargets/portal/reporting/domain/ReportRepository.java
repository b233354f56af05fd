package org.culturetargets.portal.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.culturetargets.portal.reporting.ReportStatus;
import org.culturetargets.portal.shared.Period;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reports in the {@code reporting} schema. Every write of a report row names the version it expects and raises it,
 * in one statement: of two writers holding the same version, PostgreSQL lets the second re-check the condition after
 * the first commits, so exactly one of them changes the row.
 */
@Repository
class ReportRepository {

	private static final String COLUMNS = """
			id, area_code, period, revision, status, narrative, review_comment, version, changed_by, changed_at,
			submitted_by, submitted_at, reviewed_by, reviewed_at, demo, value_editors
			""";

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The status of the latest revision, or empty when nothing is saved: one row by the unique index. */
	Optional<ReportStatus> status(String areaCode, Period period) {
		return jdbc.sql("""
				select status from reporting.report where area_code = ? and period = ?
				 order by revision desc limit 1""")
			.params(areaCode, period.toString())
			.query((rs, row) -> ReportStatus.valueOf(rs.getString(1)))
			.optional();
	}

	/** The given revision, or the latest when {@code revision} is null. */
	Optional<Report> find(String areaCode, Period period, Integer revision) {
		Optional<Report> report = jdbc.sql("select " + COLUMNS + """
				  from reporting.report
				 where area_code = ? and period = ? and (cast(? as integer) is null or revision = ?)
				 order by revision desc limit 1
				""")
			.params(areaCode, period.toString(), revision, revision)
			.query((rs, row) -> report(rs, Map.of()))
			.optional();
		return report.map(r -> withValues(r, values(r.id())));
	}

	List<Integer> revisions(String areaCode, Period period) {
		return jdbc.sql("select revision from reporting.report where area_code = ? and period = ? order by revision")
			.params(areaCode, period.toString())
			.query(Integer.class)
			.list();
	}

	/** The latest revision of every district's report of the quarter, without values. */
	List<Report> latestOf(Period period) {
		return jdbc.sql("select distinct on (area_code) " + COLUMNS + """
				  from reporting.report where period = ? order by area_code, revision desc
				""").param(period.toString()).query((rs, row) -> report(rs, Map.of())).list();
	}

	/** The districts with a revision of the quarter handed in (a correction in draft leaves the approved one). */
	Set<String> handedIn(Period period) {
		return new HashSet<>(jdbc.sql("""
				select distinct area_code from reporting.report where period = ? and status in ('SUBMITTED', 'APPROVED')
				""").param(period.toString()).query(String.class).list());
	}

	/** Reports waiting for review, oldest submission first, with their values (read for all of them at once). */
	List<Report> submitted() {
		List<Report> reports = jdbc.sql("select " + COLUMNS + """
				  from reporting.report where status = 'SUBMITTED' order by submitted_at, id
				""").query((rs, row) -> report(rs, Map.of())).list();
		if (reports.isEmpty()) {
			return reports;
		}
		Map<Long, Map<String, ReportValue>> values = new HashMap<>();
		jdbc.sql("""
				select report_id, indicator_code, value, note from reporting.report_value
				 where report_id = any(?) order by report_id, indicator_code""")
			.param(reports.stream().map(Report::id).toArray(Long[]::new))
			.query((ResultSet rs) -> {
				values.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
					.put(rs.getString(2), new ReportValue(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
			});
		return reports.stream().map(r -> withValues(r, values.getOrDefault(r.id(), Map.of()))).toList();
	}

	/** The latest revisions of one district, newest quarter first. */
	List<Report> ofArea(String areaCode) {
		return jdbc.sql("select distinct on (period) " + COLUMNS + """
				  from reporting.report where area_code = ? order by period desc, revision desc
				""").param(areaCode).query((rs, row) -> report(rs, Map.of())).list();
	}

	/**
	 * Inserts a new revision; empty when that revision exists already (someone else created it first). The actor is
	 * one of its value editors when the insert saves values they entered, not when it copies approved ones.
	 */
	Optional<Long> insert(String areaCode, Period period, int revision, String narrative, String actor, boolean demo,
			boolean withValues) {
		return jdbc.sql("""
				insert into reporting.report (area_code, period, revision, status, narrative, created_by, changed_by, demo,
				                              value_editors)
				values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, case when ? then array[?] else '{}' end)
				on conflict (area_code, period, revision) do nothing
				returning id
				""")
			.params(areaCode, period.toString(), revision, narrative, actor, actor, demo, withValues, actor)
			.query(Long.class)
			.optional();
	}

	/**
	 * Changes narrative and status if the report still has {@code expectedVersion}; false when it has not. The actor
	 * joins the revision's value editors, who may not review it.
	 */
	boolean updateContent(long id, int expectedVersion, String narrative, ReportStatus status, String actor) {
		return jdbc.sql("""
				update reporting.report
				   set narrative = ?, status = ?, version = version + 1, changed_by = ?, changed_at = now(),
				       value_editors = case when ? = any(value_editors) then value_editors
				                            else array_append(value_editors, ?) end
				 where id = ? and version = ?
				""")
			.params(narrative, status.name(), actor, actor, actor, id, expectedVersion)
			.update() == 1;
	}

	boolean markSubmitted(long id, int expectedVersion, String actor) {
		return jdbc.sql("""
				update reporting.report
				   set status = 'SUBMITTED', version = version + 1, changed_by = ?, changed_at = now(),
				       submitted_by = ?, submitted_at = now()
				 where id = ? and version = ?
				""")
			.params(actor, actor, id, expectedVersion)
			.update() == 1;
	}

	boolean markReviewed(long id, int expectedVersion, ReportStatus outcome, String comment, String actor) {
		return jdbc.sql("""
				update reporting.report
				   set status = ?, review_comment = ?, version = version + 1, changed_by = ?, changed_at = now(),
				       reviewed_by = ?, reviewed_at = now()
				 where id = ? and version = ?
				""")
			.params(outcome.name(), comment, actor, actor, id, expectedVersion)
			.update() == 1;
	}

	void replaceValues(long id, Iterable<ReportValue> values) {
		jdbc.sql("delete from reporting.report_value where report_id = ?").param(id).update();
		for (ReportValue v : values) {
			jdbc.sql("insert into reporting.report_value (report_id, indicator_code, value, note) values (?, ?, ?, ?)")
				.params(id, v.indicatorCode(), v.value(), v.note())
				.update();
		}
	}

	/** Who changed the report last and when, read outside any snapshot so a refused writer learns the truth. */
	Optional<Report> current(long id) {
		return jdbc.sql("select " + COLUMNS + " from reporting.report where id = ?")
			.param(id)
			.query((rs, row) -> report(rs, Map.of()))
			.optional();
	}

	private Map<String, ReportValue> values(long reportId) {
		Map<String, ReportValue> values = new LinkedHashMap<>();
		jdbc.sql("select indicator_code, value, note from reporting.report_value where report_id = ? order by indicator_code")
			.param(reportId)
			.query((rs, row) -> new ReportValue(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)))
			.list()
			.forEach(v -> values.put(v.indicatorCode(), v));
		return values;
	}

	private static Report withValues(Report r, Map<String, ReportValue> values) {
		return new Report(r.id(), r.areaCode(), r.period(), r.revision(), r.status(), r.narrative(), r.reviewComment(),
				r.version(), r.changedBy(), r.changedAt(), r.submittedBy(), r.submittedAt(), r.reviewedBy(),
				r.reviewedAt(), r.demo(), r.valueEditors(), values);
	}

	private static Report report(ResultSet rs, Map<String, ReportValue> values) throws SQLException {
		return new Report(rs.getLong("id"), rs.getString("area_code"), Period.parse(rs.getString("period")),
				rs.getInt("revision"), ReportStatus.valueOf(rs.getString("status")), rs.getString("narrative"),
				rs.getString("review_comment"), rs.getInt("version"), rs.getString("changed_by"),
				instant(rs.getTimestamp("changed_at")), rs.getString("submitted_by"),
				instant(rs.getTimestamp("submitted_at")), rs.getString("reviewed_by"),
				instant(rs.getTimestamp("reviewed_at")), rs.getBoolean("demo"),
				Set.of((String[]) rs.getArray("value_editors").getArray()), values);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
