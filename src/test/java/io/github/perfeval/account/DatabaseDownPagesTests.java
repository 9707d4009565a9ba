package io.github.perfeval.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.perfeval.support.StoppableDatabase;
import io.github.perfeval.support.TestUsers;
import io.github.perfeval.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as deployed (a real server, sessions kept in the database) on a
 * PostgreSQL of its own, which the test stops: a signed-in page, the login page and the
 * API then answer 服务暂时不可用 (503), never a server error, and nothing is lost once the
 * database is back (not restarted here: the session lookup is what fails first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD,
				"spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500" })
@DirtiesContext
class DatabaseDownPagesTests {

	static final EmbeddedPostgres DATABASE = StoppableDatabase.start("down-pages");

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		StoppableDatabase.register(registry, DATABASE);
	}

	@AfterAll
	static void stop() throws IOException {
		DATABASE.close();
	}

	@Test
	void pagesAndTheApiSayTheServiceIsUnavailableWhileTheDatabaseIsDown() throws Exception {
		String base = "http://localhost:" + port;
		WebSession admin = WebSession.logIn(base, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(admin.get("/").body()).contains("退出");

		DATABASE.close();

		HttpResponse<String> home = admin.get("/");
		assertThat(home.statusCode()).isEqualTo(503);
		assertThat(home.body()).contains("服务暂时不可用：数据库暂时无法连接")
			.contains("已保存的内容不会丢失")
			.doesNotContain("Internal Server Error")
			.doesNotContain("Exception");

		HttpResponse<String> login = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(503);
		assertThat(login.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(login.body()).contains("服务暂时不可用").doesNotContain("Internal Server Error");

		HttpResponse<String> api = WebSession.basic(base, "admin", TestUsers.ADMIN_PASSWORD, "/api/evaluations", null);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).contains("\"message\":\"服务暂时不可用").doesNotContain("Internal Server Error");
	}

}
