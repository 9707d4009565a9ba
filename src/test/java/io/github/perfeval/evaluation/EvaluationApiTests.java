package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The seed cases through the JSON API on a real PostgreSQL (CASES.md). */
@PostgresIntegrationTest
class EvaluationApiTests {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

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

	@Test
	void luohuScoresExactly88_18Good() {
		MockHttpServletResponse response = post("/api/score", SeedCases.text(SeedCases.LUOHU));

		assertThat(response.getStatus()).isEqualTo(200);
		String body = body(response);
		assertThat(body).contains("\"total\":88.18", "\"grade\":\"良\"");
		JsonNode sheet = JSON.readTree(body);
		assertThat(groupScores(sheet)).containsEntry("1", "18.00")
			.containsEntry("2", "17.49")
			.containsEntry("3", "52.69");
		assertThat(finalScores(sheet)).containsExactlyEntriesOf(luohuLeaves());
		assertThat(sheet.get("missing")).isEmpty();
		assertThat(sheet.get("warnings")).hasSize(2);
		JsonNode warning = sheet.get("warnings").get(0);
		assertThat(warning.get("code").asString()).isEqualTo("unitsTotalMismatch");
		assertThat(warning.get("message").asString()).contains("决算数", "500,333.68", "500,333.67", "0.01");
		// SZ-COMMON's 一致性检查: 2.1.2's 调整、调剂资金累计金额 against 表 1-1 全年预算数 − 年初预算数
		// (the report states 调增 43,298.95; 571,010.03 − 527,711.12 = 43,298.91).
		JsonNode check = sheet.get("warnings").get(1);
		assertThat(check.get("code").asString()).isEqualTo("checkTotalLess");
		assertThat(check.get("message").asString()).contains("2.1.2", "财务合规性", "调整、调剂资金累计金额", "43,298.95", "全年预算数",
				"年初预算数", "43,298.91", "0.04");
		JsonNode leaf = leaf(sheet, "3.4.2");
		assertThat(leaf.get("computed").isNull()).isTrue();
		assertThat(leaf.get("override").get("reason").asString()).startsWith("未开展满意度调查");
		assertThat(leaf.get("lost").decimalValue()).isEqualByComparingTo("4");
	}

