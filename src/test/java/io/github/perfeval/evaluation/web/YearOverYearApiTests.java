package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;
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

/**
 * Year over year through the JSON API: {@code POST /api/evaluations/start} starts a year
 * as 新建年度自评 does (from the earlier year, with its 个性指标 on request), refused as the page
 * refuses; {@code GET /api/evaluations/{id}/prior-year} gives the earlier year's inputs
 * and stored scores per leaf; both only for the caller's departments, and in the OpenAPI
 * document. On PostgreSQL.
 */
@PostgresIntegrationTest
class YearOverYearApiTests {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	static final Viewer ADMIN = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ScoreSnapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	long earlierId;

	@BeforeEach
	void luohu2024ImportedAsYear2023AndAFillerOfFutian() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef futian = users.department("FT-WJJ", "深圳市福田区卫生健康局");
		users.filler("zhangying", luohu);
		users.filler("futian", futian);
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		document.put("year", 2023);
		earlierId = evaluations
			.importDocument(json.readValue(SeedCases.json(document), EvaluationDocument.class), ADMIN, false)
			.evaluation()
			.id();
	}

	@Test
	void startsAYearFromTheEarlierOneAsThePageDoes() {
		MockHttpServletResponse created = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2024, "startFromEarlierYear": true}""");

		assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
		String location = created.getHeader("Location");
		assertThat(location).matches("/api/evaluations/\\d+");
		JsonNode evaluation = tree(created);
		assertThat(evaluation.get("departmentCode").asString()).isEqualTo("LH-WJJ");
		assertThat(evaluation.get("departmentName").asString()).isEqualTo("深圳市罗湖区卫生健康局");
		assertThat(evaluation.get("year").asInt()).isEqualTo(2024);
		assertThat(evaluation.get("status").asString()).isEqualTo("DRAFT");
		assertThat(evaluation.get("href").asString()).isEqualTo(location);
		long id = evaluation.get("id").asLong();
		// What the page copies: the report's texts and units by name, no leaf input, no
		// 个性指标 unless asked for.
		JsonNode copy = tree(get("zhangying", location));
		JsonNode before = tree(get("zhangying", "/api/evaluations/" + earlierId));
		assertThat(copy.get("texts")).isEqualTo(before.get("texts"));
		assertThat(copy.get("texts").get("functions").asString()).isNotBlank();
		assertThat(copy.get("units").findValuesAsString("name"))
			.containsExactlyElementsOf(before.get("units").findValuesAsString("name"));
		assertThat(copy.get("units").findValues("initialBudget")).isEmpty();
		assertThat(copy.has("indicators")).isFalse();
		assertThat(copy.has("customIndicators")).isFalse();
		assertThat(jdbc.queryForList("select action || ' ' || detail || ' ' || coalesce(field, '-') from audit_event"
				+ " where evaluation_id = ? and action like 'CREATED%'", String.class, id))
			.containsExactly("CREATED_FROM 2023 -");
		// No earlier year than the earliest.
		MockHttpServletResponse first = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2022, "startFromEarlierYear": true}""");
		assertThat(first.getStatus()).as(body(first)).isEqualTo(400);
		assertThat(messages(first))
			.containsExactly("“startFromEarlierYear”：深圳市罗湖区卫生健康局没有早于 2022 年度的自评，不能以上一年度的自评为基础；请取消勾选后新建空白自评");
	}

	@Test
	void customIndicatorsAndWeightsComeAlongOnRequest() {
		MockHttpServletResponse custom = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2024, "framework": "SZ-COMMON", "startFromEarlierYear": true,
				 "copyCustomIndicators": true}""");

		assertThat(custom.getStatus()).as(body(custom)).isEqualTo(201);
		JsonNode before = tree(get("zhangying", "/api/evaluations/" + earlierId));
		JsonNode copy = tree(get("zhangying", custom.getHeader("Location")));
		assertThat(copy.get("customIndicators")).isEqualTo(before.get("customIndicators"));
		assertThat(copy.get("customIndicators").toString()).contains("提升医疗卫生基础设施水平");
		assertThat(copy.has("indicators")).isFalse();
		JsonNode sheet = tree(get("zhangying", custom.getHeader("Location") + "/sheet"));
		assertThat(sheet.toString()).contains("提升医疗卫生基础设施水平", "深化干部人才队伍建设");
	}

	@Test
	void aStartIsRefusedAsThePageRefusesIt() {
		MockHttpServletResponse empty = post("zhangying", "/api/evaluations/start", "{}");
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(tree(empty).get("errors").findValuesAsString("field")).containsExactly("departmentCode", "year");
		assertThat(messages(empty)).containsExactly("请填写部门代码（departmentCode）", "请填写年度");

		MockHttpServletResponse customOnly = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2024, "copyCustomIndicators": true}""");
		assertThat(customOnly.getStatus()).isEqualTo(400);
		assertThat(tree(customOnly).get("errors").get(0).get("field").asString()).isEqualTo("copyCustomIndicators");
		assertThat(messages(customOnly))
			.containsExactly("“copyCustomIndicators”：勾选“同时复制个性指标与分值”时，须同时勾选“以本部门上一年度的自评为基础”");

		MockHttpServletResponse twice = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2023}""");
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(tree(twice).get("detail").asString()).isEqualTo("深圳市罗湖区卫生健康局 已有 2023 年度的自评，不能再新建");

		MockHttpServletResponse badYear = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 1999}""");
		assertThat(badYear.getStatus()).isEqualTo(400);
		assertThat(tree(badYear).get("errors").get(0).get("field").asString()).isEqualTo("year");

		MockHttpServletResponse unreadable = post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": "二〇二四"}""");
		assertThat(unreadable.getStatus()).isEqualTo(400);
		assertThat(messages(unreadable)).singleElement().asString().contains("year");

		assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(1);
	}

	@Test
	void onlyTheCallersOwnDepartmentsAreStartedOrRead() {
		// Another department's year: forbidden, nothing created.
		MockHttpServletResponse other = post("futian", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2024, "startFromEarlierYear": true}""");
		assertThat(other.getStatus()).isEqualTo(403);
		assertThat(tree(other).get("detail").asString()).isEqualTo("您无权操作该部门的自评");
		MockHttpServletResponse unknown = post("futian", "/api/evaluations/start", """
				{"departmentCode": "NOPE", "year": 2024}""");
		assertThat(unknown.getStatus()).isEqualTo(403);
		assertThat(tree(unknown).get("detail").asString()).isEqualTo("部门“NOPE”不存在");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(1);
		// Its own department has no earlier year to start from.
		MockHttpServletResponse none = post("futian", "/api/evaluations/start", """
				{"departmentCode": "FT-WJJ", "year": 2024, "startFromEarlierYear": true}""");
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(messages(none))
			.containsExactly("“startFromEarlierYear”：深圳市福田区卫生健康局没有早于 2024 年度的自评，不能以上一年度的自评为基础；请取消勾选后新建空白自评");

		long id = tree(post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2024, "startFromEarlierYear": true}""")).get("id").asLong();
		// Another department's last year: as its sheet, not found, no figure in the
		// answer.
		MockHttpServletResponse prior = get("futian", "/api/evaluations/" + id + "/prior-year");
		assertThat(prior.getStatus()).isEqualTo(404);
		assertThat(get("futian", "/api/evaluations/" + id + "/sheet").getStatus()).isEqualTo(404);
		assertThat(tree(prior).get("detail").asString()).isEqualTo("没有这个自评，或您无权查看");
		assertThat(body(prior)).doesNotContain("priorEvaluationId", "leaves", "inputs");
		assertThat(get("zhangying", "/api/evaluations/" + id + "/prior-year").getStatus()).isEqualTo(200);
	}

	@Test
	void thePriorYearGivesEachLeafsInputsAndStoredScoreInCodeOrder() {
		long id = tree(post("zhangying", "/api/evaluations/start", """
				{"departmentCode": "LH-WJJ", "year": 2024, "startFromEarlierYear": true}""")).get("id").asLong();

		MockHttpServletResponse response = get("zhangying", "/api/evaluations/" + id + "/prior-year");

		assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
		JsonNode prior = tree(response);
		assertThat(prior.get("evaluationId").asLong()).isEqualTo(id);
		assertThat(prior.get("priorEvaluationId").asLong()).isEqualTo(earlierId);
		assertThat(prior.get("year").asInt()).isEqualTo(2023);
		assertThat(prior.get("href").asString()).isEqualTo("/api/evaluations/" + earlierId);
		ScoreSnapshot snapshot = snapshots.of(earlierId).orElseThrow();
		List<String> codes = prior.get("leaves").findValuesAsString("code");
		assertThat(codes)
			.containsExactlyInAnyOrderElementsOf(snapshot.level(3).stream().map(ScoreSnapshot.Line::code).toList());
		List<String> ordered = new ArrayList<>(codes);
		ordered.sort(Indicator.CODE_ORDER);
		assertThat(codes).isEqualTo(ordered).startsWith("1.1.1").contains("3.3.5");
		JsonNode inputs = tree(get("zhangying", "/api/evaluations/" + earlierId)).get("indicators");
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode leaf : prior.get("leaves")) {
			String code = leaf.get("code").asString();
			BigDecimal stored = snapshot.level(3)
				.stream()
				.filter(line -> line.code().equals(code))
				.findFirst()
				.orElseThrow()
				.score();
			assertThat(leaf.get("score").decimalValue()).as(code).isEqualByComparingTo(stored);
			sum = sum.add(leaf.get("score").decimalValue());
			if (inputs.has(code)) {
				// The document's inputs of the leaf, less the evaluator's note (not an
				// input).
				ObjectNode typed = ((ObjectNode) inputs.get(code)).deepCopy();
				typed.remove("comment");
				assertThat(leaf.get("inputs").toString()).as(code).isEqualTo(typed.toString());
			}
		}
		// The published 罗湖 2024 (here as 2023): its leaves add up to 88.18.
		assertThat(sum).isEqualByComparingTo("88.18");
		assertThat(prior.get("leaves").findValues("inputs")).anySatisfy(node -> assertThat(node.isEmpty()).isFalse());

		// The first year has none.
		MockHttpServletResponse first = get("zhangying", "/api/evaluations/" + earlierId + "/prior-year");
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(tree(first).get("evaluationId").asLong()).isEqualTo(earlierId);
		assertThat(tree(first).get("priorEvaluationId").isNull()).isTrue();
		assertThat(tree(first).get("leaves").isEmpty()).isTrue();
	}

	@Test
	void bothOperationsAreInTheOpenApiDocument() {
		JsonNode paths = tree(get("zhangying", "/v3/api-docs")).get("paths");
		JsonNode start = paths.get("/api/evaluations/start").get("post");
		assertThat(start.get("summary").asString()).isEqualTo("新建年度自评（空白，或以本部门上一年度的自评为基础）");
		assertThat(start.get("responses").has("201")).isTrue();
		assertThat(start.toString()).contains("StartRequest", "EvaluationJson");
		assertThat(start.get("responses").get("409").get("description").asString()).isEqualTo("该部门已有这一年度的自评");
		JsonNode prior = paths.get("/api/evaluations/{id}/prior-year").get("get");
		assertThat(prior.get("summary").asString()).startsWith("上年数据");
		JsonNode schemas = tree(get("zhangying", "/v3/api-docs")).get("components").get("schemas");
		assertThat(schemas.get("StartRequest").get("properties").propertyNames()).contains("departmentCode", "year",
				"framework", "startFromEarlierYear", "copyCustomIndicators", "confirmFutureYear");
		assertThat(schemas.get("PriorYearJson").get("properties").propertyNames()).contains("year", "leaves");
		assertThat(schemas.get("PriorLeafJson").get("properties").get("score").get("description").asString())
			.isEqualTo("上年最终得分（调整后）；无得分时为 null");
	}

	private MockHttpServletResponse post(String who, String uri, String content) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic(who, who.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(content)
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String who, String uri) {
		return mvc.get()
			.uri(uri)
			.with(httpBasic(who, who.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD))
			.exchange()
			.getResponse();
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new AssertionError(ex);
		}
	}

	private static JsonNode tree(MockHttpServletResponse response) {
		return JSON.readTree(body(response));
	}

	private static List<String> messages(MockHttpServletResponse response) {
		return tree(response).get("errors").findValuesAsString("message");
	}

}
