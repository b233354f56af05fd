package org.culturetargets.portal.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application issues (datasource-proxy), per thread: a MockMvc request runs on the
 * test's thread, so {@link #during(Request)} counts exactly what one request costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource
						? ProxyDataSourceBuilder.create(dataSource).name("portal").countQuery().build() : bean;
			}
		};
	}

	@FunctionalInterface
	public interface Request {

		void run() throws Exception;

	}

	/** How many statements {@code request} issued. */
	public static long during(Request request) throws Exception {
		QueryCountHolder.clear();
		request.run();
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
