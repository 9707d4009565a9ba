package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.NationalFormCase;
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
import org.springframework.util.MultiValueMap;

import static io.github.perfeval.evaluation.web.GoalPageTests.body;
import static io.github.perfeval.evaluation.web.GoalPageTests.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The goals page of an evaluation on the national 绩效自评表: 分值 entered per indicator, 得分
 * shown, 预算执行率 from 表 1-1, the 分值 total and the scoring problems.
 */
@PostgresIntegrationTest
class NationalFormGoalPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long evaluationId;

	String goals;

	@BeforeEach
	void nationalFormImported() {
		users.reset();
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.json(NationalFormCase.complete()))
			.exchange()
			.getResponse()
			.getHeader("Location");
		evaluationId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		goals = "/evaluations/" + evaluationId + "/goals";
	}

	@Test
	void thePageShowsEachIndicatorsPointsAndScoreAndTheBudgetRow() {
		String page = body(get());

		assertThat(page)
			.contains("<th class=\"num\">分值</th>", "<th class=\"num\">得分</th>", "年度预算执行率", "全年预算数：50,000.00",
					"全年执行数：48,915.00", "<td class=\"num score\">9.78</td>", "<td class=\"num score\">14.92</td>",
					"<td class=\"num score\">9.75</td>", "固定指标与各项绩效指标的分值合计 100 分（应为 100 分）", "达成年度指标")
			.doesNotContain("计分提示");
		MultiValueMap<String, String> form = form(page);
		assertThat(form.getFirst("ind:0:points")).isEqualTo("15");
		assertThat(form.getFirst("ind:8:points")).isEmpty();
		assertThat(form.getFirst("ind:8:level")).isEmpty();
	}

	@Test
	void pointsAndLevelsAreSavedAndTheTotalAndAMissingReasonAreSaid() {
		MultiValueMap<String, String> form = form(body(get()));
		form.set("ind:0:points", "10分");
		form.set("ind:0:reason", "");
		form.set("ind:8:points", "10");
		form.set("ind:8:level", "PARTLY");

		MvcTestResult saved = mvc.post()
			.uri(goals)
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.params(form)
			.exchange();

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select points from goal_indicator where evaluation_id = ? and position = 0",
				BigDecimal.class, evaluationId))
			.isEqualByComparingTo("10");
		assertThat(jdbc.queryForObject("select level from goal_indicator where evaluation_id = ? and position = 8",
				String.class, evaluationId))
			.isEqualTo("PARTLY");
		String page = body(get());
		// 预算执行率 10, then 10 + 10 + 10 + 10 + 5 + 5 + 10 + 10 + 10 + 15: 105.
		assertThat(page).contains("<p class=\"points-total field-error\">固定指标与各项绩效指标的分值合计 105 分（应为 100 分）</p>", "计分提示",
				"相差 5 分", "指标 2.1.1「门诊工作量」的“偏差原因（第 1 行）”：本指标未完成目标值、失分，须填写偏差原因", "指标 4.3.1「无」的“偏差原因（第 9 行）”");
	}

	@Test
	void aNewEvaluationOnTheNationalFormShowsItsPagesBeforeAnyIndicatorHasPoints() {
		long department = users.department("NAT-NEW", "测试局").id();
		MvcTestResult created = mvc.post()
			.uri("/evaluations")
			.with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "2025")
			.param("framework", "NATIONAL-FORM")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String editor = created.getResponse().getRedirectedUrl();

		String page = body(mvc.get().uri(editor).with(user(accounts.loadUserByUsername("admin"))).exchange());
		assertThat(page).contains("指标体系：绩效自评表（部门整体支出）（NATIONAL-FORM 第 1 版）", "年度预算执行率");
		String goalsPage = body(
				mvc.get().uri(editor + "/goals").with(user(accounts.loadUserByUsername("admin"))).exchange());
		assertThat(goalsPage).contains("固定指标与各项绩效指标的分值合计 10 分（应为 100 分）", "相差 -90 分");
		String sheet = body(
				mvc.get().uri(editor + "/sheet").with(user(accounts.loadUserByUsername("admin"))).exchange());
		assertThat(sheet).contains("年度预算执行率", "预算执行情况");
	}

	private MvcTestResult get() {
		return mvc.get().uri(goals).with(user(accounts.loadUserByUsername("admin"))).exchange();
	}

}
