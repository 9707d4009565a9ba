package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The 新建 form's 以本部门上一年度的自评为基础, and the editor's 上年 figures and score beside each leaf:
 * Luohu 2024 imported as 2023, 2024 started from it.
 */
@PostgresIntegrationTest
class YearOverYearPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long departmentId;

	String earlier;

	@BeforeEach
	void luohuImportedAsYear2023() {
		users.reset();
		departmentId = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("year", 2023);
		earlier = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.json(document))
			.exchange()
			.getResponse()
			.getHeader("Location")
			.replace("/api", "");
	}

	@Test
	void theHomePageOffersToStartFromTheEarlierYearAndSaysWhatIsCopied() {
		String home = body(mvc.get().uri("/").with(as("zhangying")).exchange());

		assertThat(home).contains("name=\"startFromEarlierYear\"", "以本部门上一年度的自评为基础", "可作为基础的自评：深圳市罗湖区卫生健康局 2023 年",
				"name=\"copyCustomIndicators\"", "同时复制个性指标与分值",
				"复制：表 1-1 的各单位名称。不复制各单位的年初预算数、全年预算数、决算数及合计数：每年不同，须按本年度的预算和决算填写。", "不复制所依据的通知：每年另行下发。");
		assertThat(body(mvc.get().uri("/").with(as("hku-filler")).exchange())).as("nothing to start from")
			.doesNotContain("name=\"startFromEarlierYear\"");
	}

	@Test
	void theFormStartsTheYearFromTheEarlierOneAndTheEditorShowsLastYearsFigureAndScore() {
		String editor = create("2024", true, false);

		MvcTestResult page = mvc.get().uri(editor).with(as("zhangying")).exchange();

		assertThat(page).model().extractingByKey("previous").satisfies(previous -> {
			@SuppressWarnings("unchecked")
			Map<String, String> lines = (Map<String, String>) previous;
			assertThat(lines)
				.containsEntry("2.1.1",
						"上年（2023 年）：采购计划金额 13,966.91 / 实际采购金额 3,418.63 / 政府采购政策功能执行和落实情况得分 0.25；得分 0.49")
				.containsEntry("3.4.2", "上年（2023 年）：未填报；得分 2.00");
			assertThat(lines.get("1.1.1")).startsWith("上年（2023 年）：").contains("；得分 ");
		});
		String html = body(page);
		assertThat(html).contains("<div class=\"previous-year muted\">上年（2023 年）：采购计划金额 13,966.91 / 实际采购金额 3,418.63");
		assertThat(html).as("this year's inputs are empty").doesNotContain("value=\"13966.91\"");
		assertThat(body(mvc.get().uri(earlier).with(as("zhangying")).exchange())).as("2023 has no earlier year")
			.doesNotContain("class=\"previous-year");
	}

	@Test
	void customIndicatorsWithoutTheEarlierYearAreRefusedWithTheFormAsTyped() {
		MvcTestResult refused = mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(departmentId))
			.param("year", "2024")
			.param("copyCustomIndicators", "true")
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(body(refused)).contains("勾选“同时复制个性指标与分值”时，须同时勾选“以本部门上一年度的自评为基础”", "value=\"2024\"");
		assertThat(jdbc.queryForObject("select count(*) from evaluation where year = 2024", Long.class)).isZero();
	}

	@Test
	void aYearWithoutAnEarlierOneIsRefusedByName() {
		String page = body(mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(departmentId))
			.param("year", "2022")
			.param("startFromEarlierYear", "true")
			.exchange());

		assertThat(page).contains("深圳市罗湖区卫生健康局没有早于 2022 年度的自评，不能以上一年度的自评为基础；请取消勾选后新建空白自评");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(1);
	}

	@Test
	void customIndicatorsComeAlongWhenTicked() {
		String editor = create("2024", true, true);

		String html = body(mvc.get().uri(editor).with(as("zhangying")).exchange());

		assertThat(html).contains("提升医疗卫生基础设施水平", "<span class=\"badge custom\">个性指标</span>");
	}

	private String create(String year, boolean fromEarlierYear, boolean customIndicators) {
		MvcTestResult created = mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(departmentId))
			.param("year", year)
			.param("startFromEarlierYear", String.valueOf(fromEarlierYear))
			.param("copyCustomIndicators", String.valueOf(customIndicators))
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		return created.getResponse().getRedirectedUrl();
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
