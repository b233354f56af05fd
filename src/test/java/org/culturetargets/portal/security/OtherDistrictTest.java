package org.culturetargets.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * District staff of 西湖区 (330106) name records of 上城区 (330102) by id or path: every edit form is refused, every
 * write is refused with 403 — also creating a record in the other district and moving one of their own into it —
 * and nothing changes. Another district's report is shown read-only (SPEC §1: everyone reads every report). The
 * same calls for their own district get through, so the refusals are about the district and nothing else.
 */
@PortalTest
class OtherDistrictTest {

	private static final String OWN = "330106";

	private static final String OTHER = "330102";

	private static final String STAFF = "district-" + OWN;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ReportingCalendar calendar;

	@Test
	void editFormsOfAnotherDistrictsRecordsAreRefused() throws Exception {
		long enterprise = enterprise(OTHER, 81);
		long project = project(OTHER, "他区项目-表单");
		long park = jdbc.sql("select min(id) from registry.park").query(Long.class).single();
		List<String> shown = new ArrayList<>();
		for (String url : List.of("/registry/enterprises/" + enterprise + "/edit",
				"/registry/enterprises/" + enterprise + "/figures", "/registry/enterprises/" + enterprise
						+ "/figures?period=2025Q1", "/registry/projects/" + project + "/edit",
				"/registry/parks/" + park + "/edit", "/registry/parks/new")) {
			int status = mvc.perform(get(url).with(as(STAFF))).andReturn().getResponse().getStatus();
			if (status != 403 && status != 404) {
				shown.add(url + " -> " + status);
			}
		}
		assertThat(shown).as("edit forms of another district shown to its neighbour's staff").isEmpty();

		String report = mvc.perform(get("/reports/" + OTHER + "/" + calendar.currentQuarter()).with(as(STAFF)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("id=\"read-only\"")
			.doesNotContain("id=\"save\"", "id=\"submit\"", "id=\"revise\"", "id=\"approve\"");

		assertThat(mvc.perform(get("/registry/enterprises/" + enterprise(OWN, 82) + "/edit").with(as(STAFF)))
			.andReturn().getResponse().getStatus()).as("their own district's form").isEqualTo(200);
	}

	@Test
	void everyWriteNamingAnotherDistrictIsRefusedAndChangesNothing() throws Exception {
		String otherCode = creditCode(OTHER, 83);
		long other = enterprise(OTHER, 83);
		String ownCode = creditCode(OWN, 84);
		long own = enterprise(OWN, 84);
		long otherProject = project(OTHER, "他区项目-写");
		long ownProject = project(OWN, "本区项目-写");
		String quarter = calendar.currentQuarter().toString();
		String report = "/reports/" + OTHER + "/" + quarter;
		String api = "/api/reports/" + OTHER + "/" + quarter;

		Map<String, String> before = RoleMatrixTest.databaseContents(jdbc);
		List<MockHttpServletRequestBuilder> writes = List.of(
				enterpriseForm(post("/registry/enterprises/" + other), otherCode, OTHER),
				enterpriseForm(post("/registry/enterprises/" + other), otherCode, OWN),
				enterpriseForm(post("/registry/enterprises"), creditCode(OTHER, 85), OTHER),
				enterpriseForm(post("/registry/enterprises/" + own), ownCode, OTHER),
				post("/registry/enterprises/" + other + "/figures").param("period", "2025Q1")
					.param("revenue", "10")
					.param("employees", "5"),
				projectForm(post("/registry/projects/" + otherProject), "他区项目-写", OTHER),
				projectForm(post("/registry/projects/" + otherProject), "他区项目-写", OWN),
				projectForm(post("/registry/projects"), "新他区项目", OTHER),
				projectForm(post("/registry/projects/" + ownProject), "本区项目-写", OTHER),
				post(report).param("version", "0").param("action", "save").param("value.added_value", "1"),
				post(report).param("version", "0").param("action", "submit").param("value.added_value", "1"),
				post(report + "/revise"),
				json(put(api), "{\"version\": 0, \"values\": {\"added_value\": {\"value\": \"1\"}}}"),
				json(post(api + "/submit"), "{\"version\": 0}"), json(post(api + "/revise"), "{}"));
		List<String> gotThrough = new ArrayList<>();
		for (MockHttpServletRequestBuilder write : writes) {
			MvcResult result = mvc.perform(write.with(as(STAFF))).andReturn();
			if (result.getResponse().getStatus() != 403) {
				gotThrough.add(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " "
						+ result.getRequest().getParameterMap().keySet() + " -> " + result.getResponse().getStatus());
			}
		}
		assertThat(gotThrough).as("writes naming another district that were not refused with 403").isEmpty();
		assertThat(RoleMatrixTest.databaseContents(jdbc)).as("the database after refused writes").isEqualTo(before);

		// the same forms for their own district are stored: the refusals were the district's doing
		assertThat(status(enterpriseForm(post("/registry/enterprises/" + own), ownCode, OWN))).isEqualTo(302);
		assertThat(status(projectForm(post("/registry/projects/" + ownProject), "本区项目-写", OWN))).isEqualTo(302);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(STAFF))).andReturn().getResponse().getStatus();
	}

	/** A new enterprise of the area, registered by an administrator; its id. */
	private long enterprise(String area, int serial) throws Exception {
		String code = creditCode(area, serial);
		assertThat(mvc.perform(enterpriseForm(post("/registry/enterprises"), code, area).with(as("admin")))
			.andReturn().getResponse().getStatus()).isEqualTo(302);
		return jdbc.sql("select id from registry.enterprise where credit_code = ?").param(code).query(Long.class).single();
	}

	private long project(String area, String name) throws Exception {
		assertThat(mvc.perform(projectForm(post("/registry/projects"), name, area).with(as("admin")))
			.andReturn().getResponse().getStatus()).isEqualTo(302);
		return jdbc.sql("select id from registry.project where name = ? and area_code = ?").params(name, area)
			.query(Long.class).single();
	}

	/** The enterprise form as a browser posts it; the version is the row's, so only the district can refuse it. */
	private MockHttpServletRequestBuilder enterpriseForm(MockHttpServletRequestBuilder request, String code,
			String area) {
		Integer version = jdbc.sql("select version from registry.enterprise where credit_code = ?").param(code)
			.query(Integer.class).optional().orElse(null);
		request.param("creditCode", code)
			.param("name", "区际测试企业 " + code)
			.param("areaCode", area)
			.param("industryClass", "0241")
			.param("aboveSize", "true");
		return version == null ? request : request.param("version", version.toString());
	}

	private MockHttpServletRequestBuilder projectForm(MockHttpServletRequestBuilder request, String name, String area) {
		Integer version = jdbc.sql("select version from registry.project where name = ?").param(name)
			.query(Integer.class).optional().orElse(null);
		request.param("name", name)
			.param("areaCode", area)
			.param("category", "KEY")
			.param("status", "PLANNED")
			.param("plannedStart", "2027-01-01")
			.param("plannedInvestment", "100");
		return version == null ? request : request.param("version", version.toString());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** A browser session's principal with a valid CSRF token: only the district may refuse. */
	private RequestPostProcessor as(String username) {
		RequestPostProcessor principal = user(accounts.loadUserByUsername(username));
		return request -> csrf().postProcessRequest(principal.postProcessRequest(request));
	}

	private static String creditCode(String area, int serial) {
		String first17 = "91" + area + String.format("6%08d", serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

}
