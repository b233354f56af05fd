package org.culturetargets.portal.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.reporting.domain.Finding;
import org.culturetargets.portal.reporting.domain.ReportCheck;
import org.culturetargets.portal.reporting.domain.SaveReportCmd;
import org.culturetargets.portal.reporting.domain.SaveReportCmd.ValueInput;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of an entered report's input (SPEC §4 Reporting): errors block; the rules are {@code QualityRulesTest}'s. */
class ReportCheckTest {

	static final IndicatorView OUTPUT = indicator("total_output", "亿元");

	static final IndicatorView SHARE = indicator("some_share", "%");

	static final List<IndicatorView> BOTH = List.of(OUTPUT, SHARE);

	@Test
	void notANumberNamesTheFieldAndTheText() {
		ReportCheck.Checked checked = check(Map.of("total_output", new ValueInput("12,3a", null)), false);
		assertThat(checked.errors()).singleElement().satisfies(f -> {
			assertThat(f.field()).isEqualTo("values[total_output].value");
			assertThat(f.messageKey()).isEqualTo("report.error.notANumber");
			assertThat(f.args()).containsExactly("total_output", "12,3a");
		});
	}

	@Test
	void negativeValuesAndSharesAbove100AreErrors() {
		ReportCheck.Checked checked = check(Map.of("total_output", new ValueInput("-1", null), "some_share",
				new ValueInput("100.5", null)), false);
		assertThat(checked.errors()).extracting(Finding::messageKey)
			.containsExactlyInAnyOrder("report.error.negative", "report.error.shareAbove100");
		assertThat(check(Map.of("some_share", new ValueInput("100", null)), false).hasErrors()).isFalse();
	}

	@Test
	void valuesTheDatabaseCannotHoldAreErrorsNotCrashes() {
		assertThat(check(Map.of("total_output", new ValueInput("1e20", null)), false).errors())
			.extracting(Finding::messageKey).containsExactly("report.error.outOfRange");
		assertThat(check(Map.of("total_output", new ValueInput("1.1234567", null)), false).errors())
			.extracting(Finding::messageKey).containsExactly("report.error.outOfRange");
	}

	@Test
	void aDraftMayLeaveValuesEmptyButASubmissionMayNot() {
		assertThat(check(Map.of(), false).hasErrors()).isFalse();
		assertThat(check(Map.of("total_output", new ValueInput("1", null)), true).errors())
			.extracting(Finding::field).containsExactly("values[some_share].value");
	}

	@Test
	void growthIsOnLastYearsSameQuarter() {
		assertThat(ReportCheck.growth(new BigDecimal("45"), new BigDecimal("30"))).isEqualByComparingTo("50.0");
		assertThat(ReportCheck.growth(new BigDecimal("45"), null)).isNull();
		assertThat(ReportCheck.growth(new BigDecimal("45"), BigDecimal.ZERO)).isNull();
	}

	private static ReportCheck.Checked check(Map<String, ValueInput> values, boolean submitting) {
		return ReportCheck.check(BOTH, new SaveReportCmd(0, null, values), submitting);
	}

	private static IndicatorView indicator(String code, String unit) {
		return new IndicatorView(code, code, code, unit, Direction.HIGHER, Nature.STOCK, PathShape.LINEAR,
				IndicatorView.Origin.REPORTED, null, null, 1, null, null, true);
	}

}
