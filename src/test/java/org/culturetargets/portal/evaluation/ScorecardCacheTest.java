package org.culturetargets.portal.evaluation;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scorecards are cached, and never stale after a change of their inputs: each event that changes figures, the
 * registries or the targets is followed by a scorecard that shows the change. Every change goes through the
 * portal's own endpoints, as users make it; the scorecard page, whose rendered content is cached too, shows each.
 */
@PortalTest
@Import(StatementCounting.class)
// Its own context, so its own database: this test files and approves a report of the current quarter, which the
// reporting tests also do for every district.
@TestPropertySource(properties = "spring.cache.caffeine.spec=maximumSize=500,recordStats")
class ScorecardCacheTest {

	private static final String AREA = "330105";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scorecards scorecards;

	@Test
	void aScorecardIsEvaluatedOnceThenServedWithoutTouchingTheDatabase() throws Exception {
		Period asOf = Period.ofYear(2023);
		long first = StatementCounting.during(() -> scorecards.scorecard("HZ-14FYP", "330100", asOf));
		long again = StatementCounting.during(() -> scorecards.scorecard("HZ-14FYP", "330100", asOf));
		assertThat(first).isPositive();
		assertThat(again).isZero();
	}

	@Test
	void everyChangeOfAnInputIsSeenByTheNextScorecard() throws Exception {
		admin(post("/admin/plans"), "code", "CACHE-T", "titleZh", "缓存测试规划", "titleEn", "Cache test plan", "issuerZh",
				"i", "issuerEn", "i", "level", "MUNICIPAL", "homeScope", AREA, "periodStart", "2021", "periodEnd", "2030",
				"baselineYear", "2020", "source", "test");
		target("employment", "10");
		String quarter = jdbc.sql("select to_char(current_date - interval '3 months', 'YYYY\"Q\"Q')")
			.query(String.class)
			.single();
		assertThat(entry("employment", "target")).isEqualTo("10.0");

		// plans: the reference data's form
		long id = jdbc.sql("select id from plans.target where plan_code = 'CACHE-T'").query(Long.class).single();
		admin(post("/admin/targets/" + id), "indicatorCode", "employment", "scopeCode", AREA, "kind", "LEVEL",
				"comparator", "GE", "baselineValue", "", "baselineYear", "2020", "targetValue", "12", "targetYear",
				"2030", "wording", "", "source", "test table");
		assertThat(entry("employment", "target")).isEqualTo("12.0");
		assertThat(pageRow("employment").select("td").get(2).text()).contains("12");

		// figures: a report submitted (a provisional value), then approved (the final one)
		String report = "/api/reports/" + AREA + "/" + quarter;
		mvc.perform(put(report).with(httpBasic("district-" + AREA, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 0, "narrative": "平稳。", "values": {"added_value": {"value": 210.5},
					 "total_output": {"value": 820}, "gdp": {"value": 2300}, "employment": {"value": 6.2},
					 "cultural_talents": {"value": 12}}}"""))
			.andExpect(status().isOk());
		mvc.perform(post(report + "/submit").with(httpBasic("district-" + AREA, "demo"))).andExpect(status().isOk());
		assertThat(entry("employment", "actual")).isEqualTo("6.2");
		assertThat(entry("employment", "provisional")).isEqualTo("true");
		assertThat(actualOnPage("employment")).isEqualTo("6.2");
		assertThat(pageRow("employment").select(".badge").text()).contains("季报（待审核）");
		mvc.perform(post(report + "/approve").with(httpBasic("reviewer", "demo"))).andExpect(status().isOk());
		assertThat(entry("employment", "provisional")).isEqualTo("false");
		assertThat(pageRow("employment").select(".badge").text()).doesNotContain("待审核");

		// figures: an import, merged by the figures module
		mvc.perform(multipart("/api/imports/values")
			.file(new MockMultipartFile("file", "values.csv", "text/csv",
					("indicator,area,period,value,status\nemployment," + AREA + "," + quarter + ",7.5,final\n")
						.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "false")
			.with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		assertThat(entry("employment", "actual")).isEqualTo("7.5");
		assertThat(actualOnPage("employment")).isEqualTo("7.5");
		assertThat(explanationOnPage("employment")).contains("7.5");

		// registries: the registry's form (a derived figure: listed enterprises as the registry stands)
		target("listed_enterprises", "100");
		String before = entry("listed_enterprises", "actual");
		String first17 = "91330105C" + "%08d".formatted(4711);
		mvc.perform(post("/registry/enterprises").param("creditCode", first17 + CreditCode.checkCharacter(first17))
			.param("name", "缓存测试上市企业")
			.param("areaCode", AREA)
			.param("industryClass", "0241")
			.param("aboveSize", "true")
			.param("listed", "true")
			.param("stockCode", "600000")
			.param("digital", "")
			.param("reason", "new registration")
			.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
		assertThat(Integer.parseInt(entry("listed_enterprises", "actual")))
			.isEqualTo(before == null ? 1 : Integer.parseInt(before) + 1);
		assertThat(actualOnPage("listed_enterprises")).isEqualTo(entry("listed_enterprises", "actual"));
	}

	/** The scorecard page's row of the target on {@code indicator} in CACHE-T, as the page shows it now. */
	private Element pageRow(String indicator) throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/").param("plan", "CACHE-T").param("scope", AREA)
			.with(httpBasic("official", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		return page.selectFirst("tr[data-indicator=" + indicator + "]");
	}

	private String actualOnPage(String indicator) throws Exception {
		return pageRow(indicator).selectFirst(".actual").text().replace(",", "");
	}

	private String explanationOnPage(String indicator) throws Exception {
		return pageRow(indicator).nextElementSibling().text();
	}

	private void target(String indicator, String value) throws Exception {
		admin(post("/admin/plans/CACHE-T/targets"), "indicatorCode", indicator, "scopeCode", AREA, "kind", "LEVEL",
				"comparator", "GE", "baselineValue", "", "baselineYear", "2020", "targetValue", value, "targetYear",
				"2030", "wording", "", "source", "test table");
	}

	/** A field of the target on {@code indicator} in CACHE-T's scorecard, as the API shows it now. */
	private String entry(String indicator, String field) throws Exception {
		String body = mvc.perform(get("/api/plans/CACHE-T/scorecard").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Object value = JsonPath.read(body, "$.targets[?(@.indicator == '" + indicator + "')]." + field + "");
		java.util.List<?> values = (java.util.List<?>) value;
		return values.isEmpty() || values.get(0) == null ? null : String.valueOf(values.get(0));
	}

	private void admin(MockHttpServletRequestBuilder request, String... params) throws Exception {
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request.with(httpBasic("admin", "demo"))).andExpect(status().is3xxRedirection());
	}

}
