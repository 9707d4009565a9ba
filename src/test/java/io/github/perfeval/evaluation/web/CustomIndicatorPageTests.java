package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 个性指标 in the editor: added, reweighted, renamed and removed within the group's weight,
 * recorded in 审核记录, refused with Chinese messages and the typed values kept, and refused
 * to the reviewer and once submitted.
 */
@PostgresIntegrationTest
class CustomIndicatorPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	String editor;

	@BeforeEach
	void luohuImportedByItsFiller() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		users.reviewer("liqiang");
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.LUOHU))
			.exchange()
			.getResponse()
			.getHeader("Location");
		editor = location.replace("/api", "");
	}

	@Test
	void theEditorShowsEachGroupWithItsWeightsAndTheLuohuLeavesAsCustom() {
		String page = body(mvc.get().uri(editor).with(as("zhangying")).exchange());

		assertThat(page).contains("个性指标与分值", "id=\"custom-i-3-3\"", "各指标分值合计 25 分（应为 25 分）",
				"name=\"n:3.3.5\" value=\"深化干部人才队伍建设\"", "name=\"w:2.1.2\" value=\"3\"", "placeholder=\"3.3.6\"",
				"<span class=\"badge custom\">个性指标</span>", "成效档次评价", "直接评分");
		assertThat(page).contains("88.18");
	}

	@Test
	void addingWithinTheGroupsWeightIsStoredScoredAndRecorded() {
		MvcTestResult saved = post(
				group("2.1", "w:2.1.2", "2", "new.name", "专项资金监管", "new.rule", "manual", "new.weight", "1"));

		assertThat(saved).hasStatus3xxRedirection().flash().containsEntry("notice", "「2.1 资金管理」的个性指标与分值已保存。");
		assertThat(custom()).contains("\"code\":\"2.1.4\"", "\"name\":\"专项资金监管\"", "\"rule\":\"manual\"");
		assertThat(weights()).contains("\"2.1.2\":2");
		String page = body(mvc.get().uri(editor).with(as("zhangying")).exchange());
		assertThat(page).contains("2.1.4", "专项资金监管", "name=\"in:2.1.4:score\"", "各指标分值合计 8 分（应为 8 分）");
		// Not yet scored: the new leaf waits for its score.
		assertThat(page).contains("<span class=\"badge custom\">个性指标</span>", "尚有 2 项指标待填报");
		String history = body(mvc.get().uri(editor + "/history").with(as("zhangying")).exchange());
		assertThat(history).contains("新增个性指标", "专项资金监管", "修改指标分值");
	}

	@Test
	void aGroupThatIsOffIsRefusedSayingByHowMuchAndTheTypedValuesStay() {
		post(group("2.1", "w:2.1.2", "2", "new.name", "专项资金监管", "new.rule", "manual", "new.weight", "1"));
		String before = custom();

		MvcTestResult refused = post(group("2.1", "w:2.1.4", "2", "n:2.1.4", "专项资金使用监管"));

		String page = body(refused);
		assertThat(page).contains("个性指标与分值未保存", "「2.1 资金管理」各指标分值合计 9 分，应为 8 分，多 1 分", "name=\"w:2.1.4\" value=\"2\"",
				"value=\"专项资金使用监管\"", "各指标分值合计 9 分（应为 8 分）");
		assertThat(custom()).isEqualTo(before);

		// Fixed: one point less on 2.1.1.
		MvcTestResult fixed = post(group("2.1", "w:2.1.4", "2", "n:2.1.4", "专项资金使用监管", "w:2.1.1", "1"));
		assertThat(fixed).hasStatus3xxRedirection();
		assertThat(custom()).contains("\"name\":\"专项资金使用监管\"", "\"weight\":2");
		String history = body(mvc.get().uri(editor + "/history").with(as("zhangying")).exchange());
		assertThat(history).contains("修改个性指标", "专项资金监管", "专项资金使用监管");

		// Removed: its points go back to 2.1.1 and 2.1.2.
		MvcTestResult removed = post(group("2.1", "rm:2.1.4", "on", "w:2.1.1", "2", "w:2.1.2", "3"));
		assertThat(removed).hasStatus3xxRedirection();
		assertThat(String.valueOf(custom())).doesNotContain("2.1.4");
		assertThat(String.valueOf(weights())).doesNotContain("2.1.");
		history = body(mvc.get().uri(editor + "/history").with(as("zhangying")).exchange());
		assertThat(history).contains("删除个性指标");
		assertThat(body(mvc.get().uri(editor).with(as("zhangying")).exchange())).contains("88.18");
	}

	@Test
	void badValuesAreNamedInChineseAndKeptAsTyped() {
		String before = custom();

		String page = body(post(
				group("3.3", "w:3.3.1", "4.555", "new.name", "名".repeat(201), "new.weight", "abc", "new.code", "9.9")));

		assertThat(page).contains("3.3.1 提升医疗卫生基础设施水平 · 分值：最多保留两位小数", "新增个性指标 · 分值：应为数字", "新增个性指标 · 指标名称：不能超过 200 个字",
				"新增个性指标 · 指标代码：指标代码应为“3.3.序号”", "value=\"4.555\"", "value=\"abc\"", "value=\"9.9\"");
		page = body(post(group("3.3", "w:3.3.1", "0", "new.name", "重复", "new.code", "3.3.2", "new.weight", "1")));
		assertThat(page).contains("分值：分值应大于 0 且不超过 100 分", "指标代码 3.3.2 已被使用");
		assertThat(custom()).isEqualTo(before);
	}

	@Test
	void theLiveSumSaysWhenTheGroupIsOff() {
		MultiValueMap<String, String> form = group("3.4", "w:3.4.2", "7");

		String fragment = body(
				mvc.post().uri(editor + "/custom/preview").with(as("zhangying")).with(csrf()).params(form).exchange());

		assertThat(fragment).contains("id=\"custom-sum-i-3-4\"", "各指标分值合计 10 分（应为 9 分）",
				"「3.4 公平性」各指标分值合计 10 分，应为 9 分，多 1 分");
	}

	@Test
	void theReviewerSeesButCannotChange() {
		String before = custom();

		MvcTestResult refused = mvc.post()
			.uri(editor + "/custom")
			.with(as("liqiang"))
			.with(csrf())
			.params(group("3.3", "rm:3.3.5", "on", "w:3.3.4", "10"))
			.exchange();

		assertThat(refused).hasStatus(403);
		assertThat(custom()).isEqualTo(before);
		String page = body(mvc.get().uri(editor).with(as("liqiang")).exchange());
		assertThat(page).contains("深化干部人才队伍建设", "<span class=\"badge custom\">个性指标</span>").doesNotContain("保存个性指标与分值");
	}

	@Test
	void aSubmittedEvaluationIsRefused() {
		MvcTestResult submitted = mvc.post()
			.uri(editor + "/submit")
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("confirmGaps", "true")
			.exchange();
		assertThat(submitted).flash().containsKey("notice");
		String before = custom();

		String page = body(post(group("3.3", "rm:3.3.5", "on", "w:3.3.4", "10")));

		assertThat(page).contains("这份自评已提交或您无权修改，未保存。");
		assertThat(custom()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsRefused() {
		MultiValueMap<String, String> form = group("3.4", "w:3.4.2", "5", "w:3.4.1", "4");
		form.set("version", String.valueOf(version() - 1));

		String page = body(
				mvc.post().uri(editor + "/custom").with(as("zhangying")).with(csrf()).params(form).exchange());

		assertThat(page).contains("他人已修改并保存了这份自评", "name=\"w:3.4.2\" value=\"5\"");
		assertThat(weights()).isNull();
	}

	private MvcTestResult post(MultiValueMap<String, String> form) {
		return mvc.post().uri(editor + "/custom").with(as("zhangying")).with(csrf()).params(form).exchange();
	}

	private MultiValueMap<String, String> group(String code, String... params) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", String.valueOf(version()));
		form.add("group", code);
		for (int i = 0; i < params.length; i += 2) {
			form.add(params[i], params[i + 1]);
		}
		return form;
	}

	private String custom() {
		return jdbc.queryForObject("select custom_indicators from evaluation", String.class);
	}

	private String weights() {
		return jdbc.queryForObject("select weights from evaluation", String.class);
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation", Long.class);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
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
