package io.github.perfeval.whatif.web;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 提分测算 page on PostgreSQL: 罗湖 2024 (88.18 良) needs 1.82 points for 优, from 1.2.2 alone;
 * 香港大学深圳医院 2021 is at the top; a draft without a grade names what is missing; another
 * department's filler gets 404; the 评分表 and the review page link to it.
 */
@PostgresIntegrationTest
class WhatIfPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void twoDepartmentsWithTheirFillers() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
	}

	@Test
	void luohuNeeds1Point82ForExcellentFromTheLeafThatLostMost() {
		String page = "/evaluations/" + imported(SeedCases.text(SeedCases.LUOHU)) + "/what-if";

		MvcTestResult result = mvc.get().uri(page).with(as("zhangying")).exchange();

		assertThat(result).hasStatusOk().hasViewName("whatif/what-if");
		WhatIfPage model = (WhatIfPage) result.getMvcResult().getModelAndView().getModel().get("page");
		assertThat(model).extracting(WhatIfPage::state, WhatIfPage::total, WhatIfPage::grade, WhatIfPage::standing)
			.containsExactly("BELOW_TOP", "88.18", "良", "upper");
		assertThat(model.targets()).singleElement()
			.extracting(WhatIfPage.Target::grade, WhatIfPage.Target::min, WhatIfPage.Target::gap,
					WhatIfPage.Target::needed, WhatIfPage.Target::reachable, WhatIfPage.Target::totalAfter)
			.containsExactly("优", "90", "1.82", "1.82", true, "90.00");
		WhatIfPage.Gain gain = model.targets().get(0).plan().get(0);
		assertThat(gain).extracting(WhatIfPage.Gain::points, WhatIfPage.Gain::partial, WhatIfPage.Gain::running)
			.containsExactly("1.82", true, "1.82");
		assertThat(gain.leaf())
			.extracting(WhatIfPage.Row::code, WhatIfPage.Row::level1, WhatIfPage.Row::level2, WhatIfPage.Row::weight,
					WhatIfPage.Row::score, WhatIfPage.Row::lost)
			.containsExactly("1.2.2", "部门决策", "目标设置", "7", "5.00", "2.00");
		assertThat(gain.leaf().criteria()).isNotBlank();
		assertThat(model.leaves()).extracting(WhatIfPage.Row::code, WhatIfPage.Row::overridden, WhatIfPage.Row::running)
			.startsWith(tuple("3.4.2", true, null), tuple("1.2.2", false, "2.00"), tuple("2.1.1", false, "3.51"));

		String body = body(result);
		assertThat(body).contains("深圳市罗湖区卫生健康局　2024 年度提分测算", "综合评分 88.18 分",
				"<span class=\"grade grade-upper\">良</span>", "达到「优」（综合评分 ≥ 90 分）",
				"综合评分还差 1.82 分：需提高 1.82 分，至少涉及 1 项指标。", "需提高 1.82 分（满分 7 分，现得 5 分）", "按此测算，综合评分为 90.00 分，评分等级「优」。",
				"审核人已调整得分，不计入测算", "全部扣分指标（按扣分从多到少）", "按扣分从多到少依次选取指标",
				gain.leaf().criteria().lines().findFirst().orElseThrow());
	}

	@Test
	void hkuIsAtTheTopGrade() {
		String page = "/evaluations/" + imported(SeedCases.text(SeedCases.HKU)) + "/what-if";

		MvcTestResult result = mvc.get().uri(page).with(as("hku-filler")).exchange();

		WhatIfPage model = (WhatIfPage) result.getMvcResult().getModelAndView().getModel().get("page");
		assertThat(model.state()).isEqualTo("TOP");
		assertThat(model.targets()).isEmpty();
		assertThat(body(result)).contains("综合评分 96.60 分", "已达最高评分等级「优」，无需提分。").doesNotContain("达到「");
	}

	@Test
	void aDraftWithoutAGradeSaysWhatIsMissing() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("indicators")).remove("3.2.2");
		String page = "/evaluations/" + imported(SeedCases.json(document)) + "/what-if";

		MvcTestResult result = mvc.get().uri(page).with(as("zhangying")).exchange();

		WhatIfPage model = (WhatIfPage) result.getMvcResult().getModelAndView().getModel().get("page");
		assertThat(model.state()).isEqualTo("MISSING");
		assertThat(model.grade()).isNull();
		assertThat(model.missing()).extracting(WhatIfPage.Missing::code).containsExactly("3.2.2");
		assertThat(body(result)).contains("尚有 1 项指标未填报，评分等级待定，暂不能测算提分。", "3.2.2 ").doesNotContain("达到「");
	}

	@Test
	void anotherDepartmentsFillerGets404AndNothingOfIt() {
		String page = "/evaluations/" + imported(SeedCases.text(SeedCases.LUOHU)) + "/what-if";

		MvcTestResult result = mvc.get().uri(page).with(as("hku-filler")).exchange();

		assertThat(result).hasStatus(404);
		assertThat(body(result)).doesNotContain("深圳市罗湖区卫生健康局", "88.18");
	}

	@Test
	void theSheetAndTheReviewPageLinkToIt() {
		long id = imported(SeedCases.text(SeedCases.LUOHU));

		String sheet = body(mvc.get().uri("/evaluations/" + id + "/sheet").with(as("zhangying")).exchange());

		assertThat(sheet).contains("href=\"/evaluations/" + id + "/what-if\"", ">提分测算</a>");
		String review = body(mvc.get().uri("/evaluations/" + id + "/review").with(as("admin")).exchange());
		assertThat(review).contains("href=\"/evaluations/" + id + "/what-if\"", ">提分测算</a>");
	}

	@Test
	void hypotheticalScoresGiveTheirTotalAndGradeAndSaveNothing() {
		long id = imported(SeedCases.text(SeedCases.LUOHU));
		String preview = "/evaluations/" + id + "/what-if/preview";

		MvcTestResult result = mvc.post()
			.uri(preview)
			.with(as("zhangying"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("scores[1.2.2]", "6.82")
			.param("scores[2.1.1]", "")
			.exchange();

		assertThat(result).hasStatusOk();
		WhatIfPage.Preview outcome = (WhatIfPage.Preview) result.getMvcResult()
			.getModelAndView()
			.getModel()
			.get("outcome");
		assertThat(outcome).extracting(WhatIfPage.Preview::count, WhatIfPage.Preview::total, WhatIfPage.Preview::grade)
			.containsExactly(1, "90.00", "优");
		assertThat(body(result)).startsWith("<div id=\"whatif-preview\"")
			.contains("按 1 项指标的假设得分，综合评分 90.00 分", "<span class=\"grade grade-top\">优</span>")
			.doesNotContain("<html");
		String page = body(mvc.get().uri("/evaluations/" + id + "/what-if").with(as("zhangying")).exchange());
		assertThat(page).as("nothing saved").contains("综合评分 88.18 分");
	}

	@Test
	void aHypotheticalScoreOutOfBoundsIsRefusedNamingTheLeafAndKeptAsTyped() {
		String preview = "/evaluations/" + imported(SeedCases.text(SeedCases.LUOHU)) + "/what-if/preview";

		MvcTestResult result = mvc.post()
			.uri(preview)
			.with(as("zhangying"))
			.with(csrf())
			.param("scores[1.2.2]", "8")
			.param("scores[2.1.1]", "abc")
			.param("scores[3.2.1]", "5.855")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("whatif/what-if");
		assertThat(result.getMvcResult().getModelAndView().getModel().get("outcome")).isNull();
		assertThat(body(result)).contains("1.2.2 绩效指标明确性 · 假设得分：应在 0 到 7 分之间（不能超过分值）",
				"2.1.1 政府采购执行情况 · 假设得分：应为 0 到 2 之间的数字", "3.2.1 预算执行率 · 假设得分：最多 2 位小数", "value=\"8\"", "value=\"abc\"",
				"value=\"5.855\"");
	}

	@Test
	void anotherDepartmentsFillerCannotPreviewEither() {
		String preview = "/evaluations/" + imported(SeedCases.text(SeedCases.LUOHU)) + "/what-if/preview";

		MvcTestResult result = mvc.post()
			.uri(preview)
			.with(as("hku-filler"))
			.with(csrf())
			.param("scores[1.2.2]", "6.82")
			.exchange();

		assertThat(result).hasStatus(404);
		assertThat(body(result)).doesNotContain("深圳市罗湖区卫生健康局", "88.18");
	}

	private long imported(String json) {
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
