package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.culturetargets.portal.evaluation.Status;
import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.plans.FiveYearPlanPeriod;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.shared.web.DisplayFormat;

/**
 * A small trend line drawn on the server as SVG (no script): the annual values scaled into a
 * {@value #WIDTH}×{@value #HEIGHT} box, the last point marked (hollow when it is provisional).
 *
 * @param points the polyline's points, "x,y x,y …"; empty when there are fewer than two values
 * @param lastX the last value's position
 * @param description the values in words, for screen readers ("2021: 2,586; 2022: 2,729")
 */
public record Sparkline(String points, String lastX, String lastY, boolean lastProvisional, String description) {

	static final int WIDTH = 120;

	static final int HEIGHT = 28;

	private static final BigDecimal PAD = new BigDecimal("3");

	public boolean drawn() {
		return !points.isEmpty();
	}

	/**
	 * The values a trend line may join: for a count that restarts with each five-year plan period only those of the
	 * latest value's period, since a line from the last period's total to the new count would draw a fall.
	 */
	static List<FigureView> sinceRestart(List<FigureView> series, IndicatorView indicator) {
		if (!indicator.cumulativeWithinPlanPeriod() || series.isEmpty()) {
			return series;
		}
		FiveYearPlanPeriod latest = FiveYearPlanPeriod.of(series.get(series.size() - 1).period().year());
		return series.stream().filter(f -> FiveYearPlanPeriod.of(f.period().year()).equals(latest)).toList();
	}

	/**
	 * The values the status beside the line was decided on, so that the line never tells another story: none when
	 * the status found no value (no data, no line), else those from the target's baseline year up to the as-of
	 * period — not a later year's rise beside an earlier period's status.
	 */
	static List<FigureView> behindStatus(List<FigureView> series, Status status, int baselineYear, Period asOf) {
		if (status == Status.NO_DATA) {
			return List.of();
		}
		return series.stream()
			.filter(f -> f.period().year() >= baselineYear && f.period().endsNoLaterThan(asOf))
			.toList();
	}

	/** Annual values where there are two or more, otherwise every period's value. */
	static Sparkline of(List<FigureView> series, int scale, DisplayFormat format) {
		List<FigureView> annual = series.stream().filter(f -> f.period().isAnnual()).toList();
		List<FigureView> values = annual.size() >= 2 ? annual : series;
		String description = values.stream()
			.map(f -> f.period() + ": " + format.number(f.value(), scale))
			.collect(Collectors.joining("; "));
		if (values.size() < 2) {
			return new Sparkline("", "0", "0", false, description);
		}
		BigDecimal min = values.stream().map(FigureView::value).min(BigDecimal::compareTo).orElseThrow();
		BigDecimal max = values.stream().map(FigureView::value).max(BigDecimal::compareTo).orElseThrow();
		BigDecimal range = max.subtract(min);
		BigDecimal usableHeight = BigDecimal.valueOf(HEIGHT).subtract(PAD.add(PAD));
		BigDecimal step = BigDecimal.valueOf(WIDTH).subtract(PAD.add(PAD))
			.divide(BigDecimal.valueOf(values.size() - 1), 2, RoundingMode.HALF_UP);
		StringBuilder points = new StringBuilder();
		String x = "0";
		String y = "0";
		for (int i = 0; i < values.size(); i++) {
			BigDecimal share = range.signum() == 0 ? new BigDecimal("0.5")
					: values.get(i).value().subtract(min).divide(range, 4, RoundingMode.HALF_UP);
			// SVG's y grows downwards: the highest value sits at the top
			x = PAD.add(step.multiply(BigDecimal.valueOf(i))).setScale(1, RoundingMode.HALF_UP).toPlainString();
			y = PAD.add(usableHeight.multiply(BigDecimal.ONE.subtract(share))).setScale(1, RoundingMode.HALF_UP)
				.toPlainString();
			points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
		}
		return new Sparkline(points.toString(), x, y, values.get(values.size() - 1).provisional(),
				description);
	}

}
