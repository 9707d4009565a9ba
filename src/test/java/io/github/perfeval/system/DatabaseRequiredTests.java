package io.github.perfeval.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a datasource URL and without the embedded PostgreSQL (the deployable jar has
 * none) the application refuses to start with a message that says to set
 * {@code SPRING_DATASOURCE_URL}.
 */
class DatabaseRequiredTests {

	// An empty URL outranks SPRING_DATASOURCE_URL from the environment (CI sets one).
	private final ApplicationContextRunner run = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class,
				DatabaseRequiredAutoConfiguration.class, DataSourceAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=");

	@Test
	void withoutEmbeddedPostgresAndWithoutUrlTheStartFailsSayingToSetSpringDatasourceUrl() {
		run.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class)).run(context -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new DatabaseSetupFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).as("the failure is ours, not a search for H2").isNotNull();
			assertThat(analysis.getDescription()).contains("No database is configured",
					"SPRING_DATASOURCE_URL is not set", "this build carries no embedded PostgreSQL");
			assertThat(analysis.getAction()).contains("Set SPRING_DATASOURCE_URL to a PostgreSQL 15 database",
					"SPRING_DATASOURCE_USERNAME", "jdbc:postgresql://");
		});
	}

	@Test
	void withTheEmbeddedPostgresSwitchedOffTheMessageSaysSo() {
		run.withPropertyValues("perfeval.embedded-postgres.enabled=false").run(context -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new DatabaseSetupFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("perfeval.embedded-postgres.enabled=false");
			assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
		});
	}

	@Test
	void withAUrlNothingEmbeddedIsNeeded() {
		run.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/perfeval")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://127.0.0.1:5432/perfeval");
				assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
			});
	}

}
