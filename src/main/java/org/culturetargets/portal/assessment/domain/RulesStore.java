package org.culturetargets.portal.assessment.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.culturetargets.portal.assessment.ScoringRules;
import org.culturetargets.portal.assessment.ScoringRulesChanged;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.TaskStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment rules (schema {@code assessment}): a plan's for a year, or the defaults. A save replaces the plan
 * and year's rules whole, checked against the version the form was opened on; a reset deletes them, so the defaults
 * apply again. Both are audited.
 */
@Service
@Transactional
public class RulesStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PortalTime time;

	RulesStore(JdbcClient jdbc, ApplicationEventPublisher events, PortalTime time) {
		this.jdbc = jdbc;
		this.events = events;
		this.time = time;
	}

	private record Row(long id, String planCode, Integer year, BigDecimal targetWeight, BigDecimal taskWeight,
			BigDecimal leadFactor, BigDecimal responsibleFactor, String updatedBy, Timestamp updatedAt, int version) {
	}

	private record Points(String subject, String status, BigDecimal points) {
	}

	/** The plan's rules for the year, or the defaults (flagged as such) when it has none. */
	@Transactional(readOnly = true)
	public ScoringRules rules(String planCode, int year) {
		return own(planCode, year, "").map(this::toRules).orElseGet(this::defaults);
	}

	private ScoringRules defaults() {
		return row("plan_code is null", Map.of()).map(this::toRules)
			.orElseThrow(() -> new IllegalStateException("the default assessment rules are missing (assessment V11_1)"));
	}

	private Optional<Row> own(String planCode, int year, String lock) {
		return row("plan_code = :plan and year = :year " + lock, Map.of("plan", planCode, "year", year));
	}

	private Optional<Row> row(String where, Map<String, ?> params) {
		return jdbc.sql("""
				select id, plan_code, year, target_weight, task_weight, lead_factor, responsible_factor, updated_by,
				       updated_at, version
				  from assessment.scoring_rules where """ + " " + where)
			.params(params)
			.query(Row.class)
			.optional();
	}

	private ScoringRules toRules(Row row) {
		Map<Status, BigDecimal> targets = new EnumMap<>(Status.class);
		Map<TaskStatus, BigDecimal> tasks = new EnumMap<>(TaskStatus.class);
		for (Points p : jdbc.sql("select subject, status, points from assessment.status_points where rules_id = ?")
			.param(row.id())
			.query(Points.class)
			.list()) {
			if (p.subject().equals("TARGET")) {
				targets.put(Status.valueOf(p.status()), p.points());
			}
			else {
				tasks.put(TaskStatus.valueOf(p.status()), p.points());
			}
		}
		return new ScoringRules(row.planCode(), row.year(), row.targetWeight(), row.taskWeight(), row.leadFactor(),
				row.responsibleFactor(), targets, tasks, row.planCode() == null, row.updatedBy(),
				row.updatedAt().toInstant(), row.version());
	}

	/**
	 * Saves the plan's rules for the year. {@code rules.version()} is the version the form showed: the plan's own
	 * rules start at 1, so 0 means the form showed the defaults; anything else than the stored version was changed
	 * meanwhile.
	 */
	public void save(ScoringRules rules, String reason, String actor) {
		Optional<Row> own = own(rules.planCode(), rules.year(), "for update");
		ScoringRules before = own.map(this::toRules).orElseGet(this::defaults);
		if (before.version() != rules.version()) {
			throw new StaleRules(before.updatedBy());
		}
		long id;
		if (own.isPresent()) {
			id = own.get().id();
			jdbc.sql("""
					update assessment.scoring_rules
					   set target_weight = ?, task_weight = ?, lead_factor = ?, responsible_factor = ?, updated_by = ?,
					       updated_at = now(), version = version + 1
					 where id = ?""")
				.params(rules.targetWeight(), rules.taskWeight(), rules.leadFactor(), rules.responsibleFactor(), actor, id)
				.update();
			jdbc.sql("delete from assessment.status_points where rules_id = ?").param(id).update();
		}
		else {
			id = jdbc.sql("""
					insert into assessment.scoring_rules
					       (plan_code, year, target_weight, task_weight, lead_factor, responsible_factor, updated_by, version)
					values (?, ?, ?, ?, ?, ?, ?, 1) returning id""")
				.params(rules.planCode(), rules.year(), rules.targetWeight(), rules.taskWeight(), rules.leadFactor(),
						rules.responsibleFactor(), actor)
				.query(Long.class)
				.single();
		}
		rules.targetPoints().forEach((status, points) -> points(id, "TARGET", status.name(), points));
		rules.taskPoints().forEach((status, points) -> points(id, "TASK", status.name(), points));
		events.publishEvent(new ScoringRulesChanged(actor, Instant.now(time.clock()), subject(rules.planCode(), rules.year()),
				before.defaults() ? "created" : "updated", describe(before), describe(rules), reason));
	}

	/** Drops the plan's own rules for the year: the defaults apply again. False when it had none. */
	public boolean reset(String planCode, int year, String reason, String actor) {
		ScoringRules before = rules(planCode, year);
		if (before.defaults()) {
			return false;
		}
		jdbc.sql("delete from assessment.scoring_rules where plan_code = ? and year = ?").params(planCode, year).update();
		events.publishEvent(new ScoringRulesChanged(actor, Instant.now(time.clock()), subject(planCode, year), "deleted",
				describe(before), null, reason));
		return true;
	}

	private void points(long rulesId, String subject, String status, BigDecimal points) {
		jdbc.sql("insert into assessment.status_points (rules_id, subject, status, points) values (?, ?, ?, ?)")
			.params(rulesId, subject, status, points)
			.update();
	}

	private static String subject(String planCode, int year) {
		return "assessment rules " + planCode + " " + year;
	}

	/**
	 * The rules in one line for the audit log, as fields it puts into words ({@code audit.field.*} of the assessment
	 * bundle): {@code targetWeight=60.00; …; target_ACHIEVED=100.00; …}, a status not counted as empty.
	 */
	private static String describe(ScoringRules rules) {
		StringBuilder text = new StringBuilder()
			.append("targetWeight=").append(rules.targetWeight().toPlainString())
			.append("; taskWeight=").append(rules.taskWeight().toPlainString())
			.append("; leadFactor=").append(rules.leadFactor().toPlainString())
			.append("; responsibleFactor=").append(rules.responsibleFactor().toPlainString());
		for (Status status : Status.values()) {
			text.append("; target_").append(status.name()).append('=').append(plain(rules.points(status)));
		}
		for (TaskStatus status : TaskStatus.values()) {
			text.append("; task_").append(status.name()).append('=').append(plain(rules.points(status)));
		}
		return text.toString();
	}

	private static String plain(BigDecimal points) {
		return points == null ? "" : points.toPlainString();
	}

}
