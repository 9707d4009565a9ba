package io.github.perfeval.account.web;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** 修改密码: the current password, then the rules for the new one. */
@PostgresIntegrationTest
class PasswordChangeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void aFiller() {
		users.reset();
		users.filler("zhangying123", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
	}

	@Test
	void theCurrentPasswordIsRequiredAndMustBeRight() {
		assertThat(change("", "a-new-long-secret", "a-new-long-secret")).contains("请输入当前密码");
		assertThat(change("wrong-password", "a-new-long-secret", "a-new-long-secret")).contains("当前密码不正确");
		assertSignsInWith(TestUsers.PASSWORD);
	}

	@Test
	void theNewPasswordIsLongEnoughNotTheUserNameNotCommonAndTypedTwiceAlike() {
		assertThat(change(TestUsers.PASSWORD, "short", "short")).contains("密码至少 10 位");
		assertThat(change(TestUsers.PASSWORD, "ZhangYing123", "ZhangYing123")).contains("密码不能与用户名相同");
		assertThat(change(TestUsers.PASSWORD, "qwertyuiop", "qwertyuiop")).contains("这个密码太常见，很容易被猜到，请换一个");
		assertThat(change(TestUsers.PASSWORD, "Password123", "Password123")).contains("这个密码太常见");
		assertThat(change(TestUsers.PASSWORD, "a-new-long-secret", "a-new-long-secrex")).contains("两次输入的新密码不一致");
		assertThat(change(TestUsers.PASSWORD, TestUsers.PASSWORD, TestUsers.PASSWORD)).contains("新密码不能与当前密码相同");
		assertSignsInWith(TestUsers.PASSWORD);
	}

	@Test
	void aGoodPasswordReplacesTheOldOne() {
		// Twice: the second call is answered from the verified-password cache.
		assertThat(basic(TestUsers.PASSWORD)).hasStatusOk();
		assertThat(basic(TestUsers.PASSWORD)).hasStatusOk();
		MvcTestResult changed = mvc.post()
			.uri("/account/password")
			.with(user(accounts.loadUserByUsername("zhangying123")))
			.with(csrf())
			.param("currentPassword", TestUsers.PASSWORD)
			.param("newPassword", "绩效自评的新密码很长")
			.param("confirmation", "绩效自评的新密码很长")
			.exchange();
		assertThat(changed).hasStatus3xxRedirection().flash().containsEntry("notice", "密码已修改。");
		assertSignsInWith("绩效自评的新密码很长");
		assertThat(mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "zhangying123")
			.param("password", TestUsers.PASSWORD)).redirectedUrl().isEqualTo("/login?error");
		// The old password no longer opens the API at once, though it was cached.
		assertThat(basic(TestUsers.PASSWORD)).hasStatus(401);
		assertThat(basic("绩效自评的新密码很长")).hasStatusOk();
	}

	private MvcTestResult basic(String password) {
		return mvc.get().uri("/api/evaluations").with(httpBasic("zhangying123", password)).exchange();
	}

	@Test
	void everyPageLinksToThePasswordAndTokenPages() {
		assertThat(mvc.get().uri("/account/password").with(user(accounts.loadUserByUsername("zhangying123"))))
			.hasStatusOk()
			.bodyText()
			.contains("新密码至少 10 位，不能与用户名相同，也不能是常见密码。", "href=\"/account/tokens\"", "href=\"/swagger-ui.html\"")
			.doesNotContain("管理员重置了您的密码");
	}

	private String change(String current, String next, String confirmation) {
		return UserAdministrationTests.body(mvc.post()
			.uri("/account/password")
			.with(user(accounts.loadUserByUsername("zhangying123")))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation)
			.exchange());
	}

	private void assertSignsInWith(String password) {
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", "zhangying123").param("password", password))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/");
	}

}
