package org.culturetargets.portal.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Read-only transactions on a streaming standby, writes on the primary, when {@code portal.datasource.replica.url}
 * is set (docs/scaling.md, Read replica). Spring's {@link LazyConnectionDataSourceProxy} takes the connection only
 * when the transaction's first statement runs, once it knows whether the transaction is read-only; the standby's
 * connections come through {@link CaughtUpReplica}, so that no read sees the data from before this node's last
 * write.
 */
@AutoConfiguration(after = EmbeddedDatabaseAutoConfiguration.class, before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(prefix = "portal.datasource.replica", name = "url")
@EnableConfigurationProperties(ReadReplicaProperties.class)
class ReadReplicaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

	/** Where the primary is, as Boot would give it to its own pool (which this configuration replaces). */
	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails jdbcConnectionDetails(DataSourceProperties properties) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return properties.determineUsername();
			}

			@Override
			public String getPassword() {
				return properties.determinePassword();
			}

			@Override
			public String getJdbcUrl() {
				return properties.determineUrl();
			}
		};
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(JdbcConnectionDetails primary) {
		HikariDataSource pool = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(primary.getJdbcUrl())
			.username(primary.getUsername())
			.password(primary.getPassword())
			.build();
		pool.setPoolName("primary");
		return pool;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource replicaDataSource(JdbcConnectionDetails primary, ReadReplicaProperties replica) {
		HikariDataSource standby = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(replica.url())
			.username(StringUtils.hasText(replica.username()) ? replica.username() : primary.getUsername())
			.password(StringUtils.hasText(replica.password()) ? replica.password() : primary.getPassword())
			.build();
		standby.setPoolName("replica");
		standby.setReadOnly(true);
		return standby;
	}

	@Bean
	ReplayPosition replayPosition(HikariDataSource primaryDataSource) {
		return new ReplayPosition(primaryDataSource);
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, HikariDataSource replicaDataSource,
			ReplayPosition position, ReadReplicaProperties replica) {
		warnUnlessStandby(replicaDataSource, replica);
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(
				new CaughtUpReplica(replicaDataSource, primaryDataSource, position, replica.catchUpWait()));
		return routing;
	}

	private static void warnUnlessStandby(DataSource standby, ReadReplicaProperties replica) {
		try {
			Boolean recovering = new JdbcTemplate(standby).queryForObject("select pg_is_in_recovery()",
					Boolean.class);
			if (!Boolean.TRUE.equals(recovering)) {
				log.warn("{} is not a standby: every read goes to the primary", replica.url());
			}
		}
		catch (RuntimeException ex) {
			log.warn("The standby {} is out of reach at start: reads wait for it or go to the primary", replica.url(),
					ex);
		}
	}

}
