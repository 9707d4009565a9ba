package io.github.perfeval.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 管理记录: what administrators (and users, for their own password and tokens) change about
 * accounts and departments is on record with who, when and old → new — never a password —
 * readable by administrators only, and the database refuses to rewrite it.
 */
@PostgresIntegrationTest
class AdministrationRecordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long luohu;

	@BeforeEach
	void empty() {
		users.reset();
		luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();
		jdbc.execute("truncate table admin_event");
	}

	@Test
	void everyChangeToUsersTokensAndDepartmentsIsOnRecord() throws Exception {
		assertThat(post("admin", "/admin/departments", "code", "LH-RMYY", "name", "深圳市罗湖区人民医院")).isEqualTo(302);
		assertThat(post("admin", "/admin/users", "username", "zhangying", "displayName", "张莹", "role", "FILLER",
				"departmentIds", String.valueOf(luohu), "password", "zhangying-password-1"))
			.isEqualTo(302);
		assertThat(post("admin", "/admin/users/zhangying", "displayName", "张莹", "role", "REVIEWER", "reviewLevel", "2",
				"allDepartments", "true"))
			.isEqualTo(302);
		assertThat(post("admin", "/admin/users/zhangying/enabled", "enabled", "false")).isEqualTo(302);
		assertThat(post("admin", "/admin/users/zhangying/enabled", "enabled", "true")).isEqualTo(302);
		assertThat(post("admin", "/admin/users/zhangying/password", "password", "temporary-password-9")).isEqualTo(302);
		assertThat(post("admin", "/admin/departments/" + luohu, "name", "罗湖区卫生健康局", "reviewLevels", "2"))
			.isEqualTo(302);
		jdbc.update("update app_user set must_change_password = false where username = 'zhangying'");
		assertThat(post("zhangying", "/account/tokens", "name", "导入脚本")).isEqualTo(302);
		long token = jdbc.queryForObject("select id from api_token", Long.class);
		assertThat(post("zhangying", "/account/tokens/" + token + "/revoke")).isEqualTo(302);

		assertThat(jdbc
			.queryForList("select actor || ' ' || action || ' ' || subject || ' ' || coalesce(field, '-') || ' '"
					+ " || coalesce(old_value, '-') || ' → ' || coalesce(new_value, '-') from admin_event order by id",
					String.class))
			.containsExactly("admin DEPARTMENT_CREATED LH-RMYY name - → 深圳市罗湖区人民医院",
					"admin USER_CREATED zhangying role - → FILLER",
					"admin USER_CREATED zhangying departments - → " + luohu,
					"admin USER_CHANGED zhangying role FILLER → REVIEWER",
					"admin USER_CHANGED zhangying departments " + luohu + " → ",
					"admin USER_CHANGED zhangying reviewLevel 1 → 2",
					"admin USER_CHANGED zhangying allDepartments false → true", "admin USER_DISABLED zhangying - - → -",
					"admin USER_ENABLED zhangying - - → -", "admin PASSWORD_RESET zhangying - - → -",
					"admin DEPARTMENT_CHANGED LH-WJJ name 深圳市罗湖区卫生健康局 → 罗湖区卫生健康局",
					"admin DEPARTMENT_CHANGED LH-WJJ reviewLevels 1 → 2",
					"zhangying TOKEN_CREATED zhangying token - → 导入脚本",
					"zhangying TOKEN_REVOKED zhangying token 导入脚本 → -");
		assertThat(jdbc.queryForObject(
				"select count(*) from admin_event where old_value like '%password%' or new_value like '%password%'",
				Long.class))
			.isZero();

		String page = mvc.get()
			.uri("/admin/history?subject=zhangying")
			.with(as("admin"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("管理记录", "新建用户", "修改用户", "角色", "填报人", "审核人", "财政局", "审核全部部门", "是", "停用用户", "重新启用用户", "重置密码",
					"创建 API 令牌", "撤销 API 令牌", "导入脚本")
			.doesNotContain("新建部门");
		assertThat(mvc.get()
			.uri("/admin/history")
			.with(as("admin"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("新建部门", "深圳市罗湖区人民医院", "两级审核");
	}

	@Test
	void onlyAdministratorsReadItAndNobodyRewritesIt() {
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		assertThat(mvc.get().uri("/admin/history").with(as("zhangying"))).hasStatus(403);
		assertThat(jdbc.queryForObject("select count(*) from admin_event", Long.class)).isPositive();
		for (String statement : List.of("update admin_event set actor = 'x'", "delete from admin_event")) {
			assertThatThrownBy(() -> jdbc.execute(statement)).hasMessageContaining("admin_event is append-only");
		}
	}

	private int post(String who, String uri, String... params) {
		var request = mvc.post().uri(uri).with(as(who)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange().getResponse().getStatus();
	}

	private RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
	}

}
