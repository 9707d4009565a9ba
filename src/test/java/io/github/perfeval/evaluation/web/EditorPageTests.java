package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The editor's save, live score, optimistic locking and submit, on a real PostgreSQL. */
@PostgresIntegrationTest
class EditorPageTests {

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
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
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
	void theEditorShowsEachLeafWithItsCriteriaScoreAndPointsLost() {
		String page = body(mvc.get().uri(editor).with(as("zhangying")).exchange());

		assertThat(page).contains("深圳市罗湖区卫生健康局", "88.18", "良", "1.1 预算编制", "3.3 效果性", "提升医疗卫生基础设施水平", "深化干部人才队伍建设",
				"部门（单位）本年度实际政府采购金额与年度政府采购预算的比率", "如实际采购金额大于采购计划金额，本项得0分。", "失分 1.51", "采购计划金额", "审核调整得分：2.00 分",
				"未开展满意度调查", "表 1-1 各单位决算数相加为 500,333.68");
		assertThat(page).contains("value=\"13966.91\"", "value=\"44.72\"");
		// 良 is the second grade of the framework's scale: coloured by its standing.
		assertThat(page).contains("<span class=\"grade grade-upper\">良</span>");
		assertThat(page).contains("指标体系：深圳市部门整体支出绩效评价共性指标体系框架（SZ-COMMON 第 1 版）");
		assertThat(page).as("the live-score fragment is not part of the page")
			.containsOnlyOnce("id=\"totalbox\"")
			.containsOnlyOnce("id=\"groupnav\"");
	}

	/**
	 * Links are written as they are (no resource-chain lookup per link, WebResources),
	 * and the WebJar linked without its version is served.
	 */
	@Test
	void linksAreWrittenAsTheyAreAndTheVersionlessWebJarIsServed() {
		String page = body(mvc.get().uri(editor).with(as("zhangying")).exchange());

		assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
		assertThat(body(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange())).contains("htmx");
	}

	@Test
	void theLiveScoreReusesTheEngineAndMarksInvalidInput() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:actualAmount", "13966.91");
		form.set("in:3.2.1:q4", "abc");

		String fragment = body(
				mvc.post().uri(editor + "/preview").with(as("zhangying")).with(csrf()).params(form).exchange());

