package io.github.perfeval.account.web;

import java.util.List;

import io.github.perfeval.account.ApiTokens;
import io.github.perfeval.account.CreatedToken;
import io.github.perfeval.account.TokenSummary;
import io.github.perfeval.account.UserAccounts;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Personal API tokens: created on the page and shown once, used as Bearer on the API,
 * last use noted, refused once revoked or when their user is disabled.
 */
@PostgresIntegrationTest
class TokenTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aFiller() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
	}

	@Test
	void aTokenIsCreatedOnThePageShownOnceAndStoredHashed() {
		MvcTestResult created = mvc.post()
			.uri("/account/tokens")
			.with(filler())
			.with(csrf())
			.param("name", "月度导出脚本")
			.exchange();
		assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/tokens");
		CreatedToken token = (CreatedToken) created.getMvcResult().getFlashMap().get("created");
		assertThat(token.secret()).startsWith("pe_").hasSize(46);

		assertThat(mvc.get().uri("/account/tokens").with(filler()).flashAttr("created", token)).hasStatusOk()
			.bodyText()
			.contains(token.secret(), "已新建令牌“月度导出脚本”。请立即复制保存：它只显示这一次。");
		String later = UserAdministrationTests.body(mvc.get().uri("/account/tokens").with(filler()).exchange());
		assertThat(later).contains("月度导出脚本", token.secret().substring(0, 9) + "…", "从未使用", "有效")
			.doesNotContain(token.secret());
		String stored = jdbc.queryForObject("select token_hash from api_token", String.class);
		assertThat(stored).hasSize(64).isNotEqualTo(token.secret()).doesNotContain(token.secret().substring(3));
	}

	@Test
	void aTokenAuthenticatesTheApiAndItsLastUseIsShown() {
		CreatedToken token = tokens.create("zhangying", "脚本");

		assertThat(score("Bearer " + token.secret())).hasStatusOk().bodyText().contains("\"total\":88.18");

		TokenSummary used = tokens.of("zhangying").get(0);
		assertThat(used.lastUsedAt()).isNotNull();
		assertThat(mvc.get().uri("/account/tokens").with(filler())).bodyText().doesNotContain("从未使用");
		assertThat(mvc.post()
			.uri("/api/evaluations")
			.header("Authorization", "Bearer " + token.secret())
			.contentType(MediaType.APPLICATION_JSON)
			.content(withoutOverrides())).as("no CSRF token needed with a bearer token").hasStatus(201);
	}

	@Test
	void aRevokedTokenAndAnUnknownOneAreRefused() {
		CreatedToken token = tokens.create("zhangying", "脚本");
		assertThat(mvc.post().uri("/account/tokens/" + token.token().id() + "/revoke").with(filler()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "account.token.revoked");

		MvcTestResult refused = score("Bearer " + token.secret());
		assertThat(refused).hasStatus(401).headers().hasValue("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		assertThat(refused).bodyJson().isLenientlyEqualTo("""
				{"errors":[{"indicator":null,"field":null,"message":"令牌无效、已撤销，或其用户已停用。"}]}""");
		assertThat(score("Bearer pe_" + "x".repeat(43))).hasStatus(401);
		assertThat(mvc.get().uri("/account/tokens").with(filler())).bodyText().contains("已撤销");
	}

	@Test
	void nobodyRevokesAnotherUsersToken() {
		users.reviewer("reviewer");
		CreatedToken token = tokens.create("zhangying", "脚本");
		assertThat(mvc.post()
			.uri("/account/tokens/" + token.token().id() + "/revoke")
			.with(user(accounts.loadUserByUsername("reviewer")))
			.with(csrf())).hasStatus(404);
		assertThat(score("Bearer " + token.secret())).hasStatusOk();
		assertThat(tokens.of("reviewer")).isEmpty();
	}

	@Test
	void aDisabledUsersTokenIsRefused() {
		CreatedToken token = tokens.create("zhangying", "脚本");
		accounts.setEnabled("zhangying", false, "admin");

		assertThat(score("Bearer " + token.secret())).hasStatus(401)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.isEqualTo("令牌无效、已撤销，或其用户已停用。");
	}

	@Test
	void aTokenNeedsAName() {
		assertThat(mvc.post().uri("/account/tokens").with(filler()).with(csrf()).param("name", " ")).hasStatusOk()
			.bodyText()
			.contains("请填写令牌名称");
		assertThat(tokens.of("zhangying")).isEqualTo(List.of());
	}

	private MvcTestResult score(String authorization) {
		return mvc.post()
			.uri("/api/score")
			.header("Authorization", authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.LUOHU))
			.exchange();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor filler() {
		return user(accounts.loadUserByUsername("zhangying"));
	}

	/** The 罗湖 document without its 调整得分, which only a reviewer sets. */
	private static String withoutOverrides() {
		tools.jackson.databind.node.ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.remove("overrides");
		return SeedCases.json(document);
	}

}
