package org.culturetargets.portal.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Where browser sessions live ({@code portal.sessions.store}): {@code memory}, the servlet container's own, for one
 * portal node (the embedded default); {@code database}, PostgreSQL through Spring Session JDBC
 * ({@code security.spring_session}, security V3_5), so that several nodes behind one address share every session
 * (the production profile). Either way the session registry finds a user's open sessions, which disabling the
 * account ends at once.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "portal.sessions.store", havingValue = "memory", matchIfMissing = true)
	static class InMemory {

		@Bean
		SessionRegistry sessionRegistry() {
			return new SessionRegistryImpl();
		}

		/** Tells the session registry when sessions end. */
		@Bean
		HttpSessionEventPublisher httpSessionEventPublisher() {
			return new HttpSessionEventPublisher();
		}

	}

	/** Boot's own JDBC session configuration is excluded (application.properties): it would take the memory mode too. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "portal.sessions.store", havingValue = "database")
	@EnableJdbcHttpSession(tableName = "security.spring_session")
	static class InDatabase {

		@Bean
		<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
			return new SpringSessionBackedSessionRegistry<>(sessions);
		}

		/**
		 * A page's parallel requests (its scripts, htmx calls) may each add the same attribute, such as the CSRF token
		 * drawn lazily, to a new session: an upsert, where the plain insert fails all but one of them with a 500.
		 */
		@Bean
		PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertedAttributes() {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}

	}

}
