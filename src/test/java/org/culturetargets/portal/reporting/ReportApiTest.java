package org.culturetargets.portal.reporting;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report API of SPEC §9 over HTTP against the real database: the workflow's every transition, who may do what,
 * the checks, the optimistic lock, and the figures an approval feeds. Each test uses its own district, since all
 * test classes share one database.
 */
@PortalTest
class ReportApiTest {

	static final String FULL = """
			{"version": %d, "narrative": "前三季度文化产业平稳增长。", "values": {
			  "added_value": {"value": 210.5}, "total_output": {"value": "820"}, "gdp": {"value": 2300},
			  "employment": {"value": 6.2, "note": "含灵活就业"}, "cultural_talents": {"value": 12}}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	Period quarter() {
		return calendar.currentQuarter();
	}

	String url(String area) {
		return "/api/reports/" + area + "/" + quarter();
	}

	ResultActions save(String area, String user, String body) throws Exception {
		return mvc.perform(put(url(area)).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions act(String area, String user, String action) throws Exception {
		return mvc.perform(post(url(area) + "/" + action).with(httpBasic(user, "demo")));
	}

	ResultActions returnWith(String area, String user, String comment) throws Exception {
		return mvc.perform(post(url(area) + "/return").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}"));
	}

	@Test
	void beforeAnythingIsSavedTheReportIsABlankDraftListingEveryDistrictReportedIndicator() throws Exception {
		mvc.perform(get(url("330102")).with(httpBasic("district-330102", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.editable").value(true))
			.andExpect(jsonPath("$.values[*].indicator").value(org.hamcrest.Matchers.containsInAnyOrder(
					"added_value", "total_output", "gdp", "employment", "cultural_talents")));
	}

	@Test
	void draftSubmitApproveThenACorrectionOpensANewRevisionAndTheOldOneStays() throws Exception {
		String area = "330105";
		save(area, "district-330105", FULL.formatted(0)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1));
		act(area, "district-330105", "submit").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(figure(area, "employment", "PROVISIONAL")).isEqualTo("6.200000");

		save(area, "district-330105", FULL.formatted(2)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("SUBMITTED"))
			.andExpect(jsonPath("$.detail").value(containsString("awaits review")));

		act(area, "reviewer", "approve").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.reviewedBy").value("reviewer"));
		assertThat(figure(area, "employment", "FINAL")).isEqualTo("6.200000");
		assertThat(figure(area, "employment", "PROVISIONAL")).isNull();
		assertThat(jdbc.sql("select source || ' by ' || recorded_by from figures.indicator_value where scope_code = ? and period = ? and indicator_code = 'employment'")
			.params(area, quarter().toString()).query(String.class).single())
			.isEqualTo("report " + area + "/" + quarter() + " revision 1 by reviewer");

		save(area, "district-330105", FULL.formatted(3)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("APPROVED"));
		act(area, "district-330105", "revise").andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.revisions").value(org.hamcrest.Matchers.contains(1, 2)));
		save(area, "district-330105", FULL.formatted(1).replace("6.2", "6.5")).andExpect(status().isOk());
		act(area, "district-330105", "submit").andExpect(status().isOk());
		act(area, "reviewer", "approve").andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2));
		assertThat(figure(area, "employment", "FINAL")).isEqualTo("6.500000");

		mvc.perform(get(url(area)).param("revision", "1").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.values[?(@.indicator == 'employment')].value").value(6.2));
	}

	@Test
	void aReturnNeedsACommentThenTheDistrictEditsAndResubmits() throws Exception {
		String area = "330108";
		save(area, "district-330108", FULL.formatted(0)).andExpect(status().isOk());
		act(area, "district-330108", "submit").andExpect(status().isOk());
		returnWith(area, "reviewer", null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("comment"));
		returnWith(area, "reviewer", "就业人数口径请核实").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.reviewComment").value("就业人数口径请核实"));
		assertThat(figure(area, "employment", "PROVISIONAL")).isNull();
		act(area, "district-330108", "submit").andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("NOT_SAVED"));

		save(area, "district-330108", FULL.formatted(3)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
		act(area, "district-330108", "submit").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		act(area, "reviewer", "approve").andExpect(status().isOk());
	}

	@Test
	void nobodyApprovesOrReturnsWhatTheySubmittedOrWhoseValuesTheyEntered() throws Exception {
		String area = "330109";
		save(area, "admin", FULL.formatted(0)).andExpect(status().isOk());
		act(area, "admin", "submit").andExpect(status().isOk());
		act(area, "admin", "approve").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("OWN_SUBMISSION"))
			.andExpect(jsonPath("$.detail").value(containsString("submitted by you")));
		returnWith(area, "admin", "自己退回").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("OWN_SUBMISSION"));
		returnWith(area, "reviewer", "请区里复核").andExpect(status().isOk());
		// four eyes: the district resubmits, but the values of this revision are still partly the administrator's
		save(area, "district-" + area, FULL.formatted(3).replace("210.5", "211")).andExpect(status().isOk());
		act(area, "district-" + area, "submit").andExpect(status().isOk());
		act(area, "admin", "approve").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("OWN_VALUES"))
			.andExpect(jsonPath("$.detail").value(containsString("values you entered")));
		returnWith(area, "admin", "自己退回").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("OWN_VALUES"));
		act(area, "reviewer", "approve").andExpect(status().isOk());
	}

	@Test
	void onlyTheDistrictItselfAndAdministratorsWriteAndOnlyReviewersReview() throws Exception {
		String area = "330110";
		save(area, "district-330102", FULL.formatted(0)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("NOT_YOUR_DISTRICT"));
		// district staff read every district's report, as officials do (SPEC §1), but write only their own
		mvc.perform(get(url(area)).with(httpBasic("district-330102", "demo"))).andExpect(status().isOk());
		save(area, "official", FULL.formatted(0)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("READ_ONLY_ROLE"));
		save(area, "reviewer", FULL.formatted(0)).andExpect(status().isForbidden());
		// a draft only: 余杭区 has published figures that other tests read, which a submission would add to
		save(area, "district-330110", FULL.formatted(0)).andExpect(status().isOk());
		act(area, "district-330110", "approve").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("NOT_A_REVIEWER"));
		act(area, "official", "approve").andExpect(status().isForbidden());
		mvc.perform(get(url(area))).andExpect(status().isUnauthorized());
	}

	@Test
	void aStaleVersionIsAConflictNamingWhoChangedTheReportAndWhen() throws Exception {
		String area = "330111";
		save(area, "district-330111", FULL.formatted(0)).andExpect(status().isOk());
		save(area, "admin", FULL.formatted(1)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
		save(area, "district-330111", FULL.formatted(1).replace("210.5", "999"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.changedBy").value("admin"))
			.andExpect(jsonPath("$.changedAt").exists())
			.andExpect(jsonPath("$.detail").value(containsString("was changed by admin at")));
		mvc.perform(get(url(area)).with(httpBasic("district-330111", "demo")))
			.andExpect(jsonPath("$.values[?(@.indicator == 'added_value')].value").value(210.5));
	}

	@Test
	void badValuesAre400sNamingTheFieldAndNothingIsSaved() throws Exception {
		String area = "330112";
		save(area, "district-330112", FULL.formatted(0).replace("210.5", "\"abc\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("values[added_value].value"))
			.andExpect(jsonPath("$.detail").value(containsString("\"abc\" is not a number")));
		save(area, "district-330112", FULL.formatted(0).replace("210.5", "-3")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("values[added_value].value"));
		save(area, "district-330112", FULL.formatted(0).replace("\"gdp\"", "\"nope\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("values[nope].value")));
		save(area, "district-330112", "{\"values\": {\"gdp\": {\"value\": 100}}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("version is required")));
		mvc.perform(get(url(area)).with(httpBasic("district-330112", "demo"))).andExpect(jsonPath("$.version").value(0));

		save(area, "district-330112", "{\"version\": 0, \"values\": {\"gdp\": {\"value\": 100}}}").andExpect(status().isOk());
		act(area, "district-330112", "submit").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("a value is required to submit")))
			.andExpect(jsonPath("$.errors.length()").value(4));
	}

	@Test
	void aChangeBeyondFiftyPercentNeedsANoteBeforeSubmitting() throws Exception {
		String area = "330113";
		jdbc.sql("insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by) values ('employment', ?, ?, 3, 'FINAL', 'test', 'test')")
			.params(area, quarter().yearEarlier().toString()).update();
		save(area, "district-330113", FULL.formatted(0).replace(", \"note\": \"含灵活就业\"", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.values[?(@.indicator == 'employment')].growth").value(106.7))
			.andExpect(jsonPath("$.values[?(@.indicator == 'employment')].anomalous").value(true))
			.andExpect(jsonPath("$.warnings[0].field").value("values[employment].note"));
		act(area, "district-330113", "submit").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("values[employment].note"))
			.andExpect(jsonPath("$.detail").value(containsString("explain it in the note")));
		save(area, "district-330113", FULL.formatted(1)).andExpect(status().isOk());
		act(area, "district-330113", "submit").andExpect(status().isOk());
	}

	@Test
	void closedAndNotYetEndedQuartersRefuseEntriesAndSayWhy() throws Exception {
		mvc.perform(put("/api/reports/330114/2024Q3").with(httpBasic("district-330114", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(FULL.formatted(0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("PERIOD_CLOSED"))
			.andExpect(jsonPath("$.detail").value(containsString("closed quarter")));
		Period next = Period.ofQuarter(quarter().year() + 1, 1);
		mvc.perform(put("/api/reports/330114/" + next).with(httpBasic("district-330114", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(FULL.formatted(0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("PERIOD_NOT_OPEN"));
	}

	@Test
	void unknownDistrictsAreNotFoundAndYearsAreNotQuarters() throws Exception {
		mvc.perform(get("/api/reports/belt-canal/" + quarter()).with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/reports/330106/2024").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("quarter")));
		mvc.perform(get("/api/reports/330106/" + quarter()).param("revision", "9").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theReportApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/reports/{area}/{period}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/reports/{area}/{period}/return'].post").exists());
	}

	private String figure(String area, String indicator, String status) {
		return jdbc.sql("select value::text from figures.indicator_value where scope_code = ? and period = ? and indicator_code = ? and status = ?")
			.params(area, quarter().toString(), indicator, status)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
