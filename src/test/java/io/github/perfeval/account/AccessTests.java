package io.github.perfeval.account;

import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Login everywhere, a department's staff see only their department, CSRF for sessions.
 */
@PostgresIntegrationTest
class AccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccounts accounts;

	String luohuEvaluation;

	@BeforeEach
	void twoDepartmentsWithTheirStaff() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef hku = users.department("HKU-SZH", "香港大学深圳医院");
		users.filler("luohu-filler", luohu);
		users.filler("hku-filler", hku);
		users.reviewer("bureau-reviewer");
		luohuEvaluation = importAs("admin", SeedCases.text(SeedCases.LUOHU)).getResponse().getHeader("Location");
	}

	@Test
	void everyPageAndApiNeedsALogin() {
		assertThat(mvc.get().uri(luohuEvaluation)).hasStatus(401);
		assertThat(mvc.post().uri("/api/score").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(401);
		assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri(luohuEvaluation).with(httpBasic("luohu-filler", "wrong"))).hasStatus(401);
	}

	@Test
	void theLoginPageIsPublicAndSaysWhenSomeoneHasLoggedOut() {
		assertThat(mvc.get().uri("/login?logout")).hasStatusOk().bodyText().contains("您已安全退出");
		assertThat(mvc.get().uri("/login?error")).hasStatusOk().bodyText().contains("用户名或密码错误");
	}

	@Test
	void healthIsPublicAndReportsTheDatabaseWithDetailsForAdministratorsOnly() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.components.db.status", status -> assertThat(status).asString().isEqualTo("UP"))
			.doesNotHavePath("$.components.db.details")
			.doesNotHavePath("$.components.diskSpace.details");
		assertThat(mvc.get().uri("/actuator/health").with(user(accounts.loadUserByUsername("bureau-reviewer"))))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.components.db.status", status -> assertThat(status).asString().isEqualTo("UP"))
			.doesNotHavePath("$.components.db.details");
		assertThat(mvc.get().uri("/actuator/health").with(user(accounts.loadUserByUsername("admin")))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.components.db.details.database",
					database -> assertThat(database).asString().isEqualTo("PostgreSQL"));
	}

	@Test
	void aFillerSeesTheirOwnDepartmentOnly() {
		assertThat(get(luohuEvaluation + "/sheet", "luohu-filler")).hasStatusOk()
			.bodyText()
			.contains("\"total\":88.18");
		assertThat(get(luohuEvaluation + "/sheet", "hku-filler")).hasStatus(404);
		assertThat(get(luohuEvaluation, "hku-filler")).hasStatus(404).bodyText().contains("无权查看");
		assertThat(get(luohuEvaluation, "bureau-reviewer")).hasStatusOk().bodyText().contains("深圳市罗湖区卫生健康局");
	}

	@Test
	void aFillerCannotImportForAnotherDepartmentNorCreateOne() {
		assertThat(importAs("hku-filler", SeedCases.text(SeedCases.LUOHU).replace("\"year\": 2024", "\"year\": 2023")))
			.hasStatus(403)
			.bodyText()
			.contains("无权操作");
		assertThat(importAs("hku-filler", SeedCases.text(SeedCases.HKU).replace("HKU-SZH", "NEW-DEPT"))).hasStatus(403)
			.bodyText()
			.contains("NEW-DEPT", "只有管理员");
		assertThat(jdbc.queryForObject("select count(*) from department where code = 'NEW-DEPT'", Integer.class))
			.isZero();
	}

	@Test
	void anAdministratorsImportCreatesTheDepartment() {
		assertThat(mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.HKU).replace("HKU-SZH", "NEW-DEPT"))).hasStatus(201);
		assertThat(jdbc.queryForObject("select name from department where code = 'NEW-DEPT'", String.class))
			.isEqualTo("香港大学深圳医院");
	}

	@Test
	void sessionRequestsNeedACsrfTokenButBasicAuthenticatedCallsDoNot() {
		String hku = SeedCases.text(SeedCases.HKU);
		assertThat(mvc.post()
			.uri("/api/score")
			.with(user("luohu-filler"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(hku)).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/score")
			.with(user("luohu-filler"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(hku)).hasStatusOk().bodyText().contains("\"total\":96.60");
		assertThat(mvc.post()
			.uri("/api/score")
			.with(httpBasic("luohu-filler", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(hku)).hasStatusOk().bodyText().contains("\"total\":96.60");
	}

	@Test
	void passwordsAreStoredHashed() {
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'luohu-filler'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestUsers.PASSWORD);
		String admin = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
		assertThat(admin).startsWith("{bcrypt}").doesNotContain(TestUsers.ADMIN_PASSWORD);
	}

	private MvcTestResult importAs(String username, String json) {
		return mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic(username, username.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult get(String uri, String username) {
		return mvc.get().uri(uri).with(httpBasic(username, TestUsers.PASSWORD)).exchange();
	}

}
