package org.culturetargets.portal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * SPEC §1's matrix of roles × write endpoints. Every write endpoint (every handler method that answers anything
 * but GET, HEAD or OPTIONS) is discovered from Spring MVC's handler mapping at test time and must have a line in
 * {@link #WRITES}; every caller not allowed there — anonymous, OFFICIAL, DISTRICT_STAFF, DEPARTMENT_STAFF, REVIEWER,
 * ADMIN — calls
 * it and must be refused (401 or 403; a redirect to the login page for an anonymous page post), and no table of
 * the database may change.
 *
 * <p>To add an endpoint, add one line to {@link #WRITES}:
 * <ul>
 * <li>{@code write(POST, "/admin/plans/{code}", "/admin/plans/HZ-14FYP", ADMIN)}: the method, the pattern as
 * mapped, a URL to call it with (path variables filled in; existing records make the refusal meaningful) and the
 * roles allowed;</li>
 * <li>{@code areaScoped(PUT, "/api/reports/{area}/{period}", "/api/reports/{area}/2024Q3", ADMIN)}: district staff
 * may call it for their own area only; the test calls it as {@code district-330106} for another district
 * ({@code {area}} = 330102) and expects a refusal;</li>
 * <li>{@code {enterprise}} or {@code {project}} in the URL: the id of such a row in the area the call is made for;
 * {@code {task}}: a key task that neither the district staff account's area nor the department staff account's
 * department leads or shares;</li>
 * <li>{@code .json("{...}")} on a line gives an API call a body, so that a refusal is not a 400 for a missing
 * one;</li>
 * <li>{@code open("/error")}: not a write (answers every method, changes nothing).</li>
 * </ul>
 * Pages are called with a browser session's principal and a valid CSRF token, the API ({@code /api/…}) with HTTP
 * Basic, as the demo accounts {@code official}, {@code district-330106}, {@code department-hz-cci-association},
 * {@code reviewer} and {@code admin}. Department staff have no area: an area-scoped line refuses them everywhere.
 */
@PortalTest
class RoleMatrixTest {

	private static final HttpMethod POST = HttpMethod.POST;

	private static final HttpMethod PUT = HttpMethod.PUT;

	private static final String ENTERPRISE = """
			{"creditCode": "", "name": "", "areaCode": "330102", "industryClass": "0241", "aboveSize": false,
			 "listed": false, "leading": false, "headquarters": false, "exportKey": false, "version": 0}""";

	private static final String PROJECT = """
			{"name": "", "areaCode": "330102", "category": "KEY", "status": "PLANNED", "version": 0}""";

	private static final String PARK = """
			{"nameZh": "", "type": "PARK", "keyPlatform": false, "version": 0}""";

	static final List<Write> WRITES = List.of(
			open("/error"),
			// security: user administration
			write(POST, "/admin/users", Role.ADMIN),
			write(POST, "/admin/users/{username}/disable", "/admin/users/official/disable", Role.ADMIN),
			write(POST, "/admin/users/{username}/enable", "/admin/users/official/enable", Role.ADMIN),
			write(POST, "/admin/users/{username}/password", "/admin/users/official/password", Role.ADMIN),
			write(POST, "/admin/users/{username}/unlock", "/admin/users/official/unlock", Role.ADMIN),
			// security: everyone dismisses the notices of their own account's lock-outs
			write(POST, "/account/lock-notices/dismiss", Role.OFFICIAL, Role.DISTRICT_STAFF, Role.DEPARTMENT_STAFF,
					Role.REVIEWER, Role.ADMIN),
			// plans: reference data
			write(POST, "/admin/plans", Role.ADMIN),
			write(POST, "/admin/plans/{code}", "/admin/plans/HZ-14FYP", Role.ADMIN),
			write(POST, "/admin/plans/{code}/targets", "/admin/plans/HZ-14FYP/targets", Role.ADMIN),
			write(POST, "/admin/targets/{id}", "/admin/targets/1", Role.ADMIN),
			write(POST, "/admin/indicators", Role.ADMIN),
			write(POST, "/admin/indicators/{code}", "/admin/indicators/added_value", Role.ADMIN),
			write(POST, "/admin/rules/{code}", "/admin/rules/own_history", Role.ADMIN),
			write(POST, "/admin/tasks", Role.ADMIN),
			// assessment: the scoring rules of a plan's year
			write(POST, "/admin/assessment/{plan}/{year:[0-9]{4}}/rules", "/admin/assessment/HZ-14FYP/2025/rules",
					Role.ADMIN),
			write(POST, "/admin/assessment/{plan}/{year:[0-9]{4}}/rules/reset",
					"/admin/assessment/HZ-14FYP/2025/rules/reset", Role.ADMIN),
			write(POST, "/admin/tasks/{id}/assign", "/admin/tasks/1/assign", Role.ADMIN),
			write(POST, "/admin/tasks/{id}/close", "/admin/tasks/1/close", Role.ADMIN),
			write(POST, "/admin/tasks/{id}/milestones", "/admin/tasks/1/milestones", Role.ADMIN),
			write(POST, "/admin/tasks/{id}/milestones/{milestone}", "/admin/tasks/1/milestones/1", Role.ADMIN),
			write(POST, "/admin/tasks/{id}/milestones/{milestone}/remove", "/admin/tasks/1/milestones/1/remove",
					Role.ADMIN),
			write(POST, "/admin/tasks/{id}/links", "/admin/tasks/1/links", Role.ADMIN),
			write(POST, "/admin/tasks/{id}/links/remove", "/admin/tasks/1/links/remove", Role.ADMIN),
			write(POST, "/admin/areas", Role.ADMIN),
			write(POST, "/admin/areas/{code}", "/admin/areas/330106", Role.ADMIN),
			write(POST, "/admin/groups", Role.ADMIN),
			write(POST, "/admin/groups/{code}", "/admin/groups/western-districts", Role.ADMIN),
			// registry: district staff for their own district (the area of the row, or of the form's district)
			write(POST, "/registry/enterprises", Role.ADMIN, Role.DISTRICT_STAFF),
			areaScoped(POST, "/registry/enterprises/{id}", "/registry/enterprises/{enterprise}", Role.ADMIN),
			write(POST, "/registry/projects", Role.ADMIN, Role.DISTRICT_STAFF),
			areaScoped(POST, "/registry/projects/{id}", "/registry/projects/{project}", Role.ADMIN),
			areaScoped(POST, "/registry/enterprises/{id}/figures", "/registry/enterprises/{enterprise}/figures", Role.ADMIN),
			write(POST, "/api/enterprises", Role.ADMIN, Role.DISTRICT_STAFF).json(ENTERPRISE),
			areaScoped(PUT, "/api/enterprises/{id}", "/api/enterprises/{enterprise}", Role.ADMIN).json(ENTERPRISE),
			areaScoped(PUT, "/api/enterprises/{id}/figures/{period}", "/api/enterprises/{enterprise}/figures/2025Q1",
					Role.ADMIN).json("{\"revenue\": 1, \"employees\": 1, \"reason\": \"test\"}"),
			write(POST, "/api/projects", Role.ADMIN, Role.DISTRICT_STAFF).json(PROJECT),
			areaScoped(PUT, "/api/projects/{id}", "/api/projects/{project}", Role.ADMIN).json(PROJECT),
			// registry: parks by administrators only
			write(POST, "/api/parks", Role.ADMIN).json(PARK),
			write(PUT, "/api/parks/{id}", "/api/parks/1", Role.ADMIN).json(PARK),
			write(POST, "/api/imports/{kind}", "/api/imports/enterprises", Role.ADMIN),
			write(POST, "/imports", Role.ADMIN),
			write(POST, "/imports/{id}/commit", "/imports/1/commit", Role.ADMIN),
			write(POST, "/imports/{id}/discard", "/imports/1/discard", Role.ADMIN),
			write(POST, "/registry/parks", Role.ADMIN),
			write(POST, "/registry/parks/{id}", "/registry/parks/1", Role.ADMIN),
			// reporting: a district's staff (and admins) enter, submit and correct; reviewers and admins decide
			areaScoped(PUT, "/api/reports/{area}/{period}", "/api/reports/{area}/2026Q3", Role.ADMIN)
				.json("{\"version\": 0, \"values\": {}}"),
			areaScoped(POST, "/api/reports/{area}/{period}/submit", "/api/reports/{area}/2026Q3/submit", Role.ADMIN)
				.json("{\"version\": 0}"),
			areaScoped(POST, "/api/reports/{area}/{period}/revise", "/api/reports/{area}/2026Q3/revise", Role.ADMIN)
				.json("{}"),
			write(POST, "/api/reports/{area}/{period}/approve", "/api/reports/{area}/2026Q3/approve", Role.REVIEWER,
					Role.ADMIN).json("{}"),
			write(POST, "/api/reports/{area}/{period}/return", "/api/reports/{area}/2026Q3/return", Role.REVIEWER,
					Role.ADMIN).json("{\"comment\": \"please check\"}"),
			areaScoped(POST, "/reports/{area}/{period}", "/reports/{area}/2026Q3", Role.ADMIN),
			areaScoped(POST, "/reports/{area}/{period}/revise", "/reports/{area}/2026Q3/revise", Role.ADMIN),
			write(POST, "/reports/{area}/{period}/approve", "/reports/{area}/2026Q3/approve", Role.REVIEWER, Role.ADMIN),
			write(POST, "/reports/{area}/{period}/return", "/reports/{area}/2026Q3/return", Role.REVIEWER, Role.ADMIN),
			// tasks: a task's units' staff (and admins) report progress, reviewers and admins decide; {task} is a task
			// that neither 330106 nor the department of the department staff account leads or shares
			write(PUT, "/api/tasks/{id}/reports/{period}", "/api/tasks/{task}/reports/2026Q3", Role.ADMIN)
				.json("{\"version\": 0, \"narrative\": \"x\"}"),
			write(POST, "/api/tasks/{id}/reports/{period}/submit", "/api/tasks/{task}/reports/2026Q3/submit", Role.ADMIN),
			write(POST, "/api/tasks/{id}/reports/{period}/evidence", "/api/tasks/{task}/reports/2026Q3/evidence",
					Role.ADMIN),
			write(POST, "/api/tasks/{id}/reports/{period}/approve", "/api/tasks/{task}/reports/2026Q3/approve",
					Role.REVIEWER, Role.ADMIN),
			write(POST, "/api/tasks/{id}/reports/{period}/return", "/api/tasks/{task}/reports/2026Q3/return",
					Role.REVIEWER, Role.ADMIN).json("{\"comment\": \"please check\"}"),
			write(POST, "/tasks/{id}/reports/{period}", "/tasks/{task}/reports/2026Q3", Role.ADMIN),
			write(POST, "/tasks/{id}/reports/{period}/evidence", "/tasks/{task}/reports/2026Q3/evidence", Role.ADMIN),
			write(POST, "/tasks/{id}/reports/{period}/approve", "/tasks/{task}/reports/2026Q3/approve", Role.REVIEWER,
					Role.ADMIN),
			write(POST, "/tasks/{id}/reports/{period}/return", "/tasks/{task}/reports/2026Q3/return", Role.REVIEWER,
					Role.ADMIN),
			// reporting: reviewers and admins remind a late district (催报)
			write(POST, "/reports/completeness/chase", "/reports/completeness/chase?area=330106&period=2026Q3", Role.REVIEWER,
					Role.ADMIN),
			// notifications: everyone marks their own messages read
			write(POST, "/notifications/read", Role.OFFICIAL, Role.DISTRICT_STAFF, Role.DEPARTMENT_STAFF, Role.REVIEWER,
					Role.ADMIN),
			write(POST, "/notifications/{id}/read", "/notifications/1/read", Role.OFFICIAL, Role.DISTRICT_STAFF,
					Role.DEPARTMENT_STAFF, Role.REVIEWER, Role.ADMIN),
			write(POST, "/api/notifications/{id}/read", "/api/notifications/1/read", Role.OFFICIAL, Role.DISTRICT_STAFF,
					Role.DEPARTMENT_STAFF, Role.REVIEWER, Role.ADMIN));

	/** The district whose staff account calls area-scoped endpoints, and the other district it calls them for. */
	private static final String OWN_AREA = "330106";

	/** The department whose staff account calls every endpoint: it shares a key task, and has no area. */
	private static final String OWN_DEPARTMENT = "hz-cci-association";

	private static final String OTHER_AREA = "330102";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyWriteEndpointHasALineInTheMatrix() {
		Set<String> discovered = discoveredWrites();
		Set<String> listed = new TreeSet<>();
		WRITES.forEach(w -> listed.add(w.key()));
		assertThat(discovered).isNotEmpty();
		assertThat(listed)
			.as("write endpoints without a line in RoleMatrixTest.WRITES (add one saying which roles may call them)")
			.containsAll(discovered);
		assertThat(discovered).as("lines in RoleMatrixTest.WRITES for endpoints that no longer exist").containsAll(listed);
	}

	@Test
	void everyCallerNotAllowedIsRefusedAndNothingChanges() throws Exception {
		Map<String, String> before = databaseContents(jdbc);
		List<String> gotThrough = new ArrayList<>();
		int refusals = 0;
		for (Write write : WRITES) {
			if (write.open()) {
				continue;
			}
			for (Caller caller : Caller.values()) {
				if (caller.role != null && write.allowed().contains(caller.role)) {
					continue;
				}
				String area = caller.role == Role.DISTRICT_STAFF ? OTHER_AREA : OWN_AREA;
				MvcResult result = mvc.perform(call(caller, write, sample(jdbc, write, area))).andReturn();
				if (!refused(caller, write, result)) {
					gotThrough.add(caller + " " + write.method() + " " + write.sample() + " -> "
							+ result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl());
				}
				refusals++;
			}
		}
		assertThat(gotThrough).as("writes that got through").isEmpty();
		assertThat(refusals).isGreaterThan(WRITES.size());
		assertThat(databaseContents(jdbc)).as("the database after refused writes").isEqualTo(before);
	}

	/** The line's URL for a call on behalf of {@code area}: its area, or the id of a row of that area. */
	static String sample(JdbcClient jdbc, Write write, String area) {
		String url = write.sample().replace("{area}", area);
		if (url.contains("{enterprise}")) {
			url = url.replace("{enterprise}", firstId(jdbc, "registry.enterprise", area));
		}
		if (url.contains("{project}")) {
			url = url.replace("{project}", firstId(jdbc, "registry.project", area));
		}
		if (url.contains("{task}")) {
			url = url.replace("{task}", jdbc.sql("""
					select min(id) from tasks.task t where not exists (
					       select 1 from tasks.task_unit u
					        where u.task_id = t.id and (u.area_code = ? or u.department_code = ?))
					""").params(OWN_AREA, OWN_DEPARTMENT).query(Long.class).single().toString());
		}
		return url;
	}

	static String firstId(JdbcClient jdbc, String table, String area) {
		return jdbc.sql("select min(id) from " + table + " where area_code = ?").param(area).query(Long.class).single()
			.toString();
	}

	private MockHttpServletRequestBuilder call(Caller caller, Write write, String url) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(write.method()), url);
		boolean api = url.startsWith("/api/");
		if (write.json() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(write.json());
		}
		if (caller.username == null) {
			return api ? request : request.with(csrf());
		}
		if (api) {
			return request.with(httpBasic(caller.username, AccountBootstrap.DEMO_PASSWORD));
		}
		return request.with(user(accounts.loadUserByUsername(caller.username))).with(csrf());
	}

	private static boolean refused(Caller caller, Write write, MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status == 401 || status == 403) {
			return true;
		}
		String redirect = result.getResponse().getRedirectedUrl();
		return caller == Caller.ANONYMOUS && !write.sample().startsWith("/api/") && status / 100 == 3
				&& redirect != null && redirect.endsWith("/login");
	}

	/** "POST /admin/plans" for every handler method answering a method that may write. */
	private Set<String> discoveredWrites() {
		Set<String> writes = new TreeSet<>();
		for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> writing = methods.isEmpty() ? EnumSet.of(RequestMethod.POST) : EnumSet.copyOf(methods);
			writing.removeAll(EnumSet.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS));
			for (RequestMethod method : writing) {
				for (String pattern : info.getPatternValues()) {
					writes.add((methods.isEmpty() ? "ANY" : method.name()) + " " + pattern);
				}
			}
		}
		return writes;
	}

	/**
	 * A checksum of every table's rows, by table: a refused write leaves all of them as they were. The login
	 * throttles are left out: a successful login clears its failures, whatever the request then does; so are the
	 * scheduled jobs' locks, which the clock moves.
	 */
	static Map<String, String> databaseContents(JdbcClient jdbc) {
		Map<String, String> contents = new LinkedHashMap<>();
		List<String> tables = jdbc.sql("""
				select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				  and table_name not in ('flyway_schema_history', 'login_throttle', 'login_throttle_address',
				                         'shedlock')
				order by 1
				""").query(String.class).list();
		for (String table : tables) {
			contents.put(table, jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
					+ table + " t").query(String.class).single());
		}
		assertThat(contents).containsKeys("security.account", "plans.target");
		return contents;
	}

	static Write write(HttpMethod method, String pattern, Role... allowed) {
		return write(method, pattern, pattern, allowed);
	}

	static Write write(HttpMethod method, String pattern, String sample, Role... allowed) {
		return new Write(method.name(), pattern, sample, roles(allowed), false, null);
	}

	static Write areaScoped(HttpMethod method, String pattern, String sample, Role... allowedEverywhere) {
		return new Write(method.name(), pattern, sample, roles(allowedEverywhere), true, null);
	}

	static Write open(String pattern) {
		return new Write("ANY", pattern, pattern, EnumSet.allOf(Role.class), false, null);
	}

	private static Set<Role> roles(Role... roles) {
		return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
	}

	/**
	 * One write endpoint and who may call it: the roles in {@code allowed} everywhere and, when {@code areaScoped},
	 * district staff for their own area.
	 */
	record Write(String method, String pattern, String sample, Set<Role> allowed, boolean areaScoped, String json) {

		Write json(String body) {
			return new Write(method, pattern, sample, allowed, areaScoped, body);
		}

		String key() {
			return method + " " + pattern;
		}

		boolean open() {
			return "ANY".equals(method);
		}

	}

	/** Who calls: nobody signed in, or the demo account of each role. */
	enum Caller {

		ANONYMOUS(null, null), OFFICIAL(Role.OFFICIAL, "official"), DISTRICT_STAFF(Role.DISTRICT_STAFF,
				"district-" + OWN_AREA), DEPARTMENT_STAFF(Role.DEPARTMENT_STAFF, "department-" + OWN_DEPARTMENT),
		REVIEWER(Role.REVIEWER, "reviewer"), ADMIN(Role.ADMIN, "admin");

		final Role role;

		final String username;

		Caller(Role role, String username) {
			this.role = role;
			this.username = username;
		}

	}

}
