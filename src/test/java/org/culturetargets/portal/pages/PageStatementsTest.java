package org.culturetargets.portal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.registry.CreditCode;
import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.shared.Period;
import org.culturetargets.portal.support.PortalTest;
import org.culturetargets.portal.support.StatementCounting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No N+1 anywhere (issue 7): every GET page and API list, requested by the role that sees the most on it, issues a
 * small number of statements that stays the same when the data grows — more enterprises, parks and projects in the
 * scope, more figures, plan targets, reports waiting for review, imports and accounts. Counted cold: every cache is
 * cleared before each request, so a cache cannot hide a query per row.
 *
 * <p>
 * This class grows its database, so it has a context (and so a database) of its own: {@link Growth} is imported
 * by no other test.
 */
@PortalTest
@Import({ StatementCounting.class, PageStatementsTest.Growth.class })
class PageStatementsTest {

	private static final String DISTRICT = "330102";

	private static final String STAFF = "district-" + DISTRICT;

	private static final String GROUP = "cluster-baimahu-xianghu-digital-content";

	/**
	 * The most statements any page may issue. Sign-in (account, login throttle) and the layout's own reads come on
	 * top of what a page reads; the heaviest pages (the scorecard, a district, the final report) read targets,
	 * series of every indicator and each derived family once, and the scorecard its plan's key tasks (one read per
	 * table of the tasks module: six).
	 */
	private static final long MOST = 26;

	/**
	 * What each plan adds to a page that shows every plan's targets in its scope (a district, a group, an indicator):
	 * {@code Scorecards} evaluates one plan at a time, so these pages are proportional to the number of plans — fixed
	 * reference data (five), not data that grows.
	 */
	private static final long PER_PLAN = 12;

	/**
	 * The final report reads, on top of the scorecard's, the plan's key tasks as of its target year (one read per
	 * table of the tasks module) and the annual assessment's rules and points (three): a fixed number, not data.
	 */
	private static final long FINAL_REPORT_MOST = MOST + 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	ObjectProvider<CacheManager> cacheManagers;

	/** Nothing but a distinct context for this class. */
	static class Growth {

	}

	/** A page, who asks for it, and whether it evaluates every plan with targets in its scope. */
	record Page(String user, String url, boolean everyPlan) {

		Page(String user, String url) {
			this(user, url, false);
		}

		static Page everyPlan(String user, String url) {
			return new Page(user, url, true);
		}

	}

	@Test
	void everyPageIssuesTheSameFewStatementsWhateverTheData() throws Exception {
		grow(1);
		List<Page> pages = pages();
		Map<Page, Long> before = measure(pages);
		grow(5);
		Map<Page, Long> after = measure(pages());

		long plans = jdbc.sql("select count(*) from plans.plan").query(Long.class).single();
		StringBuilder table = new StringBuilder("\npage statements (demo data → grown)\n");
		SoftAssertions softly = new SoftAssertions();
		List<Page> grownPages = pages();
		for (int i = 0; i < pages.size(); i++) {
			Page page = pages.get(i);
			long grown = after.get(grownPages.get(i));
			table.append("%-16s %-70s %3d %3d%n".formatted(page.user(), page.url(), before.get(page), grown));
			softly.assertThat(grown).as("%s as %s, grown (demo data: %d)", page.url(), page.user(), before.get(page))
				.isEqualTo(before.get(page));
			softly.assertThat(grown).as("%s as %s", page.url(), page.user())
				.isBetween(1L, page.everyPlan() ? MOST + PER_PLAN * plans
						: page.url().contains("/final-report") ? FINAL_REPORT_MOST : MOST);
		}
		System.out.println(table);
		softly.assertAll();
	}

