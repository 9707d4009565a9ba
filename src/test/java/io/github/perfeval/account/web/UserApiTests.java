package io.github.perfeval.account.web;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** 用户开通接口: administrators create and list users; nothing else does; no hash leaks. */
@PostgresIntegrationTest
class UserApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void oneDepartment() {
		users.reset();
		users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
	}

	@Test
	void anAdministratorCreatesAUserWhoIsListedWithoutAnyPassword() {
		MvcTestResult created = post(TestUsers.ADMIN_PASSWORD, """
				{"username":"zhangying","password":"a-long-initial-secret","displayName":"张莹",
				 "role":"FILLER","departmentCodes":["LH-WJJ"]}""");

		assertThat(created).hasStatus(201).headers().hasValue("Location", "/api/admin/users/zhangying");
		assertThat(created).bodyJson().isLenientlyEqualTo("""
				{"username":"zhangying","displayName":"张莹","role":"FILLER","departmentCodes":["LH-WJJ"],
				 "enabled":true,"mustChangePassword":false}""");
		String hash = jdbc.queryForObject("select password_hash from app_user where username = 'zhangying'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}");
		MvcTestResult list = mvc.get()
			.uri("/api/admin/users")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.exchange();
		assertThat(list).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				[{"username":"admin","role":"ADMIN","departmentCodes":[],"enabled":true},
				 {"username":"zhangying","role":"FILLER","departmentCodes":["LH-WJJ"],"enabled":true}]""");
		for (MvcTestResult result : new MvcTestResult[] { created, list }) {
			assertThat(result).bodyText()
				.doesNotContain("a-long-initial-secret", "bcrypt", hash, "password\"", "passwordHash");
		}
		assertThat(mvc.post()
			.uri("/login")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("username", "zhangying")
			.param("password", "a-long-initial-secret")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
	}

	@Test
	void invalidUsersAreRefusedWithEveryProblemInChinese() {
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));

		MvcTestResult refused = post(TestUsers.ADMIN_PASSWORD, """
				{"username":"zhangying","password":"password123","displayName":"","role":"FILLER",
				 "departmentCodes":["NOPE"]}""");

		assertThat(refused).hasStatus(400)
			.bodyText()
			.contains("{\"indicator\":null,\"field\":\"displayName\",\"message\":\"请填写姓名\"}", "已有这个用户名",
					"没有部门代码“NOPE”");
		MvcTestResult second = post(TestUsers.ADMIN_PASSWORD, """
				{"username":"zhangying","password":"password123","displayName":"张莹","role":"FILLER",
				 "departmentCodes":["NOPE"]}""");
		assertThat(second).hasStatus(400).bodyJson().isStrictlyEqualTo("""
				{"errors":[{"indicator":null,"field":"username","message":"已有这个用户名"},
				 {"indicator":null,"field":"password","message":"这个密码太常见，很容易被猜到，请换一个"},
				 {"indicator":null,"field":"departmentCodes","message":"没有部门代码“NOPE”"}]}""");
		assertThat(post(TestUsers.ADMIN_PASSWORD, """
				{"username":"x y","password":"short","displayName":"某人","role":"FILLER","departmentCodes":[]}"""))
			.hasStatus(400)
			.bodyText()
			.contains("\"field\":\"username\"", "用户名只能用 3 至 32 位字母", "\"field\":\"password\"", "密码至少 10 位",
					"\"field\":\"departmentCodes\"", "填报人至少要属于一个部门");
		assertThat(post(TestUsers.ADMIN_PASSWORD, """
				{"username":"wangle","password":"a-long-initial-secret","displayName":"王乐","role":"BOSS"}"""))
			.hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"errors":[{"indicator":null,"field":"role","message":"无法识别字段“role”的值"}]}""");
		assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(2);
	}

	@Test
	void onlyAdministratorsProvisionUsers() {
		users.reviewer("reviewer");
		assertThat(post(TestUsers.PASSWORD, "reviewer", """
				{"username":"intruder","password":"a-long-initial-secret","displayName":"x","role":"ADMIN"}"""))
			.hasStatus(403)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.isEqualTo("没有权限：此接口只对管理员开放。");
		assertThat(mvc.get().uri("/api/admin/users").with(httpBasic("reviewer", TestUsers.PASSWORD))).hasStatus(403);
		assertThat(mvc.get().uri("/api/admin/users")).hasStatus(401)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("请先认证");
		assertThat(accounts.exists("intruder")).isFalse();
	}

	private MvcTestResult post(String password, String json) {
		return post(password, "admin", json);
	}

	private MvcTestResult post(String password, String username, String json) {
		return mvc.post()
			.uri("/api/admin/users")
			.with(httpBasic(username, password))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
