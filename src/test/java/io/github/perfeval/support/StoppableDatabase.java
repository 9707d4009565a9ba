package io.github.perfeval.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL of a test's own, which the test may stop (the database going down under a
 * running application): started in a fresh data directory, registered as the
 * application's data source.
 */
public final class StoppableDatabase {

	private StoppableDatabase() {
	}

	public static EmbeddedPostgres start(String name) {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory("perfeval-test-pg-" + name))
				.setCleanDataDirectory(true)
				.setServerConfig("timezone", "UTC")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres database) {
		registry.add("spring.datasource.url", () -> database.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
