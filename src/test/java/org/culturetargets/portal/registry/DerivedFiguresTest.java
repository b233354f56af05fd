package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Derived indicators over a small registry of its own: a test city 990100 with two districts and a test belt, set
 * up inside the test's transaction and rolled back after it.
 */
@PortalTest
@Transactional
class DerivedFiguresTest {

	@Autowired
	Figures figures;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void smallRegistry() {
		jdbc.sql("""
				insert into plans.scope (code, kind, parent_code, name_zh, name_en) values
				    ('990100', 'CITY', null, '测试市', 'Test city'),
				    ('990101', 'DISTRICT', '990100', '甲区', 'District A'),
				    ('990102', 'DISTRICT', '990100', '乙区', 'District B'),
				    ('belt-test', 'BELT', null, '测试带', 'Test belt'),
				    ('belt-test-2', 'BELT', null, '测试带二', 'Test belt 2'),
				    ('two-test-belts', 'REGION', null, '两测试带', 'Two test belts')
				""").update();
		jdbc.sql("insert into plans.scope_member (group_code, member_code) values ('two-test-belts', 'belt-test'), ('two-test-belts', 'belt-test-2')")
			.update();
		long park = jdbc.sql("insert into registry.park (name_zh, area_code, level, type, key_platform, recognised_year, source) "
				+ "values ('测试园', '990102', 'NATIONAL', 'PARK', true, 2019, 'test') returning id")
			.query(Long.class)
			.single();
		jdbc.sql("insert into registry.park_group (park_id, group_code) values (?, 'belt-test'), (?, 'belt-test-2')")
			.params(park, park)
			.update();
		// District A: 80 of 100 digital (80 %); district B: 450 of 900 digital (50 %), all in the park of both belts
		enterprise("990101", "0241", 80, null);
		enterprise("990101", "0312", 20, null);
		enterprise("990102", "0242", 450, park);
		enterprise("990102", "0110", 450, park);
	}

	private void enterprise(String area, String industryClass, int revenueYi, Long park) {
		String first17 = "91" + area + String.format("%09d", jdbc.sql("select count(*) from registry.enterprise").query(Long.class).single());
		long id = jdbc.sql("""
				insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size, updated_by)
				values (?, ?, ?, ?, ?, true, 'test') returning id
				""")
			.params(first17 + CreditCode.checkCharacter(first17), "测试企业" + first17, area, park, industryClass)
			.query(Long.class)
			.single();
		jdbc.sql("insert into registry.enterprise_figure (enterprise_id, period, revenue, employees) values (?, '2024Q2', ?, 100), (?, '2024Q4', ?, 100)")
			.params(id, revenueYi * 10_000 / 2, id, revenueYi * 10_000)
			.update();
	}

	private BigDecimal value(String indicator, String scope, String period) {
		return figures.series(indicator, scope)
			.stream()
			.filter(v -> v.period().equals(Period.parse(period)))
			.map(FigureView::value)
			.findFirst()
			.orElse(null);
	}

	@Test
	void aLargerAreasShareIsTheRatioOfSumsNeverTheAverageOfShares() {
		assertThat(value("digital_revenue_share", "990101", "2024")).isEqualByComparingTo("80");
		assertThat(value("digital_revenue_share", "990102", "2024")).isEqualByComparingTo("50");
		// (80 + 450) ÷ (100 + 900) = 53 %, not (80 % + 50 %) ÷ 2 = 65 %
		assertThat(value("digital_revenue_share", "990100", "2024")).isEqualByComparingTo("53");
	}

	@Test
	void sumsAndCountsAreGivenInTheIndicatorsUnits() {
		assertThat(value("above_size_revenue", "990100", "2024")).isEqualByComparingTo("1000");
		assertThat(value("digital_enterprise_revenue", "990100", "2024")).isEqualByComparingTo("530");
		assertThat(value("above_size_enterprises", "990100", "2024")).isEqualByComparingTo("4");
		// 4 × 100 people = 0.04 万人
		assertThat(value("above_size_employees", "990100", "2024")).isEqualByComparingTo("0.04");
	}

