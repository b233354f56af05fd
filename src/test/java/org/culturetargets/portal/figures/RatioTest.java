package org.culturetargets.portal.figures;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.Direction;
import org.culturetargets.portal.plans.IndicatorView;
import org.culturetargets.portal.plans.Nature;
import org.culturetargets.portal.plans.PathShape;
import org.culturetargets.portal.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** A ratio from its parts, as both stored figures and registry sums compute it. */
class RatioTest {

	private static final IndicatorView SHARE = new IndicatorView("digital_revenue_share", "数字文化营收占比",
			"Digital share of revenue", "%", Direction.HIGHER, Nature.STOCK, PathShape.LINEAR,
			IndicatorView.Origin.DERIVED, "digital_revenue", "revenue", 1, null, null, false);

	private static FigureView figure(String indicator, String period, String value, ValueStatus status) {
		return new FigureView(indicator, "330100", Period.parse(period), new BigDecimal(value), status, null,
				indicator + " source", "test", null, false);
	}

	@Test
	void aRatioIsTheNumeratorTimesAHundredOverTheDenominatorExactly() {
		List<Ratio> ratios = Ratio.of(SHARE, List.of(figure("digital_revenue", "2023", "1", ValueStatus.FINAL)),
				List.of(figure("revenue", "2023", "3", ValueStatus.FINAL)));

		assertThat(ratios).singleElement().satisfies(ratio -> {
			assertThat(ratio.period()).isEqualTo(Period.ofYear(2023));
			assertThat(ratio.value()).isEqualTo(new BigDecimal("33.33333333333333"));
			assertThat(ratio.formula()).isEqualTo("digital_revenue ÷ revenue × 100 = 1 ÷ 3 × 100");
			assertThat(ratio.status()).isEqualTo(ValueStatus.FINAL);
		});
	}

	@Test
	void onlyPeriodsWithBothPartsAndANonZeroDenominatorHaveARatio() {
		List<Ratio> ratios = Ratio.of(SHARE,
				List.of(figure("digital_revenue", "2022", "5", ValueStatus.FINAL),
						figure("digital_revenue", "2023", "6", ValueStatus.FINAL),
						figure("digital_revenue", "2024", "7", ValueStatus.FINAL)),
				List.of(figure("revenue", "2022", "0", ValueStatus.FINAL),
						figure("revenue", "2023", "40.0", ValueStatus.FINAL)));

		assertThat(ratios).extracting(Ratio::period).containsExactly(Period.ofYear(2023));
	}

	@Test
	void aRatioIsProvisionalWhenEitherPartIsAndBecomesAFigureOfItsIndicator() {
		Ratio ratio = Ratio.of(SHARE, List.of(figure("digital_revenue", "2024Q2", "12", ValueStatus.FINAL)),
				List.of(figure("revenue", "2024Q2", "75", ValueStatus.PROVISIONAL))).get(0);

		FigureView view = ratio.toView("the source", FigureView.FORMULA);

		assertThat(view.indicatorCode()).isEqualTo("digital_revenue_share");
		assertThat(view.scopeCode()).isEqualTo("330100");
		assertThat(view.period()).isEqualTo(Period.parse("2024Q2"));
		assertThat(view.value()).isEqualByComparingTo("16");
		assertThat(view.status()).isEqualTo(ValueStatus.PROVISIONAL);
		assertThat(view.source()).isEqualTo("the source");
		assertThat(view.computed()).isTrue();
	}

}
