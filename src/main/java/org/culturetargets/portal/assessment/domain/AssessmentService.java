package org.culturetargets.portal.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.culturetargets.portal.assessment.Assessment;
import org.culturetargets.portal.assessment.Assessments;
import org.culturetargets.portal.assessment.Scoring;
import org.culturetargets.portal.assessment.ScoringRules;
import org.culturetargets.portal.assessment.UnitAssessment;
import org.culturetargets.portal.assessment.UnitAssessment.CountedTarget;
import org.culturetargets.portal.assessment.UnitAssessment.CountedTask;
import org.culturetargets.portal.evaluation.Scorecards;
import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.PortalTime;
import org.culturetargets.portal.tasks.TaskBoard;
import org.culturetargets.portal.tasks.TaskView;
import org.culturetargets.portal.tasks.UnitRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses a plan's responsible units for a year: the districts and counties the plan sets targets for, and every
 * area or department its tasks name. An area's targets are its scorecard as of the year; a unit's tasks are those it
 * leads or shares, as they stand at the year's end (today while the year runs). {@link Scoring} does the sums.
 */
@Service
@Transactional(readOnly = true)
class AssessmentService implements Assessments {

	private final PlanCatalog catalog;

	private final Scorecards scorecards;

	private final TaskBoard tasks;

	private final RulesStore rules;

	private final PortalTime time;

	AssessmentService(PlanCatalog catalog, Scorecards scorecards, TaskBoard tasks, RulesStore rules, PortalTime time) {
		this.catalog = catalog;
		this.scorecards = scorecards;
		this.tasks = tasks;
		this.rules = rules;
		this.time = time;
	}

	@Override
	public List<Integer> years(String planCode) {
		return catalog.plan(planCode)
			.map(plan -> IntStream.rangeClosed(plan.periodStart(), Math.min(plan.periodEnd(), time.today().getYear()))
				.boxed()
				.toList())
			.orElse(List.of());
	}

	@Override
	public ScoringRules rules(String planCode, int year) {
		return rules.rules(planCode, year);
	}

	@Override
	public Optional<Assessment> assessment(String planCode, int year) {
		Optional<PlanView> found = catalog.plan(planCode);
		if (found.isEmpty() || !years(planCode).contains(year)) {
			return Optional.empty();
		}
		PlanView plan = found.get();
		ScoringRules scoring = rules.rules(planCode, year);
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate asOf = yearEnd.isAfter(time.today()) ? time.today() : yearEnd;
		List<TaskView> planTasks = tasks.ofPlan(planCode, asOf);

		// the plan's targets read once: a unit without targets of its own needs no scorecard (and no queries)
		Set<String> targeted = catalog.targets(planCode, null)
			.stream()
			.map(TargetView::scopeCode)
			.collect(Collectors.toSet());
		Map<String, UnitRef> named = new LinkedHashMap<>();
		for (ScopeView scope : catalog.scopes()) {
			if (scope.kind() == ScopeKind.DISTRICT && targeted.contains(scope.code())) {
				named.put("area:" + scope.code(), null);
			}
		}
		planTasks.forEach(task -> task.units().forEach(unit -> named.putIfAbsent(unit.key(), unit)));

		Map<String, ScopeView> scopes = new LinkedHashMap<>();
		catalog.scopes().forEach(scope -> scopes.put(scope.code(), scope));
		List<UnitAssessment> units = new ArrayList<>();
		named.forEach((key, ref) -> {
			boolean area = key.startsWith("area:");
			String code = key.substring(key.indexOf(':') + 1);
			ScopeView scope = area ? scopes.get(code) : null;
			String nameZh = scope != null ? scope.nameZh() : ref.nameZh();
			String nameEn = scope != null ? scope.nameEn() : ref.nameEn();
			List<CountedTarget> targets = area && targeted.contains(code) ? targets(scoring, planCode, code, year)
					: List.of();
			List<CountedTask> counted = planTasks.stream()
				.filter(task -> task.involves(key))
				.map(task -> task.units()
					.stream()
					.filter(u -> u.key().equals(key))
					.findFirst()
					.map(u -> new CountedTask(task, u.role(), scoring.points(task.status()), scoring.factor(u.role())))
					.orElseThrow())
				.toList();
			Scoring.Result result = Scoring.score(scoring, targets.stream().map(CountedTarget::status).toList(),
					counted.stream().map(t -> new Scoring.TaskShare(t.task().status(), t.role())).toList());
			units.add(new UnitAssessment(key, area, code, nameZh, nameEn, targets, counted, result, 0));
		});
		return Optional.of(new Assessment(plan, year, asOf, scoring, ranked(units), planTasks));
	}

	private List<CountedTarget> targets(ScoringRules scoring, String planCode, String scopeCode, int year) {
		return scorecards.scorecard(planCode, scopeCode, Period.ofYear(year))
			.map(card -> card.lines()
				.stream()
				.map(line -> new CountedTarget(line.target(), line.indicator(), line.evaluation().status(),
						scoring.points(line.evaluation().status())))
				.toList())
			.orElse(List.of());
	}

	/** Best score first; equal scores share a rank (1, 2, 2, 4); units without a score last, unranked. */
	private static List<UnitAssessment> ranked(List<UnitAssessment> units) {
		Comparator<UnitAssessment> byScore = Comparator.comparing((UnitAssessment u) -> u.result().score(),
				Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
		List<UnitAssessment> sorted = units.stream()
			.sorted(byScore.thenComparing(u -> !u.area()).thenComparing(UnitAssessment::code))
			.toList();
		List<UnitAssessment> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			UnitAssessment u = sorted.get(i);
			BigDecimal score = u.result().score();
			int rank = score == null ? 0
					: i > 0 && score.compareTo(sorted.get(i - 1).result().score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new UnitAssessment(u.key(), u.area(), u.code(), u.nameZh(), u.nameEn(), u.targets(), u.tasks(),
					u.result(), rank));
		}
		return ranked;
	}

}
