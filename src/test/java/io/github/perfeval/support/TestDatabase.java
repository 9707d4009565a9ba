package io.github.perfeval.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.github.perfeval.system.EmbeddedPostgresAutoConfiguration;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The real PostgreSQL the tests run on, found in this order:
 * {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}, as CI sets it);
 * Testcontainers where Docker runs; an embedded PostgreSQL started once per test JVM.
 * Imported, not scanned.
 */
public class TestDatabase {

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:15-alpine");
	}

	@Bean
	@Conditional(UseEmbedded.class)
	JdbcConnectionDetails embeddedPostgresForTests() {
		return EmbeddedPostgresAutoConfiguration.connectionDetails(Embedded.INSTANCE);
	}

	static boolean urlConfigured(ConditionContext context) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		return url != null && !url.isBlank();
	}

	static final class UseTestcontainers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !urlConfigured(context) && Docker.AVAILABLE;
		}

	}

	static final class UseEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !urlConfigured(context) && !Docker.AVAILABLE;
		}

	}

	private static final class Docker {

		static final boolean AVAILABLE = available();

		private static boolean available() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

	/** One embedded server for the whole test JVM, shared by every cached context. */
	private static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder()
					.setDataDirectory(Files.createTempDirectory("perfeval-test-pg"))
					.setCleanDataDirectory(true)
					.setServerConfig("timezone", "UTC")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
