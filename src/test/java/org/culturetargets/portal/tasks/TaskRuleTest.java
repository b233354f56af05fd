package org.culturetargets.portal.tasks;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.culturetargets.portal.tasks.TaskRule.Facts;
import org.culturetargets.portal.tasks.TaskRule.Milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** The status rules of a key task (docs/methodology.md, "Key tasks"), each with its explanation. */
class TaskRuleTest {

	private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);

	private static LocalDate d(String iso) {
		return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
	}

	private static Facts facts(LocalDate deadline, LocalDate started, LocalDate completed, List<Milestone> milestones,
			List<LocalDate> reports) {
		return new Facts(deadline, started, completed, milestones, reports);
	}

	private static TaskAssessment assess(Facts facts, String asOf) {
		return TaskRule.assess(facts, d(asOf));
	}

	@Nested
	class Completed {

		@Test
		void onOrBeforeTheDeadlineIsOnTime() {
			TaskAssessment a = assess(facts(DEADLINE, null, d("2025-06-30"), List.of(), List.of()), "2026-01-10");
			assertThat(a.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
			assertThat(a.reasonKey()).isEqualTo("task.why.completedOnTime");
			assertThat(a.args()).containsExactly("2025-06-30", "2025-12-31");
		}

		@Test
		void onTheDeadlineItselfIsOnTime() {
			assertThat(assess(facts(DEADLINE, null, DEADLINE, List.of(), List.of()), "2025-12-31").status())
				.isEqualTo(TaskStatus.COMPLETED_ON_TIME);
		}

		@Test
		void afterTheDeadlineIsCompletedLateWithTheDaysLate() {
			TaskAssessment a = assess(facts(DEADLINE, null, d("2026-01-30"), List.of(), List.of()), "2026-03-01");
			assertThat(a.status()).isEqualTo(TaskStatus.COMPLETED);
			assertThat(a.reasonKey()).isEqualTo("task.why.completedLate");
			assertThat(a.args()).containsExactly("2026-01-30", "2025-12-31", 30L);
		}

		@Test
		void withoutADeadlineIsCompleted() {
			TaskAssessment a = assess(facts(null, null, d("2020-05-01"), List.of(), List.of()), "2021-01-01");
			assertThat(a.status()).isEqualTo(TaskStatus.COMPLETED);
			assertThat(a.reasonKey()).isEqualTo("task.why.completedNoDeadline");
		}

		@Test
		void completionOverridesMissedMilestones() {
			List<Milestone> missed = List.of(new Milestone(d("2024-03-31"), null));
			assertThat(assess(facts(DEADLINE, null, d("2025-01-01"), missed, List.of()), "2025-02-01").status())
				.isEqualTo(TaskStatus.COMPLETED_ON_TIME);
		}

		@Test
		void aCompletionAfterTheAsOfDateHasNotHappenedYet() {
			TaskAssessment a = assess(facts(DEADLINE, null, d("2025-06-30"), List.of(), List.of()), "2025-03-01");
			assertThat(a.status()).isEqualTo(TaskStatus.NOT_STARTED);
		}

	}

	@Nested
	class Overdue {

		@Test
		void pastTheDeadlineAndNotCompleted() {
			TaskAssessment a = assess(facts(DEADLINE, d("2022-01-01"), null, List.of(), List.of()), "2026-01-10");
			assertThat(a.status()).isEqualTo(TaskStatus.OVERDUE);
			assertThat(a.reasonKey()).isEqualTo("task.why.overdue");
			assertThat(a.args()).containsExactly("2025-12-31", 10L);
		}

		@Test
		void onTheDeadlineDayIsNotYetOverdue() {
			assertThat(assess(facts(DEADLINE, null, null, List.of(), List.of()), "2025-12-31").status())
				.isEqualTo(TaskStatus.NOT_STARTED);
		}

		@Test
		void overdueOutranksBehind() {
			List<Milestone> missed = List.of(new Milestone(d("2025-06-30"), null));
			assertThat(assess(facts(DEADLINE, null, null, missed, List.of()), "2026-02-01").status())
				.isEqualTo(TaskStatus.OVERDUE);
		}

		@Test
		void aTaskWithoutADeadlineIsNeverOverdue() {
			assertThat(assess(facts(null, null, null, List.of(), List.of()), "2099-01-01").status())
				.isEqualTo(TaskStatus.NOT_STARTED);
		}

	}

	@Nested
	class Behind {

		@Test
		void aMilestoneDueBeforeTheAsOfDateAndNotReached() {
			List<Milestone> ms = List.of(new Milestone(d("2024-03-31"), d("2024-03-20")),
					new Milestone(d("2024-07-31"), null), new Milestone(d("2024-12-31"), null));
			TaskAssessment a = assess(facts(DEADLINE, null, null, ms, List.of()), "2024-08-15");
			assertThat(a.status()).isEqualTo(TaskStatus.BEHIND);
			assertThat(a.reasonKey()).isEqualTo("task.why.behind");
			assertThat(a.args()).containsExactly(1, 3, "2024-07-31");
		}

		@Test
		void namesTheEarliestOfSeveralMissed() {
			List<Milestone> ms = List.of(new Milestone(d("2024-07-31"), null), new Milestone(d("2024-03-31"), null));
			assertThat(assess(facts(DEADLINE, null, null, ms, List.of()), "2024-09-01").args())
				.containsExactly(2, 2, "2024-03-31");
		}

		@Test
		void reachedLateButBeforeTheAsOfDateIsNoLongerBehind() {
			List<Milestone> ms = List.of(new Milestone(d("2024-03-31"), d("2024-05-02")));
			TaskAssessment a = assess(facts(DEADLINE, null, null, ms, List.of()), "2024-06-01");
			assertThat(a.status()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(a.args()).containsExactly(1L, 1);
		}

		@Test
		void reachedOnlyAfterTheAsOfDateWasStillBehindThen() {
			List<Milestone> ms = List.of(new Milestone(d("2024-03-31"), d("2024-05-02")));
			assertThat(assess(facts(DEADLINE, null, null, ms, List.of()), "2024-04-15").status())
				.isEqualTo(TaskStatus.BEHIND);
		}

		@Test
		void aMilestoneDueOnTheAsOfDateIsNotYetMissed() {
			List<Milestone> ms = List.of(new Milestone(d("2024-03-31"), null));
			assertThat(assess(facts(DEADLINE, null, null, ms, List.of()), "2024-03-31").status())
				.isEqualTo(TaskStatus.NOT_STARTED);
		}

		@Test
		void reportsDoNotMakeUpForAMissedMilestone() {
			List<Milestone> ms = List.of(new Milestone(d("2024-03-31"), null));
			assertThat(assess(facts(DEADLINE, d("2023-01-01"), null, ms, List.of(d("2024-04-01"))), "2024-04-15")
				.status()).isEqualTo(TaskStatus.BEHIND);
		}

	}

	@Nested
	class InProgress {

		@Test
		void aMilestoneReachedCountsTheReachedOnes() {
			List<Milestone> ms = List.of(new Milestone(d("2024-03-31"), d("2024-03-01")),
					new Milestone(d("2024-12-31"), null));
			TaskAssessment a = assess(facts(DEADLINE, null, null, ms, List.of()), "2024-06-01");
			assertThat(a.status()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(a.reasonKey()).isEqualTo("task.why.milestonesReached");
			assertThat(a.args()).containsExactly(1L, 2);
		}

		@Test
		void aMilestoneReachedEarlyBeforeItsDueDate() {
			List<Milestone> ms = List.of(new Milestone(d("2025-06-30"), d("2024-02-01")));
			assertThat(assess(facts(DEADLINE, null, null, ms, List.of()), "2024-03-01").status())
				.isEqualTo(TaskStatus.IN_PROGRESS);
		}

		@Test
		void aProgressReportNamesTheLatestOneUpToTheAsOfDate() {
			List<LocalDate> reports = List.of(d("2024-04-20"), d("2024-07-20"), d("2024-10-20"));
			TaskAssessment a = assess(facts(DEADLINE, null, null, List.of(), reports), "2024-08-01");
			assertThat(a.status()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(a.reasonKey()).isEqualTo("task.why.reported");
			assertThat(a.args()).containsExactly("2024-07-20");
		}

		@Test
		void aReportAfterTheAsOfDateDoesNotCount() {
			assertThat(assess(facts(DEADLINE, null, null, List.of(), List.of(d("2024-10-20"))), "2024-08-01").status())
				.isEqualTo(TaskStatus.NOT_STARTED);
		}

		@Test
		void aStartDateAlone() {
			TaskAssessment a = assess(facts(DEADLINE, d("2023-02-01"), null, List.of(), List.of()), "2023-05-01");
			assertThat(a.status()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(a.reasonKey()).isEqualTo("task.why.started");
			assertThat(a.args()).containsExactly("2023-02-01");
		}

		@Test
		void aStartAfterTheAsOfDateHasNotHappened() {
			assertThat(assess(facts(DEADLINE, d("2023-02-01"), null, List.of(), List.of()), "2023-01-01").status())
				.isEqualTo(TaskStatus.NOT_STARTED);
		}

		@Test
		void milestonesGoBeforeReportsInTheExplanation() {
			List<Milestone> ms = List.of(new Milestone(d("2025-03-31"), d("2024-03-01")));
			assertThat(assess(facts(DEADLINE, d("2023-01-01"), null, ms, List.of(d("2024-05-01"))), "2024-06-01")
				.reasonKey()).isEqualTo("task.why.milestonesReached");
		}

	}

	@Nested
	class NotStarted {

		@Test
		void nothingYetWithADeadlineNamesIt() {
			TaskAssessment a = assess(facts(DEADLINE, null, null, List.of(new Milestone(d("2025-03-31"), null)), List.of()),
					"2024-01-01");
			assertThat(a.status()).isEqualTo(TaskStatus.NOT_STARTED);
			assertThat(a.reasonKey()).isEqualTo("task.why.notStarted");
			assertThat(a.args()).containsExactly("2025-12-31");
		}

		@Test
		void nothingYetWithoutADeadline() {
			TaskAssessment a = assess(facts(null, null, null, List.of(), List.of()), "2024-01-01");
			assertThat(a.reasonKey()).isEqualTo("task.why.notStartedNoDeadline");
			assertThat(a.args()).isEmpty();
		}

	}

	/** The same task read at different dates moves through the statuses in order. */
	@ParameterizedTest
	@CsvSource({ "2023-01-01, NOT_STARTED", "2023-04-01, IN_PROGRESS", "2023-08-01, BEHIND", "2023-09-15, IN_PROGRESS",
			"2024-01-05, OVERDUE", "2024-02-01, COMPLETED" })
	void aTaskThroughTime(String asOf, TaskStatus expected) {
		Facts task = facts(d("2023-12-31"), null, d("2024-01-20"),
				List.of(new Milestone(d("2023-03-31"), d("2023-03-15")), new Milestone(d("2023-07-31"), d("2023-09-01"))),
				List.of());
		assertThat(assess(task, asOf).status()).isEqualTo(expected);
	}

	@Test
	void anAsOfDateIsRequired() {
		assertThatNullPointerException().isThrownBy(() -> TaskRule.assess(facts(null, null, null, List.of(), List.of()), null));
		assertThatNullPointerException().isThrownBy(() -> new Milestone(null, null));
	}

	@Test
	void overdueSortsFirstOnABoard() {
		assertThat(TaskStatus.values()[0]).isEqualTo(TaskStatus.OVERDUE);
		assertThat(TaskStatus.BEHIND.ordinal()).isLessThan(TaskStatus.NOT_STARTED.ordinal());
		assertThat(TaskStatus.COMPLETED_ON_TIME.completed()).isTrue();
		assertThat(TaskStatus.OVERDUE.completed()).isFalse();
	}

}