	@Test
	void quarterlyFlowsAreYearToDateAndTheYearIsTheFourthQuarter() {
		assertThat(value("above_size_revenue", "990100", "2024Q2")).isEqualByComparingTo("500");
		assertThat(value("above_size_revenue", "990100", "2024Q4")).isEqualByComparingTo("1000");
		assertThat(figures.series("above_size_revenue", "990100")).extracting(v -> v.period().toString())
			.containsExactly("2024Q2", "2024Q4", "2024");
	}

	@Test
	void aGroupCountsTheEnterprisesOfItsParksAndEachOnlyOnce() {
		assertThat(value("above_size_revenue", "belt-test", "2024")).isEqualByComparingTo("900");
		// the park belongs to both belts: the two together still count its enterprises once
		assertThat(value("above_size_revenue", "two-test-belts", "2024")).isEqualByComparingTo("900");
		assertThat(value("above_size_enterprises", "two-test-belts", "2024")).isEqualByComparingTo("2");
	}

	@Test
	void parksAreCountedFromTheYearOfTheirRecognition() {
		List<FigureView> national = figures.series("national_parks", "990100");
		assertThat(national).isNotEmpty().allSatisfy(v -> {
			assertThat(v.period().isAnnual()).isTrue();
			assertThat(v.value()).isEqualByComparingTo(v.period().year() >= 2019 ? "1" : "0");
		});
		assertThat(value("key_platforms", "two-test-belts", "2024")).isEqualByComparingTo("1");
	}

	@Test
	void derivedValuesSayWhereTheyComeFrom() {
		FigureView share = figures.series("digital_revenue_share", "990100")
			.stream()
			.filter(v -> v.period().isAnnual())
			.findFirst()
			.orElseThrow();
		assertThat(share.derived()).isTrue();
		assertThat(share.synthetic()).isFalse();
		assertThat(share.source()).contains("digital_enterprise_revenue ÷ above_size_revenue", "530 ÷ 1000");
	}

	@Test
	void theDemoRegistryIsShapedLikeThePublishedPictureAndLabelledSynthetic() {
		BigDecimal city2023 = value("above_size_revenue", "330100", "2023");
		BigDecimal yuhang2023 = value("above_size_revenue", "330110", "2023");
		assertThat(yuhang2023.doubleValue() / city2023.doubleValue()).isCloseTo(0.60, within(0.05));
		assertThat(value("digital_revenue_share", "330100", "2021").doubleValue()).isCloseTo(60, within(3.0));
		assertThat(value("digital_revenue_share", "330100", "2025").doubleValue()).isBetween(70.0, 78.0);
		assertThat(value("above_size_enterprises", "330100", "2025").intValue()).isBetween(1450, 1600);
		// seed 001: 21 万 above-size employees in 2020
		assertThat(value("above_size_employees", "330100", "2021").doubleValue()).isBetween(18.0, 26.0);
		assertThat(figures.series("above_size_revenue", "330100")).filteredOn(FigureView::derived)
			.isNotEmpty()
			.allSatisfy(v -> assertThat(v.synthetic()).isTrue());
	}

	@Test
	void publishedValuesAreNeverOverwrittenByDerivedOnes() {
		// the plan's 2020 share and 余杭's published 2025 revenue stand although the registries give other numbers
		FigureView share2020 = figures.series("digital_revenue_share", "330100")
			.stream()
			.filter(v -> v.period().equals(Period.ofYear(2020)))
			.findFirst()
			.orElseThrow();
		assertThat(share2020.value()).isEqualByComparingTo("60");
		assertThat(share2020.derived()).isFalse();
		assertThat(value("above_size_revenue", "330110", "2025")).isEqualByComparingTo("7417");
	}

}
