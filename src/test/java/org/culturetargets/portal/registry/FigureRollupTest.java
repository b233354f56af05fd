package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The derived indicators sum the figures' rollup (registry V4_20), which every way of changing enterprises or their
 * figures updates in its own transaction: the registry's forms and the import. A quarter long past (2019), so no
 * other test's figures move.
 */
@PortalTest
class FigureRollupTest {

	private static final String AREA = "330127";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Test
	void aFigureEnteredOrImportedIsInTheDerivedSumsAtOnce() throws Exception {
		String first17 = "91330127R" + "%08d".formatted(2019);
		String code = first17 + CreditCode.checkCharacter(first17);
		mvc.perform(post("/registry/enterprises").param("creditCode", code)
			.param("name", "汇总测试企业")
			.param("areaCode", AREA)
			.param("industryClass", "0241")
			.param("aboveSize", "true")
			.param("digital", "")
			.param("reason", "new registration")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from registry.enterprise where credit_code = ?").param(code).query(Long.class).single();
		BigDecimal before = revenue("2019Q4");

		mvc.perform(post("/registry/enterprises/{id}/figures", id).param("period", "2019Q4")
			.param("revenue", "123456")
			.param("employees", "10")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(revenue("2019Q4")).isEqualByComparingTo(before.add(new BigDecimal("12.3456")));

		BigDecimal third = revenue("2019Q3");
		mvc.perform(multipart("/api/imports/enterprise-figures")
			.file(new MockMultipartFile("file", "figures.csv", "text/csv",
					("credit_code,period,revenue,employees\n" + code + ",2019Q3,10000,10\n").getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "false")
			.with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		assertThat(revenue("2019Q3")).isEqualByComparingTo(third.add(BigDecimal.ONE));
	}

	/** Above-size revenue (亿元) of the area in a quarter, zero when it has none. */
	private BigDecimal revenue(String quarter) {
		return figures.series("above_size_revenue", AREA)
			.stream()
			.filter(v -> v.period().equals(Period.parse(quarter)))
			.map(FigureView::value)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

}
