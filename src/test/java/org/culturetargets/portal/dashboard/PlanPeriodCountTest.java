package org.culturetargets.portal.dashboard;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.plans.PlanCatalog;
import org.culturetargets.portal.plans.PlanView;
import org.culturetargets.portal.plans.TargetView;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * HZ-NEW3-2026 (seed 003): only the dates the document gives, and its counts "during the 14th Five-Year Plan period"
 * restart with the 15th: a 2026 count below 2025's is no fall on the scorecard, and the chart breaks there.
 */
@PortalTest
class PlanPeriodCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanCatalog catalog;

	private void value2026(String indicator, String value) {
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				values (?, '330100', '2026', cast(? as numeric), 'FINAL', 'test', 'test')
				on conflict do nothing""").params(indicator, value).update();
	}

	@Test
	void theNewThreePlanKeepsTheDocumentsYear() {
		PlanView plan = catalog.plans().stream().filter(p -> p.code().equals("HZ-NEW3-2026")).findFirst().orElseThrow();
		assertThat(plan.periodStart()).isEqualTo(2026);
		assertThat(plan.periodEnd()).isEqualTo(2026);
		assertThat(catalog.targets("HZ-NEW3-2026", "330100")).extracting(TargetView::targetYear).containsOnly(2026);
		assertThat(catalog.indicators().stream().filter(i -> i.cumulativeWithinPlanPeriod()).map(i -> i.code()))
			.containsExactlyInAnyOrder("export_key_enterprise_selections", "export_key_projects_selected",
					"licensed_online_dramas", "licensed_online_animations");
	}

	@Test
	void aCountThatRestartedIsNoFallButAnAllYearsTotalBelowItsBaselineIs() throws Exception {
		value2026("licensed_online_animations", "40");
		value2026("export_key_projects_selected_total", "50");
		String lines = "$.targets[?(@.indicator == '%s')]";
		mvc.perform(get("/api/plans/HZ-NEW3-2026/scorecard").param("scope", "330100").param("asOf", "2026")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(lines.formatted("licensed_online_animations") + ".regression", hasItems(false)))
			.andExpect(jsonPath(lines.formatted("export_key_projects_selected_total") + ".regression", hasItems(true)));
	}

	@Test
	void theScorecardsTrendLineDoesNotJoinTheRestart() throws Exception {
		value2026("licensed_online_animations", "40");
		value2026("export_key_projects_selected_total", "50");
		String trend = "//tr[@data-indicator='%s']//*[local-name()='svg']";
		// 2025's total and 2026's fresh count are not one line; the all-years total's are
		mvc.perform(get("/").param("plan", "HZ-NEW3-2026").param("scope", "330100").param("asOf", "2026")
			.with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(xpath(trend.formatted("licensed_online_animations")).doesNotExist())
			.andExpect(xpath(trend.formatted("export_key_projects_selected_total") + "/@aria-label")
				.string(allOf(containsString("2025"), containsString("2026"))));
	}

	@Test
	void theIndicatorPageSaysTheCountRestartsAndTheChartBreaksThere() throws Exception {
		value2026("licensed_online_animations", "40");
		mvc.perform(get("/indicators/licensed_online_animations").param("scope", "330100")
			.with(httpBasic("official", "demo")))
			.andExpect(xpath("//dd[@id='cumulative-within-plan-period']").string(containsString("重新计数")))
			.andExpect(xpath("//div[@id='indicator-chart']/@data-chart").string(allOf(
					containsString("\"restarts\":[\"2026\"]"), containsString("新五年规划期"))));
		mvc.perform(get("/indicators/licensed_online_animations").param("scope", "330100").param("lang", "en")
			.with(httpBasic("official", "demo")))
			.andExpect(xpath("//dd[@id='cumulative-within-plan-period']").string(containsString("afresh")));
		mvc.perform(get("/indicators/export_key_projects_selected_total").param("scope", "330100")
			.with(httpBasic("official", "demo")))
			.andExpect(xpath("//dd[@id='cumulative-within-plan-period']").doesNotExist())
			.andExpect(xpath("//div[@id='indicator-chart']/@data-chart").string(containsString("\"restarts\":[]")));
	}

}
