package org.culturetargets.portal.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input an attacker sends instead of what the pages and the API send: control characters, halves of surrogate
 * pairs, numbers of a million digits, fractions for whole numbers, URI templates. Each is refused with a 4xx that
 * names the field, and nothing is saved; none is a 500.
 */
@PortalTest
class HostileInputTest {

	private static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	/** A district whose reports these tests never save: a refused report must leave it as it was. */
	private static final String AREA = "330109";

	private static final String STAFF = "district-" + AREA;

	private String report(String area) {
		return "/reports/" + area + "/" + calendar.currentQuarter();
	}

	private long reports() {
		return jdbc.sql("select count(*) from reporting.report where area_code = ?").param(AREA).query(Long.class).single();
	}

	@ParameterizedTest
	@ValueSource(strings = { "q", "scope", "division", "industryClass", "level", "period", "indicator" })
	void aControlCharacterInAFilterIsRefusedNamingTheFilter(String filter) throws Exception {
		mvc.perform(get("/registry/enterprises").param(filter, "33" + NUL).with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(filter)));
		mvc.perform(get("/api/enterprises").param(filter, "a\u0001b").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(filter)));
	}

	@Test
	void aControlCharacterInAParameterNameOrAPathVariableIsRefused() throws Exception {
		mvc.perform(get("/registry/enterprises").param("q" + NUL, "x").with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/reports/{area}/{period}", AREA + "\u0085", calendar.currentQuarter())
			.with(httpBasic("official", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("area")));
	}

	@Test
	void malformedFiltersAndPagesAreRefusedNotFailed() throws Exception {
		for (String[] param : new String[][] { { "digital", "NaN" }, { "aboveSize", "maybe" }, { "listed", "yes" },
				{ "leading", "1" }, { "exportKey", "on" }, { "park", "1.5" }, { "page", "1e3" } }) {
			mvc.perform(get("/registry/enterprises").param(param[0], param[1]).with(httpBasic("official", "demo")))
				.andExpect(status().isBadRequest());
			mvc.perform(get("/api/enterprises").param(param[0], param[1]).with(httpBasic("official", "demo")))
				.andExpect(status().isBadRequest());
		}
	}

	@ParameterizedTest
	@CsvSource({ "/registry/enterprises, 400", "/api/enterprises, 400", "/no-such-page, 404" })
	void overHttpAControlCharacterIsRefusedAndTheErrorPageStillRenders(String path, int status) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?q=a%00b"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("official:demo".getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(status);
	}

	@Test
	void halfASurrogatePairIsRefusedNotStoredAsAQuestionMark() throws Exception {
		mvc.perform(post("/registry/projects").param("name", "半个字\uD800项目")
			.param("areaCode", "330106")
			.param("category", "KEY")
			.param("status", "PLANNED")
			.with(httpBasic("district-330106", "demo")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("name")));
		assertThat(jdbc.sql("select count(*) from registry.project where name like '半个字%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void lineBreaksAreTextOnlyWhereTheFieldHasLines() throws Exception {
		long before = reports();
		mvc.perform(post(report(AREA)).with(httpBasic(STAFF, "demo")).with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("narrative", "第一段\r\n第二段\t完")
			.param("value.gdp", "900\n"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value.gdp")));
		mvc.perform(post(report(AREA)).with(httpBasic(STAFF, "demo")).with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("narrative", "第一段" + NUL)
			.param("value.gdp", "900"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("narrative")));
		assertThat(reports()).isEqualTo(before);
		// past the check of its text, refused only for the version it names, so that nothing is saved
		mvc.perform(post(report(AREA)).with(httpBasic(STAFF, "demo")).with(csrf())
			.param("version", "99")
			.param("action", "save")
			.param("narrative", "第一段\r\n第二段\t完")
			.param("note.gdp", "说明\n第二行")
			.param("value.gdp", "900"))
			.andExpect(status().isConflict());
	}

	@Test
	void theGrowthHintComputesNothingWithANumberOfAMillionDigits() throws Exception {
		String url = report("330102") + "/growth/added_value";
		MvcResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> mvc.perform(get(url).param("value.added_value", "1e5000000").header("HX-Request", "true")
					.with(httpBasic("official", "demo")))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(result.getResponse().getContentAsString()).hasSizeLessThan(2_000).doesNotContain("000000000");
	}

	@Test
	void aReportValueOfAMillionDigitsIsOutOfRange() throws Exception {
		long before = reports();
		mvc.perform(post(report(AREA)).with(httpBasic(STAFF, "demo")).with(csrf())
			.param("version", "0")
			.param("action", "save")
			.param("value.added_value", "1e5000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("超出")));
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void theDrillRedirectCarriesBracesAsTextNotAsATemplate() throws Exception {
		mvc.perform(get("/registry/drill").param("indicator", "listed_enterprises").param("scope", "{x}")
			.param("period", "2025Q1&format=csv").with(httpBasic("official", "demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("scope=%7Bx%7D")))
			.andExpect(header().string("Location", containsString("period=2025Q1%26format%3Dcsv")));
	}

	@Test
	void jsonWholeNumbersAreWholeNumbers() throws Exception {
		long before = reports();
		String url = "/api" + report(AREA);
		for (String version : new String[] { "1.5", "0.0", "\"0\"", "1e0" }) {
			mvc.perform(put(url).with(httpBasic(STAFF, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"values\": {\"gdp\": {\"value\": 900}}}"))
				.andExpect(status().isBadRequest());
		}
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void aControlCharacterInAJsonStringIsRefusedNamingItsField() throws Exception {
		long before = reports();
		String url = "/api" + report(AREA);
		mvc.perform(put(url).with(httpBasic(STAFF, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"narrative\": \"a\\u0000b\", \"values\": {}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("narrative")));
		mvc.perform(put(url).with(httpBasic(STAFF, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"values\": {\"gdp\": {\"value\": \"9\\u001b00\", \"note\": \"\\ud800\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("values.gdp.value")))
			.andExpect(jsonPath("$.detail").value(containsString("values.gdp.note")));
		assertThat(reports()).isEqualTo(before);
		// past the check of its text, refused only for the version it names
		mvc.perform(put(url).with(httpBasic(STAFF, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 99, \"narrative\": \"一段\\n两段\", \"values\": {\"gdp\": {\"value\": 900}}}"))
			.andExpect(status().isConflict());
	}

}
