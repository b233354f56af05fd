package org.culturetargets.portal.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The real published figures are loaded with their notes and sources, and ratios are recomputed from parts. */
@PortalTest
class PublishedValuesTest {

	@Autowired
	Figures figures;

	@Test
	void addedValueSeriesCarriesItsSources() {
		List<FigureView> series = figures.series("added_value", "330100");
		assertThat(series).extracting(f -> f.period().toString()).containsExactly("2015", "2020", "2021", "2023");
		FigureView y2021 = series.get(2);
		assertThat(y2021.value()).isEqualByComparingTo("2586");
		assertThat(y2021.source()).contains("中商产业研究院");
		assertThat(y2021.note()).contains("增长8.7%");
	}

	@Test
	void provisionalValuesAreMarked() {
		FigureView gdp2024 = figures.series("gdp", "330100")
			.stream()
			.filter(f -> f.period().equals(Period.ofYear(2024)))
			.findFirst()
			.orElseThrow();
		assertThat(gdp2024.provisional()).isTrue();
	}

	@Test
	void gdpShareIsComputedFromAddedValueAndGdpWithTheFormulaAsSource() {
		FigureView share2023 = figures.series("added_value_gdp_share", "330100")
			.stream()
			.filter(f -> f.period().equals(Period.ofYear(2023)))
			.findFirst()
			.orElseThrow();
		// 3211 ÷ 20059 × 100
		assertThat(share2023.value()).isBetween(new java.math.BigDecimal("16.007"), new java.math.BigDecimal("16.009"));
		assertThat(share2023.source()).contains("added_value ÷ gdp");
	}

	@Test
	void districtValuesStayWithTheirDistrict() {
		assertThat(figures.series("added_value", "330110")).singleElement()
			.satisfies(f -> assertThat(f.value()).isEqualByComparingTo("2075"));
	}

	@Test
	void severalScopesAreReadTogetherEachWithItsOwnValues() {
		var byScope = figures.seriesByScope("added_value", List.of("330100", "330110", "330106"));
		assertThat(byScope.get("330100")).extracting(f -> f.period().toString()).contains("2020", "2023");
		assertThat(byScope.get("330110")).singleElement()
			.satisfies(f -> assertThat(f.value()).isEqualByComparingTo("2075"));
		assertThat(byScope.get("330106")).isEmpty();
	}

}
