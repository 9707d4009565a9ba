package io.github.perfeval.account.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The initial password of a new user follows the password rule, with a message for each
 * way of breaking it, on the page and in {@link UserAccounts} itself.
 */
@PostgresIntegrationTest
class NewUserPasswordTests {

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
	void eachRefusedPasswordHasItsOwnMessage() throws UnsupportedEncodingException {
		assertThat(create("short")).contains("密码至少 10 位");
		assertThat(create("          ")).contains("密码不能只由空格组成");
		assertThat(create("aaaaaaaaaaaa")).contains("密码不能是同一个字符的重复");
		assertThat(create("a-long-secret".repeat(5))).contains("密码最多 64 位").doesNotContain("至少");
		assertThat(create("绩效自评密码".repeat(5))).contains("密码太长：按字节计最多 72 字节");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'wangle'", Integer.class))
			.isZero();
		assertThat(create("绩效自评的初始密码是这个")).doesNotContain("密码至少", "密码最多", "密码太长", "密码不能");
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'wangle'", Integer.class))
			.isOne();
	}

	@Test
	void userAccountsRefusesAPasswordAgainstTheRuleToo() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> accounts.create("wangle", "0000000000", "王乐", Role.REVIEWER, Set.of()))
			.withMessageContaining("password.oneCharacter");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAWrongPasswordAtLogin() {
		assertThat(mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "admin")
			.param("password", TestUsers.ADMIN_PASSWORD.repeat(10))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?error");
	}

	private String create(String password) throws UnsupportedEncodingException {
		return mvc.post()
			.uri("/admin/users")
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.param("username", "wangle")
			.param("displayName", "王乐")
			.param("role", "REVIEWER")
			.param("password", password)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
