package io.github.perfeval.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that serves when no {@code spring.datasource.url} is
 * configured.
 *
 * @param dataDirectory where its data are kept, relative to the working directory
 * @param port its port; 0 picks a free one
 */
@ConfigurationProperties("perfeval.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, int port) {

	public EmbeddedPostgresProperties {
		dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
	}

}
