package org.culturetargets.portal.dashboard;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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
	void headlineTilesCountTheTargetsByStatus() throws Exception {
		String page = mvc.perform(get("/").param("plan", "HZ-14FYP").param("asOf", "2021").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		XPath xpath = XPathFactory.newInstance().newXPath();
		org.w3c.dom.Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new InputSource(new StringReader(page.replace("<!DOCTYPE html>", ""))));
		String onTrackTile = xpath.evaluate("//section[@id='status-tiles']/div[@data-status='ON_TRACK']/@data-count", document);
		String onTrackRows = xpath.evaluate("count(//tr[@data-status='ON_TRACK'])", document);
		assertThat(onTrackTile).isNotEmpty().isEqualTo(onTrackRows);
		assertThat(xpath.evaluate("//section[@id='status-tiles']/div[contains(@class,'status-total')]/@data-count", document))
			.isEqualTo(xpath.evaluate("count(//tr[@data-indicator])", document));
		assertThat(xpath.evaluate("//section[@id='status-tiles']", document)).contains("目标总数", "进度正常");
	}

	@Test
	void eachRowHasATrendLineACompletionBarAndTheStatusInWords() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("asOf", "2023").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//tr[@data-indicator='added_value']//svg[@class='sparkline']/polyline/@points").string(
					org.hamcrest.Matchers.matchesPattern("[0-9.]+,[0-9.]+( [0-9.]+,[0-9.]+)+")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//svg[@class='sparkline']/@aria-label").string(
					containsString("2021: 2,586")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//progress/@value").string(
					org.hamcrest.Matchers.matchesPattern("[0-9]+\\.[0-9]")))
			.andExpect(xpath("//tr[@data-indicator='added_value']//span[contains(@class,'status')]").string(
					containsString("已实现")));
	}

	@Test
	void aPanelExplainsEveryStatusWithTheThresholdsInForce() throws Exception {
		mvc.perform(get("/").with(httpBasic("official", "demo")))
			.andExpect(xpath("//section[@id='status-legend']//dt").nodeCount(8))
			.andExpect(xpath("//section[@id='status-legend']").string(containsString("r<0.80")))
			.andExpect(xpath("//section[@id='status-legend']").string(containsString("0.80≤r<1.00")));
	}

	@Test
	void theExplanationOfALevelTargetShowsGrowthRequiredAndProjection() throws Exception {
		mvc.perform(get("/").param("plan", "HZ-14FYP").param("asOf", "2022").with(httpBasic("official", "demo")))
			.andExpect(xpath("(//tr[@data-indicator='added_value'])[1]/following-sibling::tr[1]").string(
					allOf(containsString("基期以来年均增长"), not(containsString("CAGR")),
							containsString("尚需年均增长"), containsString("2025 年可达"))));
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
			.andExpect(content().string(allOf(containsString("Scorecard"), not(containsString("目标监测</a>")),
					containsString("Issued by: Hangzhou"), containsString("keeps up with the plan&#39;s path"),
					containsString("(100 million yuan)"))));
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
			.andExpect(xpath("//table[@id='values']//td[text()='2023年']").exists())
			.andExpect(content().string(containsString("《杭州日报》2024年5月28日")))
			.andExpect(xpath("//div[@id='indicator-chart']/@data-chart").string(containsString("2586")));
	}

	@Test
	void aRatiosPageShowsTheValuesComputedFromItsParts() throws Exception {
		mvc.perform(get("/indicators/added_value_gdp_share").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath("//table[@id='values']//td[text()='2023年']").exists())
			// the ratio explained in words at display precision, with its parts' publications
			.andExpect(xpath("//table[@id='values']//tr[td[1]='2023年']/td[contains(@class,'value-source')]").string(
					matchesPattern("由.+与.+之比计算：3,211\\.00 ÷ 20,059(\\.00)? 亿元（《杭州日报》2024年5月28日.*；《浙江日报》2024年1月25日）")));
	}

	@Test
	void anUnknownIndicatorIsNotFound() throws Exception {
		mvc.perform(get("/indicators/nope").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
	}

}
