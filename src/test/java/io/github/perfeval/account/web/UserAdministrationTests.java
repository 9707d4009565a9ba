package io.github.perfeval.account.web;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The administrator edits, disables and re-enables users and departments and resets
 * passwords; the rules that keep an administrator.
 */
@PostgresIntegrationTest
class UserAdministrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	DepartmentRef luohu;

	DepartmentRef hku;

	@BeforeEach
	void aFillerOfOneDepartment() {
		users.reset();
		luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		hku = users.department("HKU-SZH", "香港大学深圳医院");
		users.filler("zhangying", luohu);
	}

	@Test
	void anAdministratorChangesNameRoleAndDepartments() {
		assertThat(mvc.get().uri("/admin/users/zhangying").with(admin())).hasStatusOk()
			.model()
			.extractingByKey("editForm")
			.hasFieldOrPropertyWithValue("displayName", "zhangying");

		assertThat(mvc.post()
			.uri("/admin/users/zhangying")
			.with(admin())
			.with(csrf())
			.param("displayName", "张莹")
			.param("role", "FILLER")
			.param("departmentIds", String.valueOf(luohu.id()), String.valueOf(hku.id()))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.user.saved");

		assertThat(accounts.byUsername("zhangying").orElseThrow().departmentIds()).containsExactlyInAnyOrder(luohu.id(),
				hku.id());
		assertThat(body(mvc.get().uri("/admin").with(admin()).exchange())).contains("张莹", "深圳市罗湖区卫生健康局", "香港大学深圳医院",
				"启用");
	}

	@Test
	void aFillerWithoutDepartmentIsRefusedAndTheFormKeepsWhatWasTyped() {
		String page = body(mvc.post()
			.uri("/admin/users/zhangying")
			.with(admin())
			.with(csrf())
			.param("displayName", "")
			.param("role", "FILLER")
			.exchange());

		assertThat(page).contains("请填写姓名", "填报人至少要属于一个部门");
		assertThat(accounts.byUsername("zhangying").orElseThrow().departmentIds()).containsExactly(luohu.id());
	}

	@Test
	void aDisabledUserCannotSignInOnThePageNorWithBasicAndCanBeEnabledAgain() {
		// Basic works, twice (the second from the verified-password cache), before the
		// user
		// is disabled.
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.get().uri("/api/evaluations").with(httpBasic("zhangying", TestUsers.PASSWORD)))
				.hasStatusOk();
		}
		assertThat(
				mvc.post().uri("/admin/users/zhangying/enabled").with(admin()).with(csrf()).param("enabled", "false"))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.user.disabledNotice");

		assertThat(mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "zhangying")
			.param("password", TestUsers.PASSWORD)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
		assertThat(mvc.post()
			.uri("/api/score")
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(401);
		assertThat(body(mvc.get().uri("/admin").with(admin()).exchange())).contains("已停用");
		assertThat(body(mvc.get().uri("/admin/users/zhangying").with(admin()).exchange()))
			.contains("此用户已停用：不能登录，也不能调用接口。", "重新启用此用户");

		mvc.post().uri("/admin/users/zhangying/enabled").with(admin()).with(csrf()).param("enabled", "true").exchange();

		assertThat(mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "zhangying")
			.param("password", TestUsers.PASSWORD)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
	}

	@Test
	void aUserDisabledWhileSignedInIsSignedOutAtTheNextPage() {
		MockHttpSession session = signedIn("zhangying");
		assertThat(mvc.get().uri("/").session(session)).hasStatusOk();

		accounts.setEnabled("zhangying", false, "admin");

		assertThat(mvc.get().uri("/").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?disabled");
		assertThat(session.isInvalid()).isTrue();
		assertThat(mvc.get().uri("/login?disabled")).hasStatusOk().bodyText().contains("您的账号已被管理员停用，已退出登录。");
	}

	@Test
	void aPageSessionUsedOnTheApiEndsToOnceItsUserIsDisabled() {
		MockHttpSession session = signedIn("zhangying");
		assertThat(mvc.get().uri("/api/evaluations").session(session)).hasStatusOk();

		accounts.setEnabled("zhangying", false, "admin");

		assertThat(mvc.get().uri("/api/evaluations").session(session)).hasStatus(401)
			.bodyText()
			.contains("您的账号已被管理员停用，已退出登录。");
		assertThat(session.isInvalid()).isTrue();
	}

	/** A page session of the user, signed in on the login page. */
	private MockHttpSession signedIn(String username) {
		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", TestUsers.PASSWORD)
			.exchange();
		return (MockHttpSession) login.getRequest().getSession();
	}

	@Test
	void anAdministratorCannotDisableThemselfNorLeaveNoAdministrator() {
		MvcTestResult self = mvc.post()
			.uri("/admin/users/admin/enabled")
			.with(admin())
			.with(csrf())
			.param("enabled", "false")
			.exchange();
		assertThat(self).hasStatus3xxRedirection().flash().containsEntry("refusal", "admin.user.disableSelf");
		assertThat(body(mvc.get()
			.uri("/admin/users/admin")
			.with(admin())
			.flashAttr("refusal", "admin.user.disableSelf")
			.exchange())).contains("不能停用自己的账号。");

		String demoted = body(mvc.post()
			.uri("/admin/users/admin")
			.with(admin())
			.with(csrf())
			.param("displayName", "系统管理员")
			.param("role", "REVIEWER")
			.exchange());
		assertThat(demoted).contains("这是最后一个启用的管理员：不能停用，也不能改为其他角色。");

		users.admin("second-admin");
		assertThat(mvc.post()
			.uri("/admin/users/admin/enabled")
			.with(user(accounts.loadUserByUsername("second-admin")))
			.with(csrf())
			.param("enabled", "false")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.user.disabledNotice");
		assertThat(mvc.post()
			.uri("/admin/users/second-admin")
			.with(user(accounts.loadUserByUsername("second-admin")))
			.with(csrf())
			.param("displayName", "第二管理员")
			.param("role", "REVIEWER")).hasStatusOk().bodyText().contains("这是最后一个启用的管理员");
		assertThat(accounts.byUsername("second-admin").orElseThrow().role().name()).isEqualTo("ADMIN");
	}

	@Test
	void aResetPasswordMustBeChangedAtTheNextLoginBeforeAnythingElse() {
		String refused = body(mvc.post()
			.uri("/admin/users/zhangying/password")
			.with(admin())
			.with(csrf())
			.param("password", "1234567890")
			.exchange());
		assertThat(refused).contains("这个密码太常见，很容易被猜到，请换一个");

		assertThat(mvc.post()
			.uri("/admin/users/zhangying/password")
			.with(admin())
			.with(csrf())
			.param("password", "temporary-secret-42")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.user.passwordReset");
		assertThat(body(mvc.get().uri("/admin").with(admin()).exchange())).contains("待改密码");

		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "zhangying")
			.param("password", "temporary-secret-42")
			.exchange();
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/password");
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

		assertThat(mvc.get().uri("/").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/account/password");
		assertThat(mvc.get().uri("/evaluations/1/sheet").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/account/password");
		assertThat(mvc.post()
			.uri("/api/score")
			.with(httpBasic("zhangying", "temporary-secret-42"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("请先在页面上修改密码");
		assertThat(mvc.get().uri("/account/password").session(session)).hasStatusOk()
			.bodyText()
			.contains("管理员重置了您的密码。请先设置一个新密码，之后才能继续使用。");

		assertThat(mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", "temporary-secret-42")
			.param("newPassword", "my-own-secret-2026")
			.param("confirmation", "my-own-secret-2026")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");

		assertThat(mvc.get().uri("/").session(session)).hasStatusOk();
		assertThat(accounts.byUsername("zhangying").orElseThrow().mustChangePassword()).isFalse();
		assertThat(body(mvc.get().uri("/admin").with(admin()).exchange())).doesNotContain("待改密码");
	}

	@Test
	void anAdministratorRenamesADepartmentAndMovesItButNeverUnderItself() {
		DepartmentRef unit = users.department("LH-CDC", "罗湖区疾控中心");
		assertThat(mvc.post()
			.uri("/admin/departments/" + unit.id())
			.with(admin())
			.with(csrf())
			.param("name", "罗湖区疾病预防控制中心")
			.param("parentId", String.valueOf(luohu.id()))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.department.saved");
		assertThat(jdbc.queryForObject("select name from department where id = ?", String.class, unit.id()))
			.isEqualTo("罗湖区疾病预防控制中心");

		String cycle = body(mvc.post()
			.uri("/admin/departments/" + luohu.id())
			.with(admin())
			.with(csrf())
			.param("name", "深圳市罗湖区卫生健康局")
			.param("parentId", String.valueOf(unit.id()))
			.exchange());
		assertThat(cycle).contains("上级部门不能是它自己或它的下属单位");
		assertThat(jdbc.queryForObject("select parent_id from department where id = ?", Long.class, luohu.id()))
			.isNull();
		assertThat(body(mvc.get().uri("/admin/departments/" + unit.id()).with(admin()).exchange()))
			.contains("罗湖区疾病预防控制中心", "编辑部门（单位）“LH-CDC”");
	}

	@Test
	void onlyAdministratorsEditUsers() {
		assertThat(mvc.post()
			.uri("/admin/users/zhangying/enabled")
			.with(user(accounts.loadUserByUsername("zhangying")))
			.with(csrf())
			.param("enabled", "false")).hasStatus(403);
		assertThat(accounts.byUsername("zhangying").orElseThrow().enabled()).isTrue();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(accounts.loadUserByUsername("admin"));
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