	/** Every GET page of the portal and every API list, with ids of the latest rows (so the grown ones after growth). */
	private List<Page> pages() {
		long enterprise = latest("registry.enterprise");
		long park = latest("registry.park");
		long project = latest("registry.project");
		long importId = latest("imports.import");
		long target = jdbc.sql("select max(id) from plans.target where plan_code = 'HZ-14FYP'").query(Long.class).single();
		Period quarter = calendar.currentQuarter();
		String report = "/reports/" + DISTRICT + "/" + quarter;
		return List.of(new Page("admin", "/"), new Page("official", "/"), new Page(STAFF, "/"),
				new Page("official", "/?plan=HZ-14FYP&scope=330100"), new Page("official", "/scorecard.csv"),
				new Page("official", "/scorecard.xlsx"), new Page("official", "/areas"),
				new Page("official", "/scope/" + DISTRICT), Page.everyPlan("official", "/areas/330100"),
				Page.everyPlan("official", "/areas/" + DISTRICT), Page.everyPlan("official", "/groups/" + GROUP),
				Page.everyPlan("official", "/indicators/above_size_revenue?scope=330100"),
				Page.everyPlan("official", "/indicators/above_size_revenue?scope=" + DISTRICT),
				Page.everyPlan("official", "/indicators/added_value?scope=330100"),
				new Page("official", "/indicators/added_value/values.csv?scope=330100"),
				new Page("official", "/plans/HZ-14FYP/final-report"),
				new Page("official", "/plans/HZ-14FYP/final-report.pdf"),
				new Page("admin", "/registry/enterprises?scope=" + DISTRICT),
				new Page(STAFF, "/registry/enterprises?scope=" + DISTRICT), new Page("admin", "/registry/parks"),
				new Page(STAFF, "/registry/parks?scope=" + DISTRICT), new Page("admin", "/registry/projects"),
				new Page("admin", "/registry/enterprises?format=csv&scope=" + DISTRICT),
				new Page("admin", "/registry/parks?format=csv"), new Page("admin", "/registry/projects?format=xlsx"),
				new Page("admin", "/registry/drill?indicator=above_size_enterprises&scope=330100"),
				new Page(STAFF, "/registry/enterprises/" + enterprise), new Page(STAFF, "/registry/parks/" + park),
				new Page(STAFF, "/registry/projects/" + project), new Page(STAFF, "/registry/enterprises/new"),
				new Page(STAFF, "/registry/enterprises/" + enterprise + "/edit"),
				new Page(STAFF, "/registry/enterprises/" + enterprise + "/figures"),
				new Page("admin", "/registry/parks/new"), new Page("admin", "/registry/parks/" + park + "/edit"),
				new Page(STAFF, "/registry/projects/new"), new Page(STAFF, "/registry/projects/" + project + "/edit"),
				new Page(STAFF, "/reports"), new Page(STAFF, report), new Page("reviewer", report),
				new Page(STAFF, report + "/growth/added_value?value.added_value=12"),
				new Page("reviewer", "/reports/review"), new Page("reviewer", "/reports/completeness"),
				new Page("reviewer", "/reports/completeness?format=csv"), new Page("admin", "/audit"),
				new Page("admin", "/audit?format=csv"), new Page("admin", "/imports"),
				new Page("admin", "/imports/" + importId), new Page("admin", "/imports/" + importId + "/problems"),
				new Page("admin", "/imports/templates/enterprises"), new Page("admin", "/imports/progress/none"),
				new Page("admin", "/admin/areas"), new Page("admin", "/admin/groups"),
				new Page("admin", "/admin/areas/new"), new Page("admin", "/admin/groups/new"),
				new Page("admin", "/admin/areas/" + DISTRICT + "/edit"), new Page("admin", "/admin/groups/" + GROUP + "/edit"),
				new Page("admin", "/admin/indicators"), new Page("admin", "/admin/indicators/new"),
				new Page("admin", "/admin/indicators/added_value/edit"), new Page("admin", "/admin/plans"),
				new Page("admin", "/admin/plans/new"), new Page("admin", "/admin/plans/HZ-14FYP/edit"),
				new Page("admin", "/admin/plans/HZ-14FYP/targets"), new Page("admin", "/admin/plans/HZ-14FYP/targets/new"),
				new Page("admin", "/admin/targets/" + target + "/edit"), new Page("admin", "/admin/users"),
				new Page("admin", "/admin/users/new"), new Page("admin", "/admin/rules"),
				new Page("admin", "/admin/rules/own_history/edit"), new Page("admin", "/admin/users/" + STAFF + "/password"),
				new Page("official", "/api/plans"), new Page("official", "/api/plans/HZ-14FYP"),
				new Page("official", "/api/plans/HZ-14FYP/targets"), new Page("official", "/api/indicators"),
				new Page("official", "/api/areas"), new Page("official", "/api/plans/HZ-14FYP/scorecard"),
				new Page("official", "/api/plans/HZ-14FYP/scorecard?scope=" + DISTRICT),
				new Page("official", "/api/indicators/above_size_revenue/series?scope=330100"),
				new Page("official", "/api/indicators/added_value/series?scope=330100"),
				new Page("official", "/api/reports/" + DISTRICT + "/" + quarter),
				new Page("official", "/api/enterprises?scope=" + DISTRICT + "&size=200"),
				new Page("official", "/api/enterprises/" + enterprise),
				new Page("official", "/api/parks?scope=330100&size=200"),
				new Page("official", "/api/projects?scope=330100&size=200"));
	}

