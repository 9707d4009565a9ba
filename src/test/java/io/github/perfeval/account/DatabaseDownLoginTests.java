package io.github.perfeval.account;

import java.io.IOException;

import io.github.perfeval.support.StoppableDatabase;
import io.github.perfeval.support.TestUsers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The application on a PostgreSQL of its own, which the test stops: a login then says the
 * service is unavailable (page and HTTP Basic), never that the password was wrong.
 */
@SpringBootTest(properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD,
		"spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500",
		// The container's session (MockMvc carries a MockHttpSession): what is checked
		// here is
		// the login's answer, not where the session is kept.
		"spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration" })
@AutoConfigureMockMvc
@DirtiesContext
class DatabaseDownLoginTests {

	static final EmbeddedPostgres DATABASE = StoppableDatabase.start("down");

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		StoppableDatabase.register(registry, DATABASE);
	}

	@AfterAll
	static void stop() throws IOException {
		DATABASE.close();
	}

	@Test
	void aLoginWhileTheDatabaseIsDownSaysTheServiceIsUnavailable() throws IOException {
		assertThat(logIn(TestUsers.ADMIN_PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/");

		DATABASE.close();

		MockHttpSession session = new MockHttpSession();
		assertThat(logIn(TestUsers.ADMIN_PASSWORD, session)).redirectedUrl().isEqualTo("/login?unavailable");
		assertThat(mvc.get().uri("/login?unavailable").session(session)).hasStatusOk()
			.bodyText()
			.contains("服务暂时不可用，暂时无法登录，请稍后再试")
			.doesNotContain("用户名或密码错误");
		assertThat(logIn("a-wrong-password", new MockHttpSession())).redirectedUrl().isEqualTo("/login?unavailable");
		assertThat(mvc.get().uri("/api/evaluations/1").with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)))
			.hasStatus(503)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("服务暂时不可用");
	}

	private MvcTestResult logIn(String password, MockHttpSession session) {
		return mvc.post()
			.uri("/login")
			.session(session)
			.with(csrf())
			.param("username", "admin")
			.param("password", password)
			.exchange();
	}

}
