package org.culturetargets.portal.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact actual figures the seeds state are values with their period and section (figures V2_2, V2_3); their
 * bounds are not (docs/methodology.md, "Figures the seeds state").
 */
@PortalTest
class SeedStatedFiguresTest {

	@Autowired
	JdbcClient jdbc;

	private List<String> values(String indicator) {
		return jdbc.sql("""
				select period || '=' || value::numeric(20, 2) || ' ' || status || ' | ' || source
				from figures.indicator_value where indicator_code = ? and scope_code = '330100' order by period""")
			.param(indicator).query(String.class).list();
	}

	@Test
	void theRevenueGrowthOf2020AndTheNationalShareOfAnimationsAreHeldWithTheirSections() {
		assertThat(values("above_size_revenue_growth"))
			.containsExactly("2020=12.41 FINAL | seed 001_89165758de0c030f.txt, 一（五）文化企业发展质量领跑全国");
		assertThat(values("licensed_online_animations_national_share")).singleElement().asString()
			.startsWith("2025=31.00 FINAL | seed 003_6fe647aec305c372.txt");
		assertThat(values("above_size_revenue")).anyMatch(v -> v.startsWith("2020=8001.00 FINAL"));
	}

}
