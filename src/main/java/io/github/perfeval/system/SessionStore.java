package io.github.perfeval.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC): a session attribute is written with an
 * upsert, so that two requests of one session at the same moment (two tabs, a double
 * click) that both add the same attribute (the flash of a redirect, the CSRF token) do
 * not collide on its key, which the plain insert answers with a server error.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
