package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.ValueStatus;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A scorecard's trend line tells the same story as the status beside it (issue 13). */
class SparklineTest {

	private final DisplayFormat format = new DisplayFormat(new StaticMessageSource());

	private static FigureView value(String period, String value) {
		return new FigureView("added_value", "330100", Period.parse(period), new BigDecimal(value), ValueStatus.FINAL,
				null, "test", "test", null, false);
	}

	private final List<FigureView> series = List.of(value("2016", "100"), value("2018", "150"), value("2020", "200"),
			value("2021", "210"), value("2022", "230"), value("2024", "400"), value("2025", "500"));

	@Test
	void noDataMeansNoLine() {
		Sparkline line = Sparkline.of(Sparkline.behindStatus(series, Status.NO_DATA, 2020, Period.ofYear(2023)), 0,
				format);
		assertThat(line.drawn()).isFalse();
		assertThat(line.description()).isEmpty();
	}

	@Test
	void theLineRunsFromTheBaselineYearToTheAsOfPeriodOnly() {
		List<FigureView> shown = Sparkline.behindStatus(series, Status.AT_RISK, 2020, Period.ofYear(2022));
		assertThat(shown).extracting(f -> f.period().toString()).containsExactly("2020", "2021", "2022");
		assertThat(Sparkline.of(shown, 0, format).description()).doesNotContain("2016", "2024");
	}

}
