package org.culturetargets.portal.evaluation;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API of SPEC §9 over real HTTP semantics: names, the worked example, RFC 9457 errors, HTTP Basic. */
@PortalTest
class ScorecardApiTest {

	private static final String ADDED_VALUE_2025 = "$.targets[?(@.indicator == 'added_value' && @.targetYear == 2025)]";

	@Autowired
	MockMvc mvc;

	/** JSON numbers arrive as Integer or Double depending on their scale; compare them as numbers. */
	static Matcher<Object> numberCloseTo(double expected, double error) {
		return new TypeSafeMatcher<>(Object.class) {
			@Override
			protected boolean matchesSafely(Object item) {
				return item instanceof Number n && Math.abs(n.doubleValue() - expected) <= error;
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a number within " + error + " of " + expected);
			}
		};
	}

	@Test
	void theWorkedExampleAsOf2021IsOnTrack() throws Exception {
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("scope", "330100").param("asOf", "2021")
				.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan", is("HZ-14FYP")))
			.andExpect(jsonPath("$.asOf", is("2021")))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".baseline", hasItems(numberCloseTo(2285.0, 0.001))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".baselineYear", hasItems(2020)))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".target", hasItems(numberCloseTo(3000.0, 0.001))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".comparator", hasItems(">=")))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".actual", hasItems(numberCloseTo(2586.0, 0.001))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".actualPeriod", hasItems("2021")))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".timeFraction", hasItems(numberCloseTo(0.2, 0.0001))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".expected", hasItems(numberCloseTo(2412.87, 0.005))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".progressRatio", hasItems(numberCloseTo(2.354, 0.005))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".status", hasItems("ON_TRACK")))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".source", hasItems(containsString("001_89165758de0c030f"))));
	}

	@Test
	void asOf2023TheAddedValueTargetIsAchieved() throws Exception {
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("asOf", "2023").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".actual", hasItems(numberCloseTo(3211.0, 0.001))))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".status", hasItems("ACHIEVED")));
	}

	@Test
	void afterTheTargetYearWithoutItsFigureTheLatestStatusStandsAwaitingTheFinalFigure() throws Exception {
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("asOf", "2025").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".actualPeriod", hasItems("2023")))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".status", hasItems("ACHIEVED")))
			.andExpect(jsonPath(ADDED_VALUE_2025 + ".awaitingFinal", hasItems(true)));
	}

	@Test
	void aTargetWithNoValueAfterItsBaselineYearHasNoData() throws Exception {
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("asOf", "2024").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.targets[?(@.indicator == 'cultural_talents')].status", hasItems("NO_DATA")));
	}

	@Test
	void aPlanWhosePeriodIsOverIsShownAtItsFinalYearByDefault() throws Exception {
		// the demo registry has quarterly figures after 2025; the 14th plan still opens on its final evaluation
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf", is("2025")));
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("asOf", "2026Q1").with(httpBasic("official", "demo")))
			.andExpect(jsonPath("$.asOf", is("2026Q1")));
	}

	@Test
	void theScopeSelectsTheGroupsTargets() throws Exception {
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("scope", "belt-zhijiang").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets", hasSize(2)))
			.andExpect(jsonPath("$.targets[*].scope", hasItems("belt-zhijiang")));
	}

	@Test
	void plansAreListed() throws Exception {
		mvc.perform(get("/api/plans").with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("HZ-14FYP", "HZ-ICCC-2025", "MCT-DIGITAL-2025", "BJ-CCI-2018",
					"HZ-NEW3-2026")));
	}

	@Test
	void theSeriesCarriesSources() throws Exception {
		mvc.perform(get("/api/indicators/added_value/series").param("scope", "330100").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values[?(@.period == '2023')].source", hasItems(containsString("杭州日报"))));
	}

	@Test
	void aRatioSeriesIncludesValuesComputedFromItsParts() throws Exception {
		mvc.perform(get("/api/indicators/added_value_gdp_share/series").param("scope", "330100")
				.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values[?(@.period == '2023')].value", hasItems(numberCloseTo(16.008, 0.001))))
			.andExpect(jsonPath("$.values[?(@.period == '2023')].source", hasItems(containsString("added_value ÷ gdp"))));
	}

	@Test
	void anUnknownPlanIsA404ProblemDetail() throws Exception {
		mvc.perform(get("/api/plans/NOPE/scorecard").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)))
			.andExpect(jsonPath("$.detail", containsString("NOPE")));
	}

	@Test
	void aMalformedPeriodIsA400ProblemDetailNotA500() throws Exception {
		mvc.perform(get("/api/plans/HZ-14FYP/scorecard").param("asOf", "2024Q7").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(400)));
	}

	@Test
	void aMissingScopeOnTheSeriesIsA400ProblemDetail() throws Exception {
		mvc.perform(get("/api/indicators/added_value/series").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiNeedsCredentials() throws Exception {
		mvc.perform(get("/api/plans"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		mvc.perform(get("/api/plans").with(httpBasic("official", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/plans/{plan}/scorecard']").exists());
	}

}
