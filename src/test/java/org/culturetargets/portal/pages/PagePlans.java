package org.culturetargets.portal.pages;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 7's "indexes justified by EXPLAIN": with 100,000 enterprise figures (8,334 enterprises × 12 quarters over
 * the city's districts), records every statement the busiest pages issue and runs each again under
 * {@code EXPLAIN (ANALYZE, BUFFERS)} with the same parameters, writing the plans to {@code target/page-plans.txt}
 * (the slowest first). Not part of the suite: {@code ./mvnw -o test -Dtest=PagePlans -Dexplain=true}.
 */
@PortalTest
@Import(PagePlans.Recording.class)
@EnabledIfSystemProperty(named = "explain", matches = "true")
class PagePlans {

	private static final int ENTERPRISES = 8_334;

	private static final List<String> PAGES = List.of("/", "/areas/330102", "/areas/330100",
			"/groups/cluster-baimahu-xianghu-digital-content", "/indicators/above_size_revenue?scope=330100",
			"/indicators/above_size_revenue?scope=330102", "/registry/enterprises?scope=330102",
			"/registry/enterprises?scope=330100&page=20", "/registry/parks?scope=330100", "/registry/projects?scope=330100",
			"/api/enterprises?scope=330102&size=200", "/api/plans/HZ-14FYP/scorecard");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	/** Wraps the application's data source so that every statement is recorded with its parameters. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		static final List<QueryInfo> RECORDED = new ArrayList<>();

		@Bean
		static BeanPostProcessor recordingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource
							? ProxyDataSourceBuilder.create(dataSource).afterQuery((execution, queries) -> {
								synchronized (RECORDED) {
									RECORDED.addAll(queries);
								}
							}).build() : bean;
				}
			};
		}

	}

	@Test
	void plansOfThePagesStatements() throws Exception {
		loadFigures();
		StringBuilder out = new StringBuilder();
		for (String page : PAGES) {
			Recording.RECORDED.clear();
			mvc.perform(get(page).with(httpBasic("admin", "demo")));
			List<QueryInfo> queries = List.copyOf(Recording.RECORDED);
			Map<String, String> plans = new LinkedHashMap<>();
			for (QueryInfo query : queries) {
				String sql = query.getQuery().strip();
				if (sql.regionMatches(true, 0, "select", 0, 6) || sql.regionMatches(true, 0, "with", 0, 4)) {
					plans.putIfAbsent(sql + query.getParametersList(), explain(query));
				}
			}
			out.append("==== ").append(page).append(" (").append(queries.size()).append(" statements)\n");
			plans.values()
				.stream()
				.sorted((a, b) -> Double.compare(executionTime(b), executionTime(a)))
				.forEach(plan -> out.append(plan).append("\n"));
		}
		Path file = Path.of("target", "page-plans.txt");
		Files.writeString(file, out);
		System.out.println("plans written to " + file.toAbsolutePath());
	}

	/** 100,000 enterprise-quarter figures over the city's districts, a tenth of the enterprises in parks. */
	private void loadFigures() throws IOException {
		jdbc.sql("""
				insert into registry.enterprise (credit_code, name, area_code, park_id, industry_class, above_size, digital,
				                                 updated_by)
				select '91' || d.code || lpad(n::text, 9, '0') || 'X', '计划测试企业 ' || n, d.code,
				       case when n % 10 = 0 then (select min(id) from registry.park p where p.area_code = d.code) end,
				       (select min(code) from registry.industry_class), n % 3 = 0, null, 'explain'
				  from generate_series(1, ?) n
				  join (select code, row_number() over (order by code) - 1 as i, count(*) over () as k
				          from plans.scope where kind = 'DISTRICT') d on d.i = n % d.k
				""").param(ENTERPRISES).update();
		jdbc.sql("""
				insert into registry.enterprise_figure (enterprise_id, period, revenue, employees)
				select e.id, y || 'Q' || q, 1000 + e.id % 997, 10 + e.id % 50
				  from registry.enterprise e, generate_series(2023, 2025) y, generate_series(1, 4) q
				 where e.updated_by = 'explain'
				""").update();
		jdbc.sql("analyze").update();
	}

	private String explain(QueryInfo query) throws Exception {
		StringBuilder plan = new StringBuilder("-- " + query.getQuery().strip().replaceAll("\\s+", " ") + "\n");
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + query.getQuery())) {
			if (!query.getParametersList().isEmpty()) {
				for (ParameterSetOperation operation : query.getParametersList().get(0)) {
					Method method = operation.getMethod();
					Object[] args = operation.getArgs();
					if (args[1] instanceof java.sql.Array array) {
						args = new Object[] { args[0], connection.createArrayOf(array.getBaseTypeName(), (Object[]) array.getArray()) };
					}
					method.invoke(statement, args);
				}
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append("\n");
				}
			}
		}
		catch (Exception e) {
			plan.append("(not explained: ").append(e.getMessage()).append(")\n");
		}
		return plan.toString();
	}

	private static double executionTime(String plan) {
		int at = plan.lastIndexOf("Execution Time: ");
		return at < 0 ? 0 : Double.parseDouble(plan.substring(at + 16, plan.indexOf(" ms", at)));
	}

}
