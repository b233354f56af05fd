package org.culturetargets.portal.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.culturetargets.portal.assessment.Scoring.Result;
import org.culturetargets.portal.assessment.Scoring.TaskShare;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.tasks.TaskStatus;
import org.culturetargets.portal.tasks.UnitRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.evaluation.Status.ACHIEVED;
import static org.culturetargets.portal.evaluation.Status.AT_RISK;
import static org.culturetargets.portal.evaluation.Status.MISSED;
import static org.culturetargets.portal.evaluation.Status.NO_DATA;
import static org.culturetargets.portal.evaluation.Status.OFF_TRACK;
import static org.culturetargets.portal.evaluation.Status.ON_TRACK;
import static org.culturetargets.portal.tasks.TaskStatus.BEHIND;
import static org.culturetargets.portal.tasks.TaskStatus.COMPLETED;
import static org.culturetargets.portal.tasks.TaskStatus.COMPLETED_ON_TIME;
import static org.culturetargets.portal.tasks.TaskStatus.IN_PROGRESS;
import static org.culturetargets.portal.tasks.TaskStatus.NOT_STARTED;
import static org.culturetargets.portal.tasks.TaskStatus.OVERDUE;
import static org.culturetargets.portal.tasks.UnitRole.LEAD;
import static org.culturetargets.portal.tasks.UnitRole.RESPONSIBLE;

/** The assessment's arithmetic, case by case, with the defaults of assessment V11_1 unless a case says otherwise. */
class ScoringTest {

	/** The seeded defaults: targets 60 %, tasks 40 %, lead 1, shared 0.5; no data is not counted. */
	static ScoringRules defaults() {
		return rules("60", "40", "1", "0.5");
	}

