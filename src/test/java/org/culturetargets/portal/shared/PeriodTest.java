package org.culturetargets.portal.shared;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	@ParameterizedTest
	@CsvSource({ "2026-11-23, 2026Q3", "2026-01-05, 2025Q4", "2026-03-31, 2025Q4", "2026-04-01, 2026Q1",
			"2026-12-31, 2026Q3" })
	void lastEndedQuarter(LocalDate day, String expected) {
		assertThat(Period.lastEndedQuarter(day)).hasToString(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2024Q1, 2024-03-31", "2024Q2, 2024-06-30", "2023Q3, 2023-09-30", "2024, 2024-12-31",
			"2024Q4, 2024-12-31" })
	void endDate(String period, LocalDate expected) {
		assertThat(Period.parse(period).endDate()).isEqualTo(expected);
	}

}
