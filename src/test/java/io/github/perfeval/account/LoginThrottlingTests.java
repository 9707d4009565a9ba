package io.github.perfeval.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Five wrong passwords within 15 minutes lock the account for 15 minutes, twenty from one
 * address lock the address; the login page and HTTP Basic say so in Chinese, with the
 * time the lock ends; the lock ends by time or by an administrator.
 */
@PostgresIntegrationTest
class LoginThrottlingTests {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aFiller() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndThePageSaysUntilWhen() {
		for (int i = 1; i <= 4; i++) {
			assertThat(logIn("zhangying", "wrong-password-" + i, new MockHttpSession())).hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(failures("ACCOUNT", "zhangying")).isEqualTo(4);
		MockHttpSession session = new MockHttpSession();
		assertThat(logIn("zhangying", "wrong-password-5", session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?locked");
		Instant until = lockedUntil("ACCOUNT", "zhangying");
		assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

		assertThat(mvc.get().uri("/login?locked").session(session)).hasStatusOk()
			.bodyText()
			.contains("该账号连续登录失败次数过多，已被临时锁定，请于 " + UNTIL.format(until) + " 后再试")
			.doesNotContain("用户名或密码错误");
		// The right password does not help while the lock holds, and is not counted.
		assertThat(logIn("zhangying", TestUsers.PASSWORD, new MockHttpSession())).redirectedUrl()
			.isEqualTo("/login?locked");
		assertThat(mvc.get().uri("/").with(httpBasic("zhangying", TestUsers.PASSWORD))).hasStatus3xxRedirection();
	}

	@Test
	void aLockedAccountGets429WithTheReasonOverHttpBasic() {
		for (int i = 1; i <= 5; i++) {
			assertThat(mvc.get().uri("/api/evaluations/1").with(httpBasic("zhangying", "wrong-password")))
				.hasStatus(i < 5 ? 401 : 429);
		}
		MvcTestResult locked = mvc.get()
			.uri("/api/evaluations/1")
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.exchange();
		assertThat(locked).hasStatus(429)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("该账号连续登录失败次数过多，已被临时锁定", UNTIL.format(lockedUntil("ACCOUNT", "zhangying")));
		assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isBetween(800L, 900L);
	}

	@Test
	void theLockEndsByItselfAfterItsTime() {
		lockZhangying();
		jdbc.update("update login_throttle set locked_until = ? where kind = 'ACCOUNT' and key = 'zhangying'",
				Timestamp.from(Instant.now().minusSeconds(1)));
		assertThat(logIn("zhangying", TestUsers.PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/");
		assertThat(jdbc.queryForObject("select count(*) from login_throttle where kind = 'ACCOUNT'", Integer.class))
			.isZero();
	}

	@Test
	void anAdministratorSeesTheLockOnTheAdminPageAndLiftsIt() {
		lockZhangying();
		Instant until = lockedUntil("ACCOUNT", "zhangying");
		AccountUser admin = (AccountUser) accounts.loadUserByUsername("admin");
		assertThat(mvc.get().uri("/admin").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("登录锁定", "账号", "zhangying", UNTIL.format(until), "解除锁定");

		assertThat(mvc.post()
			.uri("/admin/login-locks/unlock")
			.with(user(accounts.loadUserByUsername("zhangying")))
			.with(csrf())
			.param("kind", "ACCOUNT")
			.param("key", "zhangying")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/login-locks/unlock")
			.with(user(admin))
			.with(csrf())
			.param("kind", "ACCOUNT")
			.param("key", "zhangying")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "admin.locks.unlocked");
		assertThat(mvc.get().uri("/admin").with(user(admin))).bodyText().contains("目前没有被锁定的账号或网络地址");
		assertThat(logIn("zhangying", TestUsers.PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void aSuccessfulLoginClearsTheEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			logIn("zhangying", "wrong-password", new MockHttpSession());
		}
		assertThat(logIn("zhangying", TestUsers.PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			assertThat(logIn("zhangying", "wrong-password", new MockHttpSession())).redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(failures("ACCOUNT", "zhangying")).isEqualTo(4);
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() {
		users.reviewer("reviewer");
		for (int i = 0; i < 20; i++) {
			logIn("nobody-" + i, "wrong-password", new MockHttpSession(), from("10.1.2.3"));
		}
		assertThat(lockedUntil("ADDRESS", "10.1.2.3")).isAfter(Instant.now());
		MockHttpSession session = new MockHttpSession();
		assertThat(logIn("reviewer", TestUsers.PASSWORD, session, from("10.1.2.3"))).redirectedUrl()
			.isEqualTo("/login?locked");
		assertThat(mvc.get().uri("/login?locked").session(session)).bodyText()
			.contains("此网络地址登录失败次数过多，已被临时锁定，请于 " + UNTIL.format(lockedUntil("ADDRESS", "10.1.2.3")));
		// Names that are no account were counted as well, each once: the address did it.
		assertThat(failures("ACCOUNT", "nobody-0")).isEqualTo(1);
		assertThat(logIn("reviewer", TestUsers.PASSWORD, new MockHttpSession(), from("10.1.2.4"))).redirectedUrl()
			.isEqualTo("/");
	}

	private void lockZhangying() {
		for (int i = 0; i < 5; i++) {
			logIn("zhangying", "wrong-password", new MockHttpSession());
		}
		assertThat(lockedUntil("ACCOUNT", "zhangying")).isAfter(Instant.now());
	}

	private MvcTestResult logIn(String username, String password, MockHttpSession session,
			RequestPostProcessor... extras) {
		var request = mvc.post()
			.uri("/login")
			.session(session)
			.with(csrf())
			.param("username", username)
			.param("password", password);
		for (RequestPostProcessor extra : extras) {
			request = request.with(extra);
		}
		return request.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private int failures(String kind, String key) {
		return jdbc.queryForObject("select failures from login_throttle where kind = ? and key = ?", Integer.class,
				kind, key);
	}

	private Instant lockedUntil(String kind, String key) {
		return jdbc
			.queryForObject("select locked_until from login_throttle where kind = ? and key = ?", Timestamp.class, kind,
					key)
			.toInstant();
	}

}
