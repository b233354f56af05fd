package org.culturetargets.portal.registry;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.figures.FigureView;
import org.culturetargets.portal.figures.Figures;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The registry lists, detail pages and API over the demo registry. */
@PortalTest
class RegistryPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Figures figures;

	@Autowired
	JdbcClient jdbc;

	private BigDecimal derived(String indicator, String scope, String period) {
		return figures.series(indicator, scope)
			.stream()
			.filter(v -> v.period().equals(Period.parse(period)))
			.map(FigureView::value)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theEnterpriseListIsPagedAndLabelledSynthetic() throws Exception {
		mvc.perform(get("/registry/enterprises").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//table[@id='enterprises']/tbody/tr)").number(50.0))
			.andExpect(content().string(containsString("合成演示数据")))
			.andExpect(xpath("//a[@rel='next']/@href").string(containsString("page=1")));
	}

	@Test
	void enterprisesAreFoundByCreditCodeAndFilteredByFlags() throws Exception {
		String code = jdbc.sql("select credit_code from registry.enterprise where listed order by id limit 1")
			.query(String.class)
			.single();
		mvc.perform(get("/registry/enterprises").param("q", code.substring(0, 14).toLowerCase())
			.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//table[@id='enterprises']//td[text()='" + code + "']").exists());
		long listedDigitalIn330108 = jdbc.sql("""
				select count(*) from registry.enterprise e join registry.industry_class c on c.code = e.industry_class
				 where e.area_code = '330108' and e.listed and coalesce(e.digital, c.digital)
				""").query(Long.class).single();
		mvc.perform(get("/api/enterprises").param("scope", "330108").param("listed", "true").param("digital", "true")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalRows").value(listedDigitalIn330108))
			.andExpect(jsonPath("$.rows[0].listed").value(true));
	}

	@Test
	void enterprisesAreFilteredByIndustryClassAndDivision() throws Exception {
		long games = jdbc.sql("select count(*) from registry.enterprise where industry_class = '0242'").query(Long.class).single();
		long content = jdbc.sql("select count(*) from registry.enterprise where industry_class like '02%'").query(Long.class).single();
		mvc.perform(get("/api/enterprises").param("industryClass", "0242").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.totalRows").value(games))
			.andExpect(jsonPath("$.rows[0].industryClass").value("0242"));
		mvc.perform(get("/registry/enterprises").param("division", "02").with(httpBasic("official", "demo")))
			.andExpect(xpath("//span[@id='page-info']").string(containsString(String.valueOf(content))))
			.andExpect(xpath("//select[@id='industryClass']/option[@value='0242']").exists());
	}

	@Test
	void theListBehindADerivedFigureAddsUpToIt() throws Exception {
		BigDecimal revenue = derived("above_size_revenue", "330106", "2023");
		mvc.perform(get("/api/enterprises").param("indicator", "above_size_revenue").param("scope", "330106")
			.param("period", "2023").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(revenue.doubleValue()));
		mvc.perform(get("/registry/enterprises").param("indicator", "digital_enterprise_revenue")
			.param("scope", "330100").param("period", "2024Q2").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//strong[@id='drill-total']/@data-total")
				.number(derived("digital_enterprise_revenue", "330100", "2024Q2").doubleValue()));
		BigDecimal national = derived("national_parks", "330100", "2024");
		mvc.perform(get("/api/parks").param("indicator", "national_parks").param("scope", "330100").param("period", "2024")
			.with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.totalRows").value(national.intValue()));
		BigDecimal started = derived("key_projects_started", "belt-canal", "2024");
		mvc.perform(get("/api/projects").param("indicator", "key_projects_started").param("scope", "belt-canal")
			.param("period", "2024").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.totalRows").value(started.intValue()));
	}

	@Test
	void anEnterpriseShowsItsFiguresAndTheTargetsItCountsTowards() throws Exception {
		long id = jdbc.sql("""
				select e.id from registry.enterprise e join registry.industry_class c on c.code = e.industry_class
				 where e.area_code = '330110' and e.above_size and coalesce(e.digital, c.digital) order by e.id limit 1
				""").query(Long.class).single();
		mvc.perform(get("/registry/enterprises/{id}", id).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("count(//table[@id='figures']/tbody/tr)").number(greaterThan(4.0)))
			.andExpect(xpath("//table[@id='targets']//a[contains(@href, 'digital_revenue_share')]").exists())
			.andExpect(content().string(containsString("合成演示数据")));
	}

	@Test
	void parksShowTheirGroupsAndEnterprises() throws Exception {
		long id = jdbc.sql("select id from registry.park where name_zh = '网易产业园'").query(Long.class).single();
		mvc.perform(get("/registry/parks/{id}", id).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("之江动漫游戏产业走廊")))
			.andExpect(content().string(containsString("未注明")));
		mvc.perform(get("/api/parks").param("scope", "corridor-zhijiang-animation-gaming").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.rows", hasSize(7)));
	}

	@Test
	void badPagingAndUnknownRowsAreNotErrorsOfTheServer() throws Exception {
		mvc.perform(get("/registry/projects").param("page", "9999").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//a[@rel='prev']").exists());
		mvc.perform(get("/registry/parks").param("page", "-3").with(httpBasic("official", "demo")))
			.andExpect(status().isOk());
		mvc.perform(get("/registry/enterprises/999999999").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/enterprises").param("indicator", "added_value").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("added_value")));
	}

}