	static ScoringRules rules(String targetWeight, String taskWeight, String lead, String shared) {
		Map<Status, BigDecimal> targets = new EnumMap<>(Status.class);
		targets.put(ACHIEVED, d("100"));
		targets.put(ON_TRACK, d("90"));
		targets.put(AT_RISK, d("60"));
		targets.put(OFF_TRACK, d("30"));
		targets.put(MISSED, d("0"));
		Map<TaskStatus, BigDecimal> tasks = new EnumMap<>(TaskStatus.class);
		tasks.put(COMPLETED_ON_TIME, d("100"));
		tasks.put(COMPLETED, d("80"));
		tasks.put(IN_PROGRESS, d("80"));
		tasks.put(NOT_STARTED, d("30"));
		tasks.put(BEHIND, d("40"));
		tasks.put(OVERDUE, d("0"));
		return new ScoringRules("HZ-14FYP", 2025, d(targetWeight), d(taskWeight), d(lead), d(shared), targets, tasks,
				false, "admin", null, 1);
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static Result score(List<Status> targets, TaskShare... tasks) {
		return Scoring.score(defaults(), targets, List.of(tasks));
	}

	private static TaskShare task(TaskStatus status, UnitRole role) {
		return new TaskShare(status, role);
	}

	@Test
	void bothPartsWeighedSixtyForty() {
		Result r = score(List.of(ACHIEVED, AT_RISK), task(COMPLETED_ON_TIME, LEAD), task(BEHIND, LEAD));
		assertThat(r.targetPart()).isEqualByComparingTo("80");
		assertThat(r.taskPart()).isEqualByComparingTo("70");
		// 80 × 0.6 + 70 × 0.4 = 48 + 28
		assertThat(r.score()).isEqualTo(d("76.00"));
		assertThat(r.targetsCounted()).isEqualTo(2);
		assertThat(r.tasksCounted()).isEqualTo(2);
	}

	@Test
	void aSharedTaskCountsWithItsFactor() {
		// (100 × 1 + 0 × 0.5) ÷ 1.5 = 66.666… → 66.67
		Result r = score(List.of(), task(COMPLETED_ON_TIME, LEAD), task(OVERDUE, RESPONSIBLE));
		assertThat(r.taskPart()).isEqualTo(d("66.67"));
	}

	@Test
	void onlySharedTasksAreAnOrdinaryMean() {
		Result r = score(List.of(), task(COMPLETED, RESPONSIBLE), task(NOT_STARTED, RESPONSIBLE));
		assertThat(r.taskPart()).isEqualTo(d("55.00"));
	}

	@Test
	void withoutTasksTheTargetsWeighAHundredPercent() {
		Result r = score(List.of(ACHIEVED, ON_TRACK, OFF_TRACK));
		assertThat(r.taskPart()).isNull();
		assertThat(r.tasksCounted()).isZero();
		// (100 + 90 + 30) ÷ 3 = 73.333… → 73.33
		assertThat(r.targetPart()).isEqualTo(d("73.33"));
		assertThat(r.score()).isEqualTo(d("73.33"));
		assertThat(r.appliedWeight(d("60"), true)).isEqualByComparingTo("100");
		assertThat(r.appliedWeight(d("40"), false)).isEqualByComparingTo("0");
	}

	@Test
	void withoutTargetsADepartmentIsScoredOnItsTasksAlone() {
		Result r = score(List.of(), task(IN_PROGRESS, LEAD));
		assertThat(r.targetPart()).isNull();
		assertThat(r.score()).isEqualTo(d("80.00"));
		assertThat(r.appliedWeight(d("40"), false)).isEqualByComparingTo("100");
	}

	@Test
	void targetsWithoutDataAreNotCountedAndDoNotLowerTheMean() {
		Result r = score(List.of(ACHIEVED, NO_DATA, Status.NO_BASELINE, Status.NO_TARGET), task(COMPLETED, LEAD));
		assertThat(r.targetsCounted()).isEqualTo(1);
		assertThat(r.targetPart()).isEqualTo(d("100.00"));
		assertThat(r.score()).isEqualTo(d("92.00"));
	}

	@Test
	void onlyTargetsWithoutDataMeanNoTargetPart() {
		Result r = score(List.of(NO_DATA, NO_DATA), task(OVERDUE, LEAD));
		assertThat(r.targetPart()).isNull();
		assertThat(r.score()).isEqualTo(d("0.00"));
	}

	@Test
	void nothingCountedIsNoScoreRatherThanZero() {
		Result r = score(List.of(NO_DATA));
		assertThat(r.targetPart()).isNull();
		assertThat(r.taskPart()).isNull();
		assertThat(r.score()).isNull();
		assertThat(Scoring.score(defaults(), List.of(), List.of()).score()).isNull();
	}

	@Test
	void aZeroFactorLeavesSharedTasksOut() {
		ScoringRules leadOnly = rules("60", "40", "1", "0");
		Result r = Scoring.score(leadOnly, List.of(), List.of(task(OVERDUE, RESPONSIBLE), task(COMPLETED, LEAD)));
		assertThat(r.tasksCounted()).isEqualTo(1);
		assertThat(r.taskPart()).isEqualTo(d("80.00"));
		Result none = Scoring.score(leadOnly, List.of(), List.of(task(OVERDUE, RESPONSIBLE)));
		assertThat(none.taskPart()).isNull();
		assertThat(none.score()).isNull();
	}

	@Test
	void aTaskStatusWithoutPointsIsNotCounted() {
		Map<TaskStatus, BigDecimal> onlyDone = Map.of(COMPLETED_ON_TIME, d("100"));
		ScoringRules rules = new ScoringRules("P", 2025, d("50"), d("50"), d("1"), d("1"), Map.of(ACHIEVED, d("100")),
				onlyDone, false, null, null, 1);
		Result r = Scoring.score(rules, List.of(ACHIEVED), List.of(task(OVERDUE, LEAD), task(COMPLETED_ON_TIME, LEAD)));
		assertThat(r.tasksCounted()).isEqualTo(1);
		assertThat(r.taskPart()).isEqualTo(d("100.00"));
	}

	@Test
	void theScoreIsComputedFromThePartsAsShown() {
		// targets (100 + 90 + 30) ÷ 3 = 73.33 (shown); tasks (100 + 0.5 × 0) ÷ 1.5 = 66.67 (shown)
		// 73.33 × 0.6 + 66.67 × 0.4 = 43.998 + 26.668 = 70.666 → 70.67; from unrounded parts it would be 70.67 too,
		// but the page's sum is the one a reader can redo
		Result r = score(List.of(ACHIEVED, ON_TRACK, OFF_TRACK), task(COMPLETED_ON_TIME, LEAD),
				task(OVERDUE, RESPONSIBLE));
		assertThat(r.targetPart()).isEqualTo(d("73.33"));
		assertThat(r.taskPart()).isEqualTo(d("66.67"));
		assertThat(r.score()).isEqualTo(d("70.67"));
	}

	@ParameterizedTest(name = "{0}% targets, {1}% tasks: {2} and {3} make {4}")
	@CsvSource({
			"60, 40, 80, 70, 76.00",
			"100, 0, 80, 70, 80.00",
			"0, 100, 80, 70, 70.00",
			"33.33, 66.67, 100, 0, 33.33",
			"50, 50, 0, 0, 0.00",
			// 0.005 exactly half a cent: rounded half up
			"50.5, 49.5, 90.01, 90.00, 90.01",
			"12.5, 87.5, 100, 99.99, 99.99",
			"0.01, 99.99, 100, 0, 0.01" })
	void weightsAndHalfUpRounding(String targetWeight, String taskWeight, String targetPoints, String taskPoints,
			String expected) {
		Map<Status, BigDecimal> targets = Map.of(ACHIEVED, d(targetPoints));
		Map<TaskStatus, BigDecimal> tasks = Map.of(COMPLETED, d(taskPoints));
		ScoringRules rules = new ScoringRules("P", 2025, d(targetWeight), d(taskWeight), d("1"), d("0.5"), targets,
				tasks, false, null, null, 1);
		Result r = Scoring.score(rules, List.of(ACHIEVED), List.of(task(COMPLETED, LEAD)));
		assertThat(r.score()).isEqualTo(d(expected));
	}

	@Test
	void halfACentRoundsUpInAPart() {
		ScoringRules rules = new ScoringRules("P", 2025, d("50"), d("50"), d("1"), d("1"),
				Map.of(ACHIEVED, d("0.01"), MISSED, d("0")), Map.of(), false, null, null, 1);
		// (0.01 + 0) ÷ 2 = 0.005 → 0.01
		assertThat(Scoring.score(rules, List.of(ACHIEVED, MISSED), List.of()).targetPart()).isEqualTo(d("0.01"));
		// (0.01 + 0 + 0) ÷ 3 = 0.00333… → 0.00
		assertThat(Scoring.score(rules, List.of(ACHIEVED, MISSED, MISSED), List.of()).targetPart()).isEqualTo(d("0.00"));
	}

	@Test
	void manyTasksStayExact() {
		TaskShare[] tasks = new TaskShare[300];
		for (int i = 0; i < tasks.length; i++) {
			tasks[i] = task(i % 3 == 0 ? COMPLETED_ON_TIME : IN_PROGRESS, i % 2 == 0 ? LEAD : RESPONSIBLE);
		}
		// lead: 150 tasks, 50 completed on time (i divisible by 6), 100 in progress; shared: 150, 50 + 100
		// Σ = 50×100 + 100×80 + 0.5×(50×100 + 100×80) = 13000 + 6500 = 19500; Σ factors = 150 + 75 = 225 → 86.666…
		assertThat(score(List.of(), tasks).taskPart()).isEqualTo(d("86.67"));
	}

	@Test
	void aLeadFactorAboveOneWeighsLedTasksMore() {
		ScoringRules rules = rules("60", "40", "2", "1");
		Result r = Scoring.score(rules, List.of(), List.of(task(COMPLETED_ON_TIME, LEAD), task(OVERDUE, RESPONSIBLE)));
		// (100 × 2 + 0 × 1) ÷ 3 = 66.67
		assertThat(r.taskPart()).isEqualTo(d("66.67"));
	}

	@Test
	void pointsAndFactorsAreReadByStatusAndRole() {
		ScoringRules rules = defaults();
		assertThat(rules.points(NO_DATA)).isNull();
		assertThat(rules.points(OVERDUE)).isEqualByComparingTo("0");
		assertThat(rules.factor(LEAD)).isEqualByComparingTo("1");
		assertThat(rules.factor(RESPONSIBLE)).isEqualByComparingTo("0.5");
	}

}