		assertThat(fragment).contains("id=\"score-i-2-1-1\" hx-swap-oob=\"true\"", "1.25", "失分 0.75");
		assertThat(fragment).containsPattern("id=\"err-i-3-2-1-q4\" hx-swap-oob=\"true\">应为数字<");
		assertThat(fragment).contains("尚有 1 项指标待填报");
		assertThat(stored("actualAmount")).as("a preview saves nothing").isEqualTo("3418.63");
	}

	@Test
	void savingKeepsInvalidValuesAsTypedAndMarksThem() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:plannedAmount", "-5");
		form.set("text:plans", "<script>alert(1)</script> 2025 年继续推进");

		MvcTestResult saved = mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form).exchange();

		assertThat(saved).hasStatus3xxRedirection().redirectedUrl().isEqualTo(editor);
		assertThat(saved).flash()
			.containsEntry("warning", "草稿已保存，但有 1 处填写有误：错误的值按原样保存并已标出，请按下面的列表逐项修改。")
			.doesNotContainKey("notice");
		String page = body(mvc.get().uri(editor).with(as("zhangying")).exchange());
		assertThat(page).contains("value=\"-5\"", ">不能为负数<", "尚有 1 项指标待填报", "value=\"44.72\"");
		assertThat(page).contains("<a href=\"#i-2-1-1-plannedAmount\">2.1.1 政府采购执行情况 · 采购计划金额：不能为负数</a>",
				"<span class=\"nav-invalid\" title=\"填写有误\">1 处有误</span>");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; 2025 年继续推进")
			.doesNotContain("<script>alert(1)");
		assertThat(stored("plannedAmount")).isEqualTo("-5");
	}

	@Test
	void textsComeBackFromTheBrowserWithCrLfAndAreNoChange() {
		MultiValueMap<String, String> form = form();
		String tasks = form.getFirst("text:annualTasks");
		assertThat(tasks).contains("\n");
		// As a browser sends a textarea: every line break as CR LF.
		form.set("text:annualTasks", tasks.replace("\n", "\r\n"));
		form.set("in:2.1.1:actualAmount", "3500");

		assertThat(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form)).hasStatus3xxRedirection();

		assertThat(jdbc.queryForList("select coalesce(leaf_code, '-') || ' ' || field from audit_event"
				+ " where action = 'CHANGED' and actor = 'zhangying'", String.class))
			.containsExactly("2.1.1 actualAmount");
		assertThat(jdbc.queryForObject("select count(*) from report_text where body like '%' || chr(13) || '%'",
				Long.class))
			.isZero();
	}

	@Test
	void aStaleVersionIsRefusedWithoutOverwritingAndKeepsWhatWasTyped() {
		MultiValueMap<String, String> first = form();
		MultiValueMap<String, String> stale = form();
		first.set("in:2.1.1:actualAmount", "5000");
		assertThat(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(first)).hasStatus3xxRedirection();

		stale.set("in:2.1.1:actualAmount", "6000");
		String page = body(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(stale).exchange());

		assertThat(page).contains("他人已修改并保存了这份自评", "value=\"6000\"");
		assertThat(stored("actualAmount")).isEqualTo("5000");
	}

	@Test
	void anInvalidUnitsAmountStaysOnThePageWhileTheRestOfTheDraftIsSaved() {
		MultiValueMap<String, String> form = form();
		form.set("unit:2:finalAccounts", "19,608.5x");
		form.set("in:2.1.1:actualAmount", "4000");
		long before = version();

		String page = body(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form).exchange());

		assertThat(page).contains("下面标出的内容未能保存（仍是上次保存的内容）", "value=\"19,608.5x\"", "应为数字", "value=\"4000\"",
				"<a href=\"#unit-2-finalAccounts\">表 1-1 第 3 行决算数：应为数字</a>");
		assertThat(page).contains("name=\"version\" value=\"" + version() + "\"");
		assertThat(version()).isGreaterThan(before);
		assertThat(stored("actualAmount")).isEqualTo("4000");
		assertThat(jdbc.queryForObject("select final_accounts from budget_unit where position = 2", BigDecimal.class))
			.isEqualByComparingTo("19608.52");
	}

	@Test
	void submittingNeedsEveryLeafThenMakesTheEvaluationReadOnly() {
		MultiValueMap<String, String> complete = form();
		MultiValueMap<String, String> incomplete = form();
		incomplete.remove("in:3.2.1:q4");
		mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(incomplete).exchange();
		long version = version();
		assertThat(mvc.post()
			.uri(editor + "/submit")
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version))).flash().containsEntry("error", "还有指标未填报或填写有误，不能提交。");

		mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(withVersion(complete, version)).exchange();
		assertThat(mvc.post()
			.uri(editor + "/submit")
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("confirmGaps", "true")).flash().containsEntry("notice", "已提交，等待审核。");
		assertThat(jdbc.queryForObject("select status from evaluation", String.class)).isEqualTo("SUBMITTED");

		MultiValueMap<String, String> late = withVersion(form(), version());
		late.set("in:2.1.1:actualAmount", "1");
		String page = body(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(late).exchange());
		assertThat(page).contains("这份自评已提交或您无权修改，未保存");
		assertThat(stored("actualAmount")).isEqualTo("3418.63");
		assertThat(body(mvc.get().uri(editor).with(as("zhangying")).exchange())).contains("已提交",
				"<fieldset disabled=\"disabled\">");
	}

	@Test
	void anotherDepartmentsFillerCannotOpenTheEditor() {
		assertThat(mvc.get().uri(editor).with(as("hku-filler"))).hasStatus(404);
		assertThat(mvc.post().uri(editor).with(as("hku-filler")).with(csrf()).params(form())).hasStatus(404);
	}

	private MultiValueMap<String, String> form() {
		return withVersion(EditorFormParams.of(exported()), version());
	}

	private static MultiValueMap<String, String> withVersion(MultiValueMap<String, String> form, long version) {
		form.set("version", String.valueOf(version));
		return form;
	}

	private JsonNode exported() {
		return SeedCases
			.read(body(mvc.get().uri("/api" + editor).with(httpBasic("zhangying", TestUsers.PASSWORD)).exchange()));
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation", Long.class);
	}

	/** An input of leaf 2.1.1 as stored. */
	private String stored(String field) {
		String inputs = jdbc.queryForObject("select inputs from leaf_entry where code = '2.1.1'", String.class);
		return SeedCases.read(inputs).get(field).asString();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
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
