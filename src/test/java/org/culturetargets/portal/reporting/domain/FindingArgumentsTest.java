package org.culturetargets.portal.reporting.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's arguments kept as text (an import's row problems) come back as they were. */
class FindingArgumentsTest {

	@Test
	void valuesWithTheirUnitAndPrecisionPeriodsAndTextComeBackAsTheyWere() {
		List<Object> arguments = List.of("added_value", new Quantity(new BigDecimal("144.60"), "亿元", 2),
				Period.ofQuarter(2026, 3), Period.ofYear(2025), "73.3", 5,
				new Quantity(new BigDecimal("-0.000001"), "%", 4), "a:b:c", "quantity:");
		List<String> kept = FindingArguments.encode(arguments);
		assertThat(kept).hasSize(arguments.size()).allMatch(text -> text.contains(":"));
		assertThat(FindingArguments.decode(kept)).containsExactly("added_value",
				new Quantity(new BigDecimal("144.60"), "亿元", 2), Period.ofQuarter(2026, 3), Period.ofYear(2025), "73.3",
				"5", new Quantity(new BigDecimal("-0.000001"), "%", 4), "a:b:c", "quantity:");
	}

	@Test
	void aFindingOfTheRulesSurvivesTheRoundTrip() {
		Finding f = QualityRules.ytdDecline(QualityRulesTest.YTD, new ValueFacts(QualityRulesTest.ADDED_VALUE,
				QualityRulesTest.Q3, new BigDecimal("140"), null, new BigDecimal("150"), List.of(), new TreeMap<>()))
			.orElseThrow();
		assertThat(FindingArguments.decode(FindingArguments.encode(f.args()))).isEqualTo(f.args());
	}

}
