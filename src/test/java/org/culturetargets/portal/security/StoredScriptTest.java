package org.culturetargets.portal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A script in every free-text field a user types and a page shows again: stored through the real write endpoints
 * (form session principal and CSRF token, as the role that may write it), every page showing the field renders it
 * as text — the raw markup is absent and its escaped form present. Exports keep it as plain text, and a text that
 * a spreadsheet would run as a formula stays neutralised.
 */
@PortalTest
class StoredScriptTest {

	private static final String STAFF_AREA = "330127";

	/** A file name keeps only what follows its last slash, so its payload has no closing tag. */
	private static final String FILE_NAME = "\"'><img src=x onerror=alert('file')>.csv";

	private static final String FILE_NAME_RAW = "<img src=x onerror=alert('file')>";

	private static final String FILE_NAME_ESCAPED = "&quot;&#39;&gt;&lt;img src=x onerror=alert(&#39;file&#39;)&gt;.csv";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ReportingCalendar calendar;

	/** The payload for one field, named so that a page showing it can be traced to the field. */
	static String payload(String field) {
		return "<script>alert('" + field + "')</script>\"'><img src=x onerror=alert(1)>";
	}

	@Test
	void registryNamesReasonsAndSearchesAreShownAsText() throws Exception {
		String code = creditCode(STAFF_AREA, 71);
		expectRedirect(post("/registry/enterprises").with(as("district-" + STAFF_AREA))
			.param("creditCode", code)
			.param("name", payload("enterprise"))
			.param("areaCode", STAFF_AREA)
			.param("industryClass", "0241")
			.param("aboveSize", "true")
			.param("reason", payload("reason")));
		long enterprise = id("registry.enterprise", "credit_code = '" + code + "'");
		expectRedirect(post("/registry/projects").with(as("district-" + STAFF_AREA))
			.param("name", payload("project"))
			.param("areaCode", STAFF_AREA)
			.param("category", "KEY")
			.param("status", "PLANNED")
			.param("plannedStart", "2027-01-01")
			.param("plannedInvestment", "100")
			.param("reason", payload("reason")));
		long project = id("registry.project", "name = '" + payload("project").replace("'", "''") + "'");
		expectRedirect(post("/registry/parks").with(as("admin"))
			.param("nameZh", payload("park"))
			.param("nameEn", payload("parkEn"))
			.param("areaCode", STAFF_AREA)
			.param("level", "MUNICIPAL")
			.param("type", "PARK")
			.param("recognisedYear", "2020")
			.param("source", payload("parkSource")));
		long park = id("registry.park", "name_zh = '" + payload("park").replace("'", "''") + "'");

		List<String> problems = new ArrayList<>();
		escaped(problems, "/registry/enterprises/" + enterprise, "official", "enterprise");
		escaped(problems, "/registry/enterprises/" + enterprise + "/edit", "district-" + STAFF_AREA, "enterprise");
		escaped(problems, "/registry/enterprises/" + enterprise + "/figures", "district-" + STAFF_AREA, "enterprise");
		escaped(problems, "/registry/enterprises?q=" + encode(payload("enterprise")), "official", "enterprise");
		escaped(problems, "/registry/projects/" + project, "official", "project");
		escaped(problems, "/registry/projects/" + project + "/edit", "district-" + STAFF_AREA, "project");
		escaped(problems, "/registry/projects?q=" + encode(payload("project")), "official", "project");
		escaped(problems, "/registry/parks/" + park, "official", "park");
		escaped(problems, "/registry/parks/" + park + "/edit", "admin", "park");
		escaped(problems, "/registry/parks?q=" + encode(payload("park")), "official", "park");
		escaped(problems, "/audit", "admin", "reason");
		escaped(problems, "/audit", "admin", "enterprise");
		assertThat(problems).isEmpty();

		String csv = mvc.perform(get("/registry/enterprises").param("format", "csv").param("q", payload("enterprise"))
			.with(as("official"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).as("a CSV is not HTML: the name as typed").contains("alert('enterprise')");
	}

	@Test
	void aFormulaInANameStaysNeutralisedInTheExport() throws Exception {
		String code = creditCode(STAFF_AREA, 72);
		String formula = "=HYPERLINK(\"http://x\",\"<b>x</b>\")";
		expectRedirect(post("/registry/enterprises").with(as("district-" + STAFF_AREA))
			.param("creditCode", code)
			.param("name", formula)
			.param("areaCode", STAFF_AREA)
			.param("industryClass", "0241")
			.param("aboveSize", "true"));
		String csv = mvc.perform(get("/registry/enterprises").param("format", "csv").param("q", "HYPERLINK")
			.with(as("official"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
	}

	@Test
	void referenceDataNamesAreShownAsText() throws Exception {
		expectRedirect(post("/admin/plans").with(as("admin"))
			.param("code", "XSS-PLAN")
			.param("titleZh", payload("plan"))
			.param("titleEn", payload("planEn"))
			.param("issuerZh", payload("issuer"))
			.param("issuerEn", "i")
			.param("level", "MUNICIPAL")
			.param("homeScope", "330100")
			.param("periodStart", "2026")
			.param("periodEnd", "2030")
			.param("baselineYear", "2025")
			.param("source", payload("planSource"))
			.param("reason", payload("planReason")));
		expectRedirect(post("/admin/groups").with(as("admin"))
			.param("code", "xss-cluster")
			.param("kind", "CLUSTER")
			.param("parentCode", "330100")
			.param("nameZh", payload("group"))
			.param("nameEn", payload("groupEn"))
			.param("sortOrder", "990")
			.param("members", STAFF_AREA)
			.param("source", "test"));

		List<String> problems = new ArrayList<>();
		escaped(problems, "/admin/plans", "admin", "plan");
		escaped(problems, "/admin/plans/XSS-PLAN/edit", "admin", "plan");
		escaped(problems, "/admin/groups/xss-cluster/edit", "admin", "group");
		escaped(problems, "/?plan=XSS-PLAN", "official", "plan");
		escaped(problems, "/?plan=XSS-PLAN&lang=en", "official", "planEn");
		escaped(problems, "/admin/groups", "admin", "group");
		escaped(problems, "/areas", "official", "group");
		escaped(problems, "/groups/xss-cluster", "official", "group");
		escaped(problems, "/audit", "admin", "planReason");
		assertThat(problems).isEmpty();
	}

	@Test
	void reportTextsAndTheReturnCommentAreShownAsText() throws Exception {
		// a district without a report of the quarter yet: other tests give some districts' reports their states
		String area = jdbc.sql("""
				select min(code) from plans.scope where kind = 'DISTRICT'
				  and code not in (select area_code from reporting.report where period = ?)
				""").param(calendar.currentQuarter().toString()).query(String.class).single();
		String report = "/reports/" + area + "/" + calendar.currentQuarter();
		expectRedirect(post(report).with(as("district-" + area))
			.param("version", "0")
			.param("action", "submit")
			.param("narrative", payload("narrative"))
			.param("value.added_value", "50")
			.param("value.total_output", "300")
			.param("value.gdp", "900")
			.param("value.employment", "6.2")
			.param("note.employment", payload("note"))
			.param("value.cultural_talents", "7")
			// whatever the district's last year, a change beyond ±50 % has its note
			.param("note.added_value", "测试")
			.param("note.total_output", "测试")
			.param("note.gdp", "测试")
			.param("note.cultural_talents", "测试"));
		List<String> problems = new ArrayList<>();
		escaped(problems, "/reports/review", "reviewer", "note");
		expectRedirect(post(report + "/return").with(as("reviewer")).param("comment", payload("comment")));

		for (String field : List.of("narrative", "note", "comment")) {
			escaped(problems, report, "district-" + area, field);
		}
		escaped(problems, "/audit", "admin", "comment");
		assertThat(problems).isEmpty();
	}

	@Test
	void anImportsFileNameAndCellValuesAreShownAsText() throws Exception {
		byte[] file = ("credit_code,period,revenue\n" + payload("cell").replace("\"", "\"\"").transform(c -> "\"" + c + "\"")
				+ ",2025Q1,10\n").getBytes(StandardCharsets.UTF_8);
		MvcResult upload = mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", FILE_NAME, "text/csv", file))
			.param("kind", "enterprise-figures")
			.with(as("admin"))).andReturn();
		String location = upload.getResponse().getRedirectedUrl();
		assertThat(location).as("the import's page").isNotNull();
		List<String> problems = new ArrayList<>();
		escaped(problems, location, "admin", "cell");
		escaped(problems, location, "admin", FILE_NAME_RAW, FILE_NAME_ESCAPED);
		escaped(problems, "/imports", "admin", FILE_NAME_RAW, FILE_NAME_ESCAPED);
		assertThat(problems).isEmpty();
	}

	/** The page shows the field's payload escaped, and nowhere as markup; otherwise a line in problems. */
	private void escaped(List<String> problems, String url, String username, String field) throws Exception {
		escaped(problems, url, username, "<script>alert('" + field + "')",
				"&lt;script&gt;alert(&#39;" + field + "&#39;)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;");
	}

	private void escaped(List<String> problems, String url, String username, String raw, String escaped)
			throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url)).with(as(username))).andReturn();
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String where = url + " (" + raw + ", as " + username + ", " + result.getResponse().getStatus() + ")";
		if (result.getResponse().getStatus() != 200) {
			problems.add(where + ": not shown");
		}
		else if (page.contains(raw) || page.contains("<img src=x onerror")) {
			problems.add(where + ": raw markup in the page");
		}
		else if (!page.contains(escaped)) {
			int at = page.indexOf("alert(");
			problems.add(where + ": the escaped text is missing"
					+ (at < 0 ? "" : ", shown as …" + page.substring(Math.max(0, at - 60), Math.min(page.length(), at + 120))));
		}
	}

	private void expectRedirect(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus())
			.as("the write was stored: %s", result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
	}

	private RequestPostProcessor as(String username) {
		RequestPostProcessor principal = user(accounts.loadUserByUsername(username));
		return request -> csrf().postProcessRequest(principal.postProcessRequest(request));
	}

	private long id(String table, String where) {
		return jdbc.sql("select max(id) from " + table + " where " + where).query(Long.class).single();
	}

	private static String creditCode(String area, int serial) {
		String first17 = "91" + area + String.format("8%08d", serial);
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
