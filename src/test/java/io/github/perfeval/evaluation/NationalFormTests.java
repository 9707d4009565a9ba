package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.perfeval.support.NationalFormCase;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.github.perfeval.evaluation.EvaluationApiTests.JSON;
import static io.github.perfeval.evaluation.EvaluationApiTests.body;
import static io.github.perfeval.evaluation.EvaluationApiTests.finalScores;
import static io.github.perfeval.evaluation.EvaluationApiTests.groupScores;
import static io.github.perfeval.evaluation.EvaluationApiTests.leaf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The national 绩效自评表 framework (NATIONAL-FORM, shipped as data) scoring the 香港大学深圳医院 2021
 * 自评表: 预算执行率 from 表 1-1, each 年度绩效指标 by target completion on its 分值
 * ({@link NationalFormCase} has the figures worked out by hand).
 */
@PostgresIntegrationTest
class NationalFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		users.reset();
	}

	@AfterEach
	void noFrameworkLeftForOtherTests() {
		jdbc.update("delete from indicator_framework where code = 'NATIONAL-TOWN'");
	}

	@Test
	void theHkuIndicatorsScoreExactlyOnTheNationalForm() {
		JsonNode sheet = JSON.readTree(body(post("/api/score", SeedCases.json(NationalFormCase.complete()))));

		assertThat(sheet.get("errors")).isNull();
		assertThat(finalScores(sheet)).containsExactlyEntriesOf(expectedLeaves());
		assertThat(groupScores(sheet)).containsEntry("1", "9.78")
			.containsEntry("2", "54.67")
			.containsEntry("2.1", "24.92")
			.containsEntry("2.2", "19.75")
			.containsEntry("4", "20.00")
			.containsEntry("5", "15.00");
		assertThat(sheet.get("total").decimalValue()).isEqualTo(new BigDecimal("99.45"));
		assertThat(sheet.get("grade").asString()).isEqualTo("优");
		JsonNode outpatients = leaf(sheet, "2.1.1");
		assertThat(outpatients.get("name").asString()).isEqualTo("门诊工作量");
		assertThat(outpatients.get("level1").asString()).isEqualTo("产出指标");
		assertThat(outpatients.get("level2").asString()).isEqualTo("数量");
		assertThat(outpatients.get("weight").decimalValue()).isEqualByComparingTo("15");
		assertThat(outpatients.get("lost").decimalValue()).isEqualByComparingTo("0.08");
	}

	@Test
	void aLossWithoutDeviationReasonIsRefusedNamingTheIndicatorAndTheField() {
		JsonNode errors = JSON.readTree(body(post("/api/score", SeedCases.json(NationalFormCase.withoutReasons()))))
			.get("errors");

		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("goalReport.indicators[1].deviationReason");
		assertThat(errors.get(0).get("message").asString())
			.isEqualTo("指标 2.1.1「门诊工作量」的“偏差原因（第 1 行）”：本指标未完成目标值、失分，须填写偏差原因");
		assertThat(errors.get(1).get("message").asString()).contains("2.2.1", "百元医疗收入中消耗的卫生耗材", "偏差原因", "第 3 行");
	}

	@Test
	void pointsThatDoNotMakeUp100AreRefusedSayingByHowMuch() {
		ObjectNode document = NationalFormCase.complete();
		NationalFormCase.indicator(document, 0).put("points", new BigDecimal("10"));

		JsonNode errors = JSON.readTree(body(post("/api/score", SeedCases.json(document)))).get("errors");

		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("message").asString())
			.isEqualTo("“年度绩效指标”：固定指标 10 分与各项绩效指标分值合计 85 分，共 95 分，应为 100 分（相差 -5 分）");

		NationalFormCase.indicator(document, 8).put("points", new BigDecimal("7.5"));
		errors = JSON.readTree(body(post("/api/score", SeedCases.json(document)))).get("errors");
		assertThat(errors.get(0).get("message").asString()).contains("合计 92.5 分", "共 102.5 分", "相差 2.5 分");
	}

	@Test
	void anIndicatorOutsideTheFrameworksGroupsIsNamed() {
		ObjectNode document = NationalFormCase.complete();
		NationalFormCase.indicator(document, 1).put("level1", "过程");

		JsonNode errors = JSON.readTree(body(post("/api/score", SeedCases.json(document)))).get("errors");

		assertThat(errors.get(0).get("field").asString()).isEqualTo("goalReport.indicators[2].level1");
		assertThat(errors.get(0).get("message").asString()).contains("住院占床日", "过程", "产出指标", "满意度指标", "第 2 行");
	}

	@Test
	void aQualitativeIndicatorScoresByItsLevel() {
		ObjectNode document = NationalFormCase.complete();
		ObjectNode service = NationalFormCase.indicator(document, 7);
		service.put("expected", "全面提供");
		service.put("actual", "基本提供");
		service.put("level", "PARTLY");

		JsonNode errors = JSON.readTree(body(post("/api/score", SeedCases.json(document)))).get("errors");
		assertThat(errors.get(0).get("message").asString()).contains("4.2.1", "为广大市民提供医疗服务", "偏差原因");

		service.put("deviationReason", "部分院区改造");
		JsonNode sheet = JSON.readTree(body(post("/api/score", SeedCases.json(document))));
		// 10 × 0.6 = 6: 99.45 − 4.
		assertThat(leaf(sheet, "4.2.1").get("final").decimalValue()).isEqualByComparingTo("6.00");
		assertThat(sheet.get("total").decimalValue()).isEqualTo(new BigDecimal("95.45"));
	}

	@Test
	void anImportedEvaluationKeepsItsPointsAndReadsTheSameSheet() {
		MockHttpServletResponse created = post("/api/evaluations", SeedCases.json(NationalFormCase.complete()));
		assertThat(created.getStatus()).isEqualTo(201);
		String location = created.getHeader("Location");

		JsonNode sheet = JSON.readTree(body(get(location + "/sheet")));
		assertThat(finalScores(sheet)).containsExactlyEntriesOf(expectedLeaves());
		assertThat(sheet.get("total").decimalValue()).isEqualTo(new BigDecimal("99.45"));

		JsonNode exported = JSON.readTree(body(get(location)));
		assertThat(exported.get("framework").asString()).isEqualTo("NATIONAL-FORM");
		JsonNode first = exported.get("goalReport").get("indicators").get(0);
		assertThat(first.get("points").decimalValue()).isEqualByComparingTo("15");
		assertThat(first.get("nature").asString()).isEqualTo("GE");
		assertThat(exported.get("goalReport").get("indicators").get(8).get("points")).isNull();
	}

	@Test
	void bothSeedCasesStillScoreOnTheCommonFramework() {
		assertThat(JSON.readTree(body(post("/api/score", SeedCases.text(SeedCases.LUOHU)))).get("total").decimalValue())
			.isEqualTo(new BigDecimal("88.18"));
		assertThat(JSON.readTree(body(post("/api/score", SeedCases.text(SeedCases.HKU)))).get("total").decimalValue())
			.isEqualTo(new BigDecimal("96.60"));
	}

	@Test
	void aGoalFrameworkWhoseFixedLeavesLeaveNoPointsIsRefused() throws Exception {
		ObjectNode framework;
		try (java.io.InputStream in = getClass().getResourceAsStream("/frameworks/national-form.json")) {
			framework = (ObjectNode) JSON.readTree(in);
		}
		framework.put("code", "NATIONAL-TOWN");
		framework.remove("version");
		ObjectNode budget = (ObjectNode) framework.get("indicators")
			.get(0)
			.get("children")
			.get(0)
			.get("children")
			.get(0);
		budget.put("weight", 100);
		((ObjectNode) budget.get("rule").get(0)).put("points", 100);
		((ObjectNode) framework.get("goals").get("groups").get(1)).put("code", "1");

		JsonNode errors = JSON.readTree(body(post("/api/frameworks", JSON.writeValueAsString(framework))))
			.get("errors");

		assertThat(errors.findValuesAsString("message"))
			.anySatisfy(message -> assertThat(message).contains("固定指标的分值合计已为 100.00", "绩效指标没有可分配的分值"))
			.anySatisfy(message -> assertThat(message).contains("一级指标代码", "不与其他指标重复"));

		budget.put("weight", 20);
		((ObjectNode) budget.get("rule").get(0)).put("points", 20);
		((ObjectNode) framework.get("goals").get("groups").get(1)).put("code", "3");
		assertThat(post("/api/frameworks", JSON.writeValueAsString(framework)).getStatus()).isEqualTo(201);
		ObjectNode document = NationalFormCase.complete();
		document.put("framework", "NATIONAL-TOWN");
		NationalFormCase.indicator(document, 0).put("points", new BigDecimal("5"));
		// 预算执行率 on 20: 97.83 % × 20 = 19.566 → 19.57; 门诊工作量 on 5: 189 ÷ 190 × 5 = 4.97.
		JsonNode sheet = JSON.readTree(body(post("/api/score", SeedCases.json(document))));
		assertThat(leaf(sheet, "1.1.1").get("final").decimalValue()).isEqualByComparingTo("19.57");
		assertThat(leaf(sheet, "2.1.1").get("final").decimalValue()).isEqualByComparingTo("4.97");
		assertThat(sheet.get("total").decimalValue()).isEqualTo(new BigDecimal("99.29"));
	}

	static Map<String, String> expectedLeaves() {
		Map<String, String> expected = new LinkedHashMap<>();
		String[][] rows = { { "1.1.1", "9.78" }, { "2.1.1", "14.92" }, { "2.1.2", "10.00" }, { "2.2.1", "9.75" },
				{ "2.2.2", "10.00" }, { "2.3.1", "5.00" }, { "2.4.1", "5.00" }, { "4.1.1", "10.00" },
				{ "4.2.1", "10.00" }, { "5.1.1", "15.00" } };
		for (String[] row : rows) {
			expected.put(row[0], row[1]);
		}
		return expected;
	}

	private MockHttpServletResponse post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String uri) {
		return mvc.get().uri(uri).with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)).exchange().getResponse();
	}

}
