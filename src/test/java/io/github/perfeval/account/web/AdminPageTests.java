package io.github.perfeval.account.web;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The administrator creates a department and its 填报人, who can then sign in. */
@PostgresIntegrationTest
class AdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void empty() {
		users.reset();
	}

	@Test
	void anAdministratorCreatesADepartmentAndItsFillerWhoCanThenSignIn() {
		assertThat(mvc.post()
			.uri("/admin/departments")
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.param("code", "LH-WJJ")
			.param("name", "深圳市罗湖区卫生健康局")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.department.created");
		long department = jdbc.queryForObject("select id from department where code = 'LH-WJJ'", Long.class);

		assertThat(mvc.post()
			.uri("/admin/users")
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.param("username", "zhangying")
			.param("displayName", "张莹")
			.param("role", "FILLER")
			.param("departmentIds", String.valueOf(department))
			.param("password", "a-long-initial-secret")).hasStatus3xxRedirection();

		assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'zhangying'", String.class))
			.startsWith("{bcrypt}")
			.doesNotContain("a-long-initial-secret");
		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "zhangying")
			.param("password", "a-long-initial-secret")
			.exchange();
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
		assertThat(body(mvc.get().uri("/admin").with(user(accounts.loadUserByUsername("admin"))).exchange()))
			.contains("zhangying", "张莹", "填报人", "深圳市罗湖区卫生健康局");
	}

	@Test
	void invalidInputIsShownInChineseAndWhatWasTypedStays() {
		users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));

		String page = body(mvc.post()
			.uri("/admin/users")
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.param("username", "zhangying")
			.param("displayName", "王<b>乐</b>")
			.param("role", "FILLER")
			.param("password", "short")
			.exchange());

		assertThat(page).contains("已有这个用户名", "填报人至少要属于一个部门", "密码至少 10 位", "value=\"王&lt;b&gt;乐&lt;/b&gt;\"");
		assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'FILLER'", Integer.class))
			.isEqualTo(1);
		String departments = body(mvc.post()
			.uri("/admin/departments")
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.param("code", "LH WJJ")
			.param("name", "")
			.exchange());
		assertThat(departments).contains("部门代码只能用 2 至 64 位字母", "请填写部门名称");
	}

	@Test
	void onlyAdministratorsManageUsersAndDepartments() {
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		assertThat(mvc.get().uri("/admin").with(user(accounts.loadUserByUsername("zhangying")))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/users")
			.with(user(accounts.loadUserByUsername("zhangying")))
			.with(csrf())
			.param("username", "intruder")
			.param("displayName", "x")
			.param("role", "ADMIN")
			.param("password", "0123456789")).hasStatus(403);
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'intruder'", Integer.class))
			.isZero();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
