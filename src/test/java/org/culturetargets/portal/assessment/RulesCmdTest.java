package org.culturetargets.portal.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.assessment.domain.RulesCmd;
import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.tasks.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules form's input: every field checked, all problems at once, each naming its field; exact decimals kept. */
class RulesCmdTest {

	private static RulesCmd cmd(String targets, String tasks, String lead, String shared, Map<String, String> targetPoints,
			Map<String, String> taskPoints) {
		return new RulesCmd(3, targets, tasks, lead, shared, targetPoints, taskPoints);
	}

	private static List<String> problems(RulesCmd cmd) {
		try {
			cmd.rules("HZ-14FYP", 2025);
		}
		catch (InvalidInput invalid) {
			return invalid.problems().stream().map(p -> p.field() + " " + p.code()).toList();
		}
		throw new AssertionError("accepted");
	}

	@Test
	void goodInputBecomesRulesWithExactDecimals() {
		Map<String, String> targets = new HashMap<>(Map.of("ACHIEVED", "100", "AT_RISK", "62.5", "NO_DATA", ""));
		ScoringRules rules = cmd(" 33.33 ", "66.67", "1", "0.25", targets, Map.of("OVERDUE", "0", "COMPLETED", "99.99"))
			.rules("HZ-14FYP", 2025);
		assertThat(rules.targetWeight()).isEqualTo("33.33");
		assertThat(rules.taskWeight()).isEqualTo("66.67");
		assertThat(rules.responsibleFactor()).isEqualTo("0.25");
		assertThat(rules.points(Status.AT_RISK)).isEqualTo("62.50");
		assertThat(rules.points(Status.NO_DATA)).as("blank: not counted").isNull();
		assertThat(rules.points(TaskStatus.COMPLETED)).isEqualTo("99.99");
		assertThat(rules.points(TaskStatus.OVERDUE)).isEqualByComparingTo("0");
		assertThat(rules.version()).isEqualTo(3);
		assertThat(rules.defaults()).isFalse();
	}

	@Test
	void weightsMustAddUpToExactlyAHundred() {
		assertThat(problems(cmd("60", "40.01", "1", "0.5", Map.of(), Map.of())))
			.containsExactly("taskWeight assessment.invalid.weights");
		assertThat(problems(cmd("33.33", "66.66", "1", "0.5", Map.of(), Map.of())))
			.containsExactly("taskWeight assessment.invalid.weights");
		assertThat(cmd("100", "0", "1", "0.5", Map.of(), Map.of()).rules("P", 2025).taskWeight()).isEqualTo("0.00");
	}

	@Test
	void numbersOutOfRangeOrTooPreciseAreRefusedBesideTheirField() {
		assertThat(problems(cmd("-10", "110", "0", "10.5", Map.of("ACHIEVED", "100.001", "MISSED", "-1"),
				Map.of("OVERDUE", "abc", "BEHIND", "101"))))
			.containsExactlyInAnyOrder("targetWeight assessment.invalid.range", "taskWeight assessment.invalid.range",
					"leadFactor assessment.invalid.leadZero", "responsibleFactor assessment.invalid.range",
					"targetPoints[ACHIEVED] assessment.invalid.range", "targetPoints[MISSED] assessment.invalid.range",
					"taskPoints[OVERDUE] assessment.invalid.number", "taskPoints[BEHIND] assessment.invalid.range");
		assertThat(problems(cmd("60.125", "39.875", "1", "0.5", Map.of("ACHIEVED", "99.999"), Map.of())))
			.containsExactlyInAnyOrder("targetWeight assessment.invalid.scale", "taskWeight assessment.invalid.scale",
					"targetPoints[ACHIEVED] assessment.invalid.scale");
	}

	@Test
	void weightsAndFactorsAreRequired() {
		assertThat(problems(cmd("", null, " ", null, null, null))).containsExactlyInAnyOrder(
				"targetWeight assessment.invalid.required", "taskWeight assessment.invalid.required",
				"leadFactor assessment.invalid.required", "responsibleFactor assessment.invalid.required");
	}

	@Test
	void trailingZerosAndFullWidthDigitsAreTheSameNumber() {
		ScoringRules rules = cmd("60.00", "４０", "1.0", "0.50", Map.of(), Map.of()).rules("P", 2025);
		assertThat(rules.taskWeight()).isEqualTo("40.00");
		assertThat(rules.leadFactor()).isEqualTo("1.00");
	}

	@Test
	void hugeOrExponentNumbersAreRefusedNotThrown() {
		assertThat(problems(cmd("1e400", "40", "1", "0.5", Map.of(), Map.of())))
			.containsExactly("targetWeight assessment.invalid.range");
	}

}
