package org.culturetargets.portal.dashboard;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The scorecard and indicator pages, rendered by the real templates against the real database. */
@PortalTest
class ScorecardPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageIsTheFourteenthPlansScorecard() throws Exception {
		mvc.perform(get("/").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("杭州市文化产业发展")))
			.andExpect(xpath("//tr[@data-indicator='added_value']").exists())
			.andExpect(xpath("count(//tr[@data-indicator])").number(org.hamcrest.Matchers.greaterThanOrEqualTo(8.0)))
			.andExpect(content().string(containsString("演示模式")));
	}

	@Test
	void statusesAreShownInWordsAsOfTheChosenPeriod() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("asOf", "2021").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]/@data-status").string("ON_TRACK"))
			.andExpect(content().string(containsString("进度正常")));
	}

	@Test
	void everyYearOfThePlanCanBeChosenAndAPassedTargetYearShowsTheFinalEvaluation() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-14FYP").with(httpBasic("official", "demo")))
			.andExpect(xpath("//select[@id='asOf']/option[@value='2025']").exists())
			.andExpect(xpath("//select[@id='asOf']/option[@value='2021']").exists());
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("asOf", "2025").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("终期评估")))
			.andExpect(content().string(containsString("待终值")));
	}

	@Test
	void thePlanCanBeSwitched() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-ICCC-2025").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//select[@id='plan']/option[@selected]/@value").string("HZ-ICCC-2025"))
			.andExpect(xpath("//tr[@data-indicator='national_parks']").exists());
		mvc.perform(get("/").param("plan", "BJ-CCI-2018").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[@data-indicator='brand_enterprises']").exists());
	}

	@Test
	void englishOnTheSwitch() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Scorecard"), not(containsString("目标监测</a>")))));
	}

	@Test
	void anUnknownPlanIsANotFoundPageNotAnError() throws Exception {
		mvc.perform(get("/").param("plan", "NOPE").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("NOPE")));
	}

	@Test
	void aMalformedAsOfIsABadRequestPage() throws Exception {
		mvc.perform(get("/").param("asOf", "last year").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theIndicatorPageShowsValuesWithSourcesAndTargets() throws Exception {
		mvc.perform(get("/indicators/added_value").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//table[@id='values']//td[text()='2023']").exists())
			.andExpect(content().string(containsString("杭州日报 2024-05-28")))
			.andExpect(xpath("//div[@id='indicator-chart']/@data-chart").string(containsString("2586")));
	}

	@Test
	void aRatiosPageShowsTheValuesComputedFromItsParts() throws Exception {
		mvc.perform(get("/indicators/added_value_gdp_share").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//table[@id='values']//td[text()='2023']").exists())
			.andExpect(content().string(containsString("added_value ÷ gdp × 100 = 3211 ÷ 20059 × 100")));
	}

	@Test
	void anUnknownIndicatorIsNotFound() throws Exception {
		mvc.perform(get("/indicators/nope").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
	}

}
