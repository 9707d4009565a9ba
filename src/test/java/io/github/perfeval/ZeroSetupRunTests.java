package io.github.perfeval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.perfeval.support.SeedCases;
import io.github.perfeval.system.EmbeddedPostgresVersionTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's set-up: no datasource configured, so the application starts its own
 * PostgreSQL, keeps the data in its data directory across a restart, and generates the
 * first administrator's password when none is configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZeroSetupRunTests {

	private static final Pattern GENERATED = Pattern
		.compile("Created administrator 'admin' with the generated password: (\\S+)");

	/** The password on its own line inside a frame of '=' rules. */
	private static final Pattern BANNER = Pattern.compile("(?m)^={78}\\R"
			+ "^  Created administrator 'admin' with the generated password: (\\S+)\\R(^  .*\\R){2}^={78}$");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsOnEmbeddedPostgresAndKeepsDataAcrossARestart(@TempDir Path workingDirectory, CapturedOutput output)
			throws Exception {
		Path data = workingDirectory.resolve("data/postgres");
		String location;
		String password;
		try (ConfigurableApplicationContext app = start(data)) {
			Matcher matcher = GENERATED.matcher(output.getOut());
			assertThat(matcher.find()).as("the generated password is logged").isTrue();
			password = matcher.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			Matcher banner = BANNER.matcher(output.getOut());
			assertThat(banner.find()).as("the generated password stands out in a banner").isTrue();
			assertThat(banner.group(1)).isEqualTo(password);
			assertThat(app.getBean(JdbcTemplate.class)
				.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class))
				.as("the zero-set-up run's embedded PostgreSQL is the production major")
				.isEqualTo(EmbeddedPostgresVersionTests.productionMajor());
			assertThat(output.getOut()).containsPattern("Embedded PostgreSQL "
					+ EmbeddedPostgresVersionTests.productionMajor() + "\\.\\d+ serving on port");
			HttpResponse<String> created = send(app, password,
					HttpRequest.newBuilder()
						.uri(uri(app, "/api/evaluations"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(SeedCases.text(SeedCases.LUOHU))));
			assertThat(created.statusCode()).isEqualTo(201);
			assertThat(created.body()).contains("\"total\":88.18", "\"grade\":\"良\"");
			location = created.headers().firstValue("Location").orElseThrow();
		}
		assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();

		try (ConfigurableApplicationContext app = start(data)) {
			HttpResponse<String> sheet = send(app, password,
					HttpRequest.newBuilder().uri(uri(app, location + "/sheet")).GET());
			assertThat(sheet.statusCode()).isEqualTo(200);
			assertThat(sheet.body()).contains("\"total\":88.18", "\"grade\":\"良\"");
			assertThat(output.getOut()).containsOnlyOnce("with the generated password");
			HttpResponse<String> health = http.send(HttpRequest.newBuilder().uri(uri(app, "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}");
		}
	}

	private static ConfigurableApplicationContext start(Path data) {
		// An empty URL outranks SPRING_DATASOURCE_URL from the environment (CI sets one).
		return new SpringApplicationBuilder(PerfEvalApplication.class).run("--spring.datasource.url=",
				"--perfeval.embedded-postgres.data-directory=" + data, "--server.port=0",
				"--perfeval.admin.username=admin", "--perfeval.admin.password=");
	}

	private HttpResponse<String> send(ConfigurableApplicationContext app, String password, HttpRequest.Builder request)
			throws Exception {
		String credentials = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(request.header("Authorization", "Basic " + credentials).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static URI uri(ConfigurableApplicationContext app, String path) {
		return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
	}

}