	private Map<Page, Long> measure(List<Page> pages) throws Exception {
		Map<Page, Long> counts = new LinkedHashMap<>();
		for (Page page : pages) {
			clearCaches();
			counts.put(page, StatementCounting.during(() -> mvc
				.perform(get(page.url()).with(httpBasic(page.user(), "demo")))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(page.url()).isLessThan(400))));
		}
		return counts;
	}

	private void clearCaches() {
		cacheManagers.stream()
			.forEach(manager -> manager.getCacheNames().forEach(name -> manager.getCache(name).clear()));
	}

	private long latest(String table) {
		return jdbc.sql("select max(id) from " + table).query(Long.class).single();
	}

	private int serial;

	/**
	 * Adds {@code n} of everything a page lists or reads in {@link #DISTRICT}, its city and {@link #GROUP}:
	 * enterprises with quarterly figures, parks, projects, published figures, plan targets, reports waiting for
	 * review, accounts, and an import of {@code n} rows with a problem each.
	 */
	private void grow(int n) throws Exception {
		for (int i = 0; i < n; i++) {
			int s = ++serial;
			String first17 = "91" + DISTRICT + "%08d".formatted(900_000 + s) + "T";
			String credit = first17 + CreditCode.checkCharacter(first17);
			long park = jdbc.sql("""
					insert into registry.park (name_zh, area_code, level, type, key_platform, recognised_year, source)
					values (?, ?, 'NATIONAL', 'PARK', true, 2021, 'statement test') returning id""")
				.params("语句计数园区 " + s, DISTRICT).query(Long.class).single();
			jdbc.sql("insert into registry.park_group (park_id, group_code) values (?, ?)").params(park, GROUP).update();
			long enterprise = jdbc.sql("""
					insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size,
					                                 digital, listed, stock_code, updated_by)
					values (?, ?, ?, ?, (select min(code) from registry.industry_class), true, true, true, ?, 'test')
					returning id""")
				.params(credit, "语句计数企业 " + s, DISTRICT, park, "S" + s).query(Long.class).single();
			jdbc.sql("""
					insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
					select ?, y || 'Q' || q, 1000 * q, 20 from generate_series(2022, 2025) y, generate_series(1, 4) q""")
				.param(enterprise).update();
			long project = jdbc.sql("""
					insert into registry.project (name, area_code, category, planned_investment, status, planned_start,
					                              started_on, updated_by)
					values (?, ?, 'KEY', 100, 'STARTED', date '2023-03-01', date '2023-06-01', 'test') returning id""")
				.params("语句计数项目 " + s, DISTRICT).query(Long.class).single();
			jdbc.sql("insert into registry.project_group (project_id, group_code) values (?, ?)").params(project, GROUP).update();
			jdbc.sql("insert into security.account (username, password_hash, role) values (?, 'x', 'OFFICIAL')")
				.param("statements" + s).update();
			Period quarter = Period.ofQuarter(2020 + s / 4, s % 4 + 1);
			long report = jdbc.sql("""
					insert into reporting.report (area_code, period, status, created_by, changed_by, submitted_by, submitted_at)
					values (?, ?, 'SUBMITTED', 'test', 'test', 'test', now()) returning id""")
				.params(DISTRICT, quarter.toString()).query(Long.class).single();
			jdbc.sql("""
					insert into reporting.report_value (report_id, indicator_code, value)
					select ?, code, 10 from plans.indicator where district_reported""").param(report).update();
		}
		// published figures and targets: n more years of every indicator, one more target (year) of every indicator in each scope
		jdbc.sql("""
				insert into figures.indicator_value (indicator_code, scope_code, period, value, status, source, recorded_by)
				select i.code, s.code, cast(1990 + y as varchar), 1 + y, 'FINAL', 'statement test', 'test'
				  from plans.indicator i, plans.scope s, generate_series(?, ?) y
				 where s.code in ('330100', ?, ?) and i.numerator_code is null
				""").params(serial - n + 1, serial, DISTRICT, GROUP).update();
		jdbc.sql("""
				insert into plans.target (plan_code, indicator_code, scope_code, kind, baseline_value, baseline_year,
				                          target_year, source)
				select 'HZ-14FYP', i.code, s.code, 'MONITOR', 1, 2020, 2025 + ?, 'statement test'
				  from plans.indicator i, plans.scope s
				 where s.code in ('330100', ?, ?)
				on conflict do nothing""").params(serial, DISTRICT, GROUP).update();
		StringBuilder rows = new StringBuilder("indicator,area,period,value,status,note,source\n");
		for (int i = 0; i < n; i++) {
			rows.append("added_value,%s,%d,%d,final,,statement test\n".formatted(DISTRICT, 1950 + i, i));
			rows.append("no_such_indicator,%s,%d,1,final,,\n".formatted(DISTRICT, 1950 + i));
		}
		mvc.perform(multipart("/api/imports/{kind}", "values")
			.file(new MockMultipartFile("file", "values.csv", "text/csv", rows.toString().getBytes()))
			.param("dryRun", "true")
			.with(httpBasic("admin", "demo"))).andExpect(status().is2xxSuccessful());
		assertThat(serial).isPositive();
	}

}