	@Test
	void luohuWithThePublishedOverrideScores88_17AndWarnsThatItDiffers() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("overrides")).putObject("3.2.1")
			.put("score", new BigDecimal("5.8"))
			.put("reason", "按公开自评报告得分");

		JsonNode sheet = JSON.readTree(body(post("/api/score", SeedCases.json(document))));

		assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("88.17");
		assertThat(sheet.get("grade").asString()).isEqualTo("良");
		assertThat(groupScores(sheet)).containsEntry("3", "52.68");
		JsonNode leaf = leaf(sheet, "3.2.1");
		assertThat(leaf.get("computed").decimalValue()).isEqualTo(new BigDecimal("5.81"));
		assertThat(leaf.get("final").decimalValue()).isEqualTo(new BigDecimal("5.80"));
		assertThat(leaf.get("override").get("score").decimalValue()).isEqualTo(new BigDecimal("5.80"));
		assertThat(sheet.get("warnings").findValuesAsString("code")).containsExactly("overrideDiffers",
				"unitsTotalMismatch", "checkTotalLess");
		assertThat(sheet.get("warnings").get(0).get("message").asString()).contains("3.2.1", "预算执行率",
				"按填报数据计算 5.81 分，审核调整为 5.80 分，理由：按公开自评报告得分");
	}

	@Test
	void hkuScoresExactly96_60Excellent() {
		JsonNode sheet = JSON.readTree(body(post("/api/score", SeedCases.text(SeedCases.HKU))));

		assertThat(sheet.get("total").decimalValue()).isEqualTo(new BigDecimal("96.60"));
		assertThat(sheet.get("grade").asString()).isEqualTo("优");
		assertThat(groupScores(sheet)).containsEntry("1", "20.00")
			.containsEntry("2", "19.90")
			.containsEntry("3", "56.70");
		assertThat(finalScores(sheet)).containsEntry("2.1.1", "1.90")
			.containsEntry("3.4.2", "6.00")
			.containsEntry("2.3.2", "1.00")
			.containsEntry("3.1.1", "3.00")
			.containsEntry("3.2.1", "5.70")
			.containsEntry("3.2.3", "6.00")
			.containsEntry("3.3.1", "25.00");
		assertThat(leaf(sheet, "2.3.2").get("computed").isNull()).isTrue();
		assertThat(sheet.get("warnings")).isEmpty();
	}

	@Test
	void importAnswers201WithLocationAndTheSheetThenServesSheetAndDocument() {
		MockHttpServletResponse created = post("/api/evaluations", SeedCases.text(SeedCases.LUOHU));

		assertThat(created.getStatus()).isEqualTo(201);
		String location = created.getHeader("Location");
		assertThat(location).matches("/api/evaluations/\\d+");
		assertThat(JSON.readTree(body(created)).get("total").decimalValue()).isEqualTo(new BigDecimal("88.18"));
		JsonNode sheet = JSON.readTree(body(get(location + "/sheet")));
		assertThat(sheet.get("total").decimalValue()).isEqualTo(new BigDecimal("88.18"));
		assertThat(finalScores(sheet)).containsExactlyEntriesOf(luohuLeaves());
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORTED'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void theListSaysWhichEvaluationsTheCallerSeesAndReadsCarryTheVersionToActOn() {
		String location = post("/api/evaluations", SeedCases.text(SeedCases.LUOHU)).getHeader("Location");
		post("/api/evaluations", SeedCases.text(SeedCases.HKU));
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));

		JsonNode all = JSON.readTree(body(get("/api/evaluations")));
		assertThat(all.findValuesAsString("departmentName")).containsExactly("深圳市罗湖区卫生健康局", "香港大学深圳医院");
		JsonNode own = JSON.readTree(body(mvc.get()
			.uri("/api/evaluations")
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.exchange()
			.getResponse()));
		assertThat(own).hasSize(1);
		assertThat(own.get(0).get("href").asString()).isEqualTo(location);
		assertThat(own.get(0).get("status").asString()).isEqualTo("DRAFT");
		long version = own.get(0).get("version").asLong();
		assertThat(version).isEqualTo(jdbc.queryForObject("select version from evaluation where id = ?", Long.class,
				own.get(0).get("id").asLong()));
		assertThat(get(location).getHeader("Evaluation-Version")).isEqualTo(String.valueOf(version));
		assertThat(get(location + "/sheet").getHeader("Evaluation-Version")).isEqualTo(String.valueOf(version));
	}

	@Test
	void importExportImportIsLossless() {
		for (String seed : new String[] { SeedCases.LUOHU, SeedCases.HKU }) {
			ObjectNode original = SeedCases.tree(seed);
			String location = post("/api/evaluations", SeedCases.json(original)).getHeader("Location");
			JsonNode exported = JSON.readTree(body(get(location)));

			assertThat(restrictedTo(normalized(original), normalized(exported))).isEqualTo(normalized(original));

			ObjectNode nextYear = (ObjectNode) exported.deepCopy();
			nextYear.put("year", original.get("year").asInt() + 1);
			String secondLocation = post("/api/evaluations", SeedCases.json(nextYear)).getHeader("Location");
			ObjectNode exportedAgain = (ObjectNode) JSON.readTree(body(get(secondLocation)));
			assertThat(normalized(exportedAgain)).isEqualTo(normalized(nextYear));
			assertThat(body(get(secondLocation + "/sheet"))).isEqualTo(body(get(location + "/sheet")));
		}
	}

	@Test
	void aSecondDocumentForTheSameDepartmentAndYearIsRefusedWith409() {
		post("/api/evaluations", SeedCases.text(SeedCases.HKU));

		MockHttpServletResponse again = post("/api/evaluations", SeedCases.text(SeedCases.HKU));

		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(body(again)).contains("香港大学深圳医院 已有 2021 年度的自评");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(1);
	}

	@Test
	void invalidDocumentsAreRejectedWithEveryFieldLevelErrorAndNothingIsSaved() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		ObjectNode indicators = (ObjectNode) document.get("indicators");
		((ObjectNode) indicators.get("2.1.1")).put("plannedAmount", new BigDecimal("-1"));
		((ObjectNode) indicators.get("2.4.1")).put("authorizedStaff", 0);
		((ObjectNode) indicators.get("1.2.2")).putArray("items").add(3).add(2).add(1).add(1).add(1);
		((ObjectNode) indicators.get("3.2.1")).put("q4", 1200);
		((ObjectNode) indicators.get("2.3.1")).put("colour", "blue");
		indicators.putObject("9.9.9").put("score", 1);
		document.putObject("department").put("name", "深圳市罗湖区卫生健康局");

		MockHttpServletResponse response = post("/api/evaluations", SeedCases.json(document));

		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode errors = JSON.readTree(body(response)).get("errors");
		assertThat(errors).hasSize(7);
		assertThat(error(errors, "2.1.1", "plannedAmount")).isEqualTo("指标 2.1.1「政府采购执行情况」的“采购计划金额”：不能为负数");
		assertThat(error(errors, "2.4.1", "authorizedStaff")).contains("财政供养人员控制率", "不能为 0");
		assertThat(error(errors, "1.2.2", "items")).contains("第 1 项得分应在 0 至 2 分之间");
		assertThat(error(errors, "3.2.1", "q4")).contains("0 至 1000");
		assertThat(error(errors, "2.3.1", "colour")).contains("不是该指标的填报项");
		assertThat(error(errors, "9.9.9", null)).contains("没有这个指标代码");
		assertThat(error(errors, null, "department.code")).isEqualTo("“部门代码”：必须填写");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isZero();
	}

	@Test
	void weightsThatDoNotAddUpTo100AreRejectedSayingByHowMuch() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.putObject("weights").put("3.4.2", 8);

		JsonNode errors = JSON.readTree(body(post("/api/score", SeedCases.json(document)))).get("errors");

		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("weights");
		assertThat(errors.get(0).get("message").asString()).isEqualTo("“权重”：三级指标权重合计为 102，应为 100（相差 2）");
	}

	@Test
	void anUnknownTopLevelKeyOrAMalformedValueIsA400NamingTheField() {
		ObjectNode document = SeedCases.tree(SeedCases.HKU);
		document.put("yaer", 2021);

		JsonNode errors = JSON.readTree(body(post("/api/score", SeedCases.json(document)))).get("errors");

		assertThat(errors.get(0).get("field").asString()).isEqualTo("yaer");
		assertThat(errors.get(0).get("message").asString()).contains("无法识别", "yaer");
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

	static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> groupScores(JsonNode sheet) {
		Map<String, String> scores = new LinkedHashMap<>();
		sheet.get("groups")
			.forEach(group -> scores.put(group.get("code").asString(),
					group.get("score").decimalValue().toPlainString()));
		return scores;
	}

	static Map<String, String> finalScores(JsonNode sheet) {
		Map<String, String> scores = new LinkedHashMap<>();
		sheet.get("leaves")
			.forEach(leaf -> scores.put(leaf.get("code").asString(), leaf.get("final").decimalValue().toPlainString()));
		return scores;
	}

	static JsonNode leaf(JsonNode sheet, String code) {
		for (JsonNode leaf : sheet.get("leaves")) {
			if (leaf.get("code").asString().equals(code)) {
				return leaf;
			}
		}
		throw new AssertionError("No leaf " + code);
	}

	static Map<String, String> luohuLeaves() {
		Map<String, String> expected = new LinkedHashMap<>();
		String[][] rows = { { "1.1.1", "5.00" }, { "1.1.2", "5.00" }, { "1.2.1", "3.00" }, { "1.2.2", "5.00" },
				{ "2.1.1", "0.49" }, { "2.1.2", "3.00" }, { "2.1.3", "3.00" }, { "2.2.1", "2.00" }, { "2.2.2", "2.00" },
				{ "2.3.1", "2.00" }, { "2.3.2", "1.00" }, { "2.4.1", "1.00" }, { "2.4.2", "0.00" }, { "2.5.1", "3.00" },
				{ "3.1.1", "6.00" }, { "3.2.1", "5.81" }, { "3.2.2", "8.00" }, { "3.2.3", "4.88" }, { "3.3.1", "5.00" },
				{ "3.3.2", "5.00" }, { "3.3.3", "4.00" }, { "3.3.4", "4.00" }, { "3.3.5", "5.00" }, { "3.4.1", "3.00" },
				{ "3.4.2", "2.00" } };
		for (String[] row : rows) {
			expected.put(row[0], row[1]);
		}
		return expected;
	}

	private static String error(JsonNode errors, String indicator, String field) {
		for (JsonNode error : errors) {
			if (text(error.get("indicator")).equals(String.valueOf(indicator))
					&& text(error.get("field")).equals(String.valueOf(field))) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("No error for " + indicator + " / " + field + " in " + errors);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "null" : node.asString();
	}

	/**
	 * The document as plain maps and lists, numbers compared by value (5.8 and 5.80 are
	 * one amount).
	 */
	private static Object normalized(JsonNode node) {
		return normalizedValue(JSON.treeToValue(node, Object.class));
	}

	/**
	 * The value with only the keys the shape has: the export adds what import derives (a
	 * goal indicator's nature, target, unit and achieved, read from its texts).
	 */
	private static Object restrictedTo(Object shape, Object value) {
		if (shape instanceof Map<?, ?> shapeMap && value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> {
				if (shapeMap.containsKey(key)) {
					copy.put(key, restrictedTo(shapeMap.get(key), item));
				}
			});
			return copy;
		}
		if (shape instanceof java.util.List<?> shapeList && value instanceof java.util.List<?> list
				&& shapeList.size() == list.size()) {
			return java.util.stream.IntStream.range(0, list.size())
				.mapToObj(i -> restrictedTo(shapeList.get(i), list.get(i)))
				.toList();
		}
		return value;
	}

	private static Object normalizedValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(key, normalizedValue(item)));
			return copy;
		}
		if (value instanceof java.util.List<?> list) {
			return list.stream().map(EvaluationApiTests::normalizedValue).toList();
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros();
		}
		return value;
	}

}
