package org.culturetargets.portal.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalNodes;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode ended (issue 18): a database used in demo mode, restarted in production mode (a new portal on the same
 * PostgreSQL, {@code portal.demo=false}), holds no row that demo mode wrote, in any schema, and no figure from a demo
 * report; what was real before (an account, an import and its figures, one of them over a demo report's, a report,
 * audit entries and a notification of a real account) is still there.
 */
class DemoModeEndsTest {

	private static final String ADMIN_PASSWORD = "correct horse battery staple";

	private static final String AREA = "330105";

	/** Every table of the portal's schemas with a demo flag, and its flagged rows, in demo mode. */
	private static final Map<String, Long> flaggedInDemoMode = new TreeMap<>();

	private static List<String> demoReportSources;

	private static long importId;

	private static String quarter;

	static PortalNodes nodes;

	static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void runInDemoModeThenInProductionMode() throws Exception {
		nodes = new PortalNodes(1, Map.of("portal.reporting.demo-reports", "true"), context -> {
		});
		JdbcClient jdbc = nodes.jdbc();
		// real rows, written while the portal ran in demo mode
		jdbc.sql("""
				insert into security.account (username, password_hash, role, area_code)
				values ('staff-330105', '{noop}not used', 'DISTRICT_STAFF', ?)""").param(AREA).update();
		jdbc.sql("""
				insert into reporting.report (area_code, period, status, narrative, created_by, changed_by)
				values (?, '2019Q4', 'DRAFT', 'real', 'staff-330105', 'staff-330105')""").param(AREA).update();
		jdbc.sql("""
				insert into reporting.report_value (report_id, indicator_code, value)
				select id, 'employment', 2.5 from reporting.report where area_code = ? and period = '2019Q4'""")
			.param(AREA)
			.update();
		jdbc.sql("""
				insert into notifications.notification (recipient, kind, arguments)
				values ('staff-330105', 'CHASED', array['330105', '2019Q4', '2020-01-20', 'someone'])""").update();
		// the second row replaces a demo report's figure: what the import wrote is real
		HttpResponse<String> imported = upload("/api/imports/values?dryRun=false",
				"indicator,area,period,value,status\nemployment," + AREA + ",2019Q4,7.5,final\n"
						+ "employment,330110," + currentQuarter(jdbc) + ",9.25,final\n");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		importId = jdbc.sql("select max(id) from imports.import").query(Long.class).single();
		quarter = currentQuarter(jdbc);
		// a demo report's step taken by a user: its audit entry and the notification of the real account are demo too
		HttpResponse<String> returned = post("/api/reports/" + AREA + "/" + currentQuarter(jdbc) + "/return", "reviewer",
				"{\"comment\": \"请补充说明。\"}");
		assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

		flaggedTables(jdbc).forEach((table, column) -> flaggedInDemoMode.put(table,
				jdbc.sql("select count(*) from " + table + " where " + column).query(Long.class).single()));
		demoReportSources = jdbc.sql("""
				select 'report ' || area_code || '/' || period || ' revision ' || revision from reporting.report where demo
				""").query(String.class).list();

		nodes.stop(0);
		nodes.start(Map.of("portal.demo", "false", "portal.admin-password", ADMIN_PASSWORD));
	}

	@AfterAll
	static void stop() throws IOException {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void noRowThatDemoModeWroteIsLeftInAnySchema() {
		assertThat(flaggedInDemoMode).as("tables with a demo flag, and their flagged rows in demo mode")
			.containsKeys("figures.indicator_value", "reporting.report", "audit.change", "notifications.notification",
					"security.account", "registry.enterprise", "registry.park", "registry.project")
			.allSatisfy((table, rows) -> {
				if (!table.equals("registry.enterprise_figure_rollup")) {
					assertThat(rows).as("%s in demo mode", table).isPositive();
				}
			});
		JdbcClient jdbc = nodes.jdbc();
		Map<String, Long> left = new TreeMap<>();
		flaggedTables(jdbc).forEach((table, column) -> left.put(table,
				jdbc.sql("select count(*) from " + table + " where " + column).query(Long.class).single()));
		assertThat(left).as("flagged rows after the restart in production mode").containsOnlyKeys(flaggedInDemoMode.keySet())
			.allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(demoReportSources).hasSizeGreaterThan(13 * 8);
		assertThat(jdbc.sql("select source from figures.indicator_value where source like 'report %'").query(String.class).list())
			.as("figures from demo reports")
			.doesNotContainAnyElementsOf(demoReportSources);
		assertThat(jdbc.sql("select count(*) from reporting.report_value v where not exists (select 1 from reporting.report r where r.id = v.report_id)")
			.query(Long.class).single()).isZero();
	}

	@Test
	void everyRealRowSurvives() {
		JdbcClient jdbc = nodes.jdbc();
		assertThat(jdbc.sql("select count(*) from security.account where username in ('staff-330105', 'admin') and not demo")
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select narrative from reporting.report where area_code = ? and period = '2019Q4'")
			.param(AREA).query(String.class).list()).containsExactly("real");
		assertThat(jdbc.sql("""
				select count(*) from reporting.report_value v join reporting.report r on r.id = v.report_id
				 where r.area_code = ? and r.period = '2019Q4'""").param(AREA).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select kind from notifications.notification where recipient = 'staff-330105'")
			.query(String.class).list()).as("the real notification stays, the demo report's goes").containsExactly("CHASED");
		assertThat(jdbc.sql("select count(*) from imports.import where id = ?").param(importId).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("""
				select value from figures.indicator_value
				 where indicator_code = 'employment' and scope_code = ? and period = '2019Q4'""")
			.param(AREA).query(String.class).list()).containsExactly("7.500000");
		assertThat(jdbc.sql("""
				select value from figures.indicator_value
				 where indicator_code = 'employment' and scope_code = '330110' and period = ? and status = 'FINAL'""")
			.param(quarter).query(String.class).list()).as("the imported value that replaced a demo one")
			.containsExactly("9.250000");
		assertThat(jdbc.sql("select count(*) from audit.change where subject like '%import%' and not demo")
			.query(Long.class).single()).as("the import's audit entry").isPositive();
		assertThat(jdbc.sql("select count(*) from audit.change").query(Long.class).single())
			.as("the real entries, such as the import's").isPositive();
	}

	/** Schema-qualified table (not view) name → its boolean flag column, {@code demo} or the registry's {@code synthetic}. */
	private static Map<String, String> flaggedTables(JdbcClient jdbc) {
		Map<String, String> tables = new TreeMap<>();
		jdbc.sql("""
				select c.table_schema || '.' || c.table_name, c.column_name
				  from information_schema.columns c
				  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				 where c.column_name in ('demo', 'synthetic') and c.data_type = 'boolean' and t.table_type = 'BASE TABLE'
				   and c.table_schema not in ('pg_catalog', 'information_schema')""")
			.query((rs, row) -> tables.put(rs.getString(1), rs.getString(2)))
			.list();
		return tables;
	}

	private static String currentQuarter(JdbcClient jdbc) {
		return jdbc.sql("select max(period) from reporting.report where demo and status = 'SUBMITTED'")
			.query(String.class)
			.single();
	}

	private static HttpResponse<String> post(String path, String user, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(nodes.url(0, path)))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> upload(String path, String csv) throws Exception {
		String boundary = "demo" + UUID.randomUUID().toString().replace("-", "");
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return http.send(HttpRequest.newBuilder(URI.create(nodes.url(0, path)))
			.header("Authorization", basic("admin"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
