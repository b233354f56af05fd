package org.culturetargets.portal.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates, reminders, lateness and closing of a quarter (docs/reporting.md). */
class ReportingCalendarTest {

	static final Period Q3 = Period.parse("2024Q3");

	@Test
	void dueTwentyDaysAfterTheQuarterEnds() {
		assertThat(on("2024-10-01").dueDate(Q3)).isEqualTo(LocalDate.parse("2024-10-20"));
		assertThat(on("2024-10-01").dueDate(Period.parse("2024Q4"))).isEqualTo(LocalDate.parse("2025-01-20"));
	}

	@Test
	void theCurrentQuarterIsTheLastOneThatEnded() {
		assertThat(on("2024-10-01").currentQuarter()).isEqualTo(Q3);
		assertThat(on("2024-12-31").currentQuarter()).isEqualTo(Q3);
		assertThat(on("2025-01-01").currentQuarter()).isEqualTo(Period.parse("2024Q4"));
	}

	@Test
	void remindedFromFiveDaysBeforeTheDueDateUntilHandedIn() {
		assertThat(on("2024-10-14").needsReminder(Q3, null)).isFalse();
		assertThat(on("2024-10-15").needsReminder(Q3, null)).isTrue();
		assertThat(on("2024-10-15").needsReminder(Q3, ReportStatus.RETURNED)).isTrue();
		assertThat(on("2024-10-25").needsReminder(Q3, ReportStatus.DRAFT)).isTrue();
		assertThat(on("2024-10-25").needsReminder(Q3, ReportStatus.SUBMITTED)).isFalse();
	}

	@Test
	void lateAfterTheDueDateUnlessHandedIn() {
		assertThat(on("2024-10-20").isLate(Q3, null)).isFalse();
		assertThat(on("2024-10-21").isLate(Q3, null)).isTrue();
		assertThat(on("2024-10-21").isLate(Q3, ReportStatus.APPROVED)).isFalse();
		// handed in on the due date (China time) is on time; the next day is late
		assertThat(on("2024-11-30").submittedLate(Q3, java.time.Instant.parse("2024-10-20T15:59:00Z"))).isFalse();
		assertThat(on("2024-11-30").submittedLate(Q3, java.time.Instant.parse("2024-10-20T16:01:00Z"))).isTrue();
		assertThat(on("2024-11-30").submittedLate(Q3, null)).isFalse();
	}

	@Test
	void openAfterTheQuarterEndsAndClosedNinetyDaysAfterTheDueDate() {
		assertThat(on("2024-09-30").isOpen(Q3)).isFalse();
		assertThat(on("2024-10-01").isOpen(Q3)).isTrue();
		assertThat(on("2025-01-18").isClosed(Q3)).isFalse();
		assertThat(on("2025-01-19").isClosed(Q3)).isTrue();
	}

	private static ReportingCalendar on(String day) {
		return new ReportingCalendar(20, 5, 90,
				Clock.fixed(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8)));
	}

}
