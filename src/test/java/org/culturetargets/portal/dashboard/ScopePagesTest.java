package org.culturetargets.portal.dashboard;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** District and group pages, and derived indicators on the scorecard, over the demo registry. */
@PortalTest
class ScopePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aDistrictPageShowsItsShareOfTheCityItsRankAndItsRegistries() throws Exception {
		mvc.perform(get("/areas/330110").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1[@id='scope-name']").string("余杭区"))
			// 余杭 holds about 60 % of above-size revenue in the demo registry
			.andExpect(xpath("//section[@id='contributions']//tr[@data-indicator='above_size_revenue']/td[contains(@class, 'share')]")
				.string(containsString("%")))
			.andExpect(xpath("//section[@id='rankings']//tr[@data-indicator='above_size_revenue']/@data-rank").string("1"))
			.andExpect(xpath("//section[@id='scope-targets']").string(containsString("未设定目标")))
			.andExpect(xpath("//section[@id='scope-registries']//a[contains(@href, 'scope=330110')]").exists())
			// the tile map of the city, the district itself marked
			.andExpect(xpath("count(//section[@id='district-map']//*[local-name()='a'][@data-code])").number(13.0))
			.andExpect(xpath("//section[@id='district-map']//*[local-name()='a'][@data-code='330110']//*[local-name()='rect']/@class")
				.string(containsString("current")))
			.andExpect(content().string(containsString("合成演示数据")));
	}

	@Test
	void aBeltPageShowsItsTargetsKeyPlatformsAndProjectRates() throws Exception {
		mvc.perform(get("/groups/belt-zhijiang").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//section[@id='scope-targets']//tr[@data-indicator='project_start_completion_rate']/@data-status")
				.string(not("NO_DATA")))
			.andExpect(xpath("count(//section[@id='key-platforms']//li)").number(greaterThan(10.0)))
			.andExpect(xpath("count(//section[@id='project-rates']//tr)").number(greaterThan(2.0)))
			// its charts: a trend line per total, and the city's map with the belt's districts outlined
			.andExpect(xpath("count(//section[@id='totals']//*[local-name()='svg'][contains(@class, 'sparkline')])").number(greaterThan(2.0)))
			.andExpect(xpath("//section[@id='group-map']//div[@data-outline='belt-zhijiang']").exists())
			.andExpect(xpath("//section[@id='group-map']//select/option[@value='belt-zhijiang']").exists())
			.andExpect(xpath("//section[@id='group-map']//*[local-name()='a'][@data-code='330106']/@data-groups")
				.string(containsString("belt-zhijiang")));
		mvc.perform(get("/groups/two-belts").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//section[@id='scope-targets']//tr[@data-indicator='key_platforms']/@data-status").string(not("NO_DATA")))
			.andExpect(xpath("//section[@id='totals']//tr[@data-indicator='above_size_revenue']").exists());
	}

	@Test
	void aCorridorPageListsThePlansKeyPlatforms() throws Exception {
		mvc.perform(get("/groups/corridor-zhijiang-animation-gaming").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网易产业园")))
			.andExpect(xpath("//section[@id='scope-targets']").string(containsString("未设定目标")));
	}

	@Test
	void scopesAreReachedByCodeAndUnknownOnesAreNotFound() throws Exception {
		mvc.perform(get("/scope/belt-canal").with(httpBasic("official", "demo"))).andExpect(redirectedUrl("/groups/belt-canal"));
		mvc.perform(get("/scope/330106").with(httpBasic("official", "demo"))).andExpect(redirectedUrl("/areas/330106"));
		mvc.perform(get("/areas/999999").with(httpBasic("official", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/areas").with(httpBasic("official", "demo")))
			.andExpect(xpath("count(//ul[@id='district-links']/li)").number(14.0));
	}

	@Test
	void derivedIndicatorsAreEvaluatedOnTheScorecardLikeReportedOnes() throws Exception {
		mvc.perform(get("/api/plans/HZ-ICCC-2025/scorecard").param("scope", "330100").param("asOf", "2024")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[?(@.indicator == 'above_size_enterprises')].actualPeriod").value("2024"))
			.andExpect(jsonPath("$.targets[?(@.indicator == 'above_size_enterprises')].status").value(not("NO_DATA")))
			.andExpect(jsonPath("$.targets[?(@.indicator == 'digital_revenue_share')].actualPeriod").value("2024"))
			// computed from the demo registry: marked as such, here and on the page
			.andExpect(jsonPath("$.targets[?(@.indicator == 'digital_revenue_share')].synthetic").value(true))
			.andExpect(jsonPath("$.targets[?(@.indicator == 'added_value')].synthetic").value(false));
		mvc.perform(get("/").param("plan", "HZ-ICCC-2025").param("asOf", "2024").with(httpBasic("official", "demo")))
			.andExpect(xpath("//tr[@data-indicator='digital_revenue_share']//span[contains(@class, 'synthetic')]").exists())
			.andExpect(xpath("//tr[@data-indicator='added_value']//span[contains(@class, 'synthetic')]").doesNotExist());
	}

	@Test
	void fromADerivedValueOnTheIndicatorPageToTheRowsBehindIt() throws Exception {
		mvc.perform(get("/indicators/above_size_revenue").param("scope", "330106").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[contains(@class, 'registry-value')]//a[contains(@class, 'drill')]").exists());
		mvc.perform(get("/registry/drill").param("indicator", "above_size_revenue").param("scope", "330106")
			.param("period", "2023").with(httpBasic("official", "demo")))
			.andExpect(redirectedUrlPattern("/registry/enterprises?indicator=above_size_revenue&scope=330106&period=2023"));
		mvc.perform(get("/registry/drill").param("indicator", "national_parks").param("scope", "330100")
			.with(httpBasic("official", "demo")))
			.andExpect(redirectedUrlPattern("/registry/parks?*"));
		mvc.perform(get("/registry/drill").param("indicator", "added_value").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest());
	}

}
