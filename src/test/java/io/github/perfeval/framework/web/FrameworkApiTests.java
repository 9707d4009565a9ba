package io.github.perfeval.framework.web;

import io.github.perfeval.support.ShippedFrameworks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * 指标体系 through the JSON API on a real PostgreSQL: list, export, import (a new framework
 * or the next version), every refusal with its Chinese message and nothing stored, and
 * evaluations scored on a named version.
 */
@PostgresIntegrationTest
class FrameworkApiTests {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final RequestPostProcessor ADMIN = httpBasic("admin", TestUsers.ADMIN_PASSWORD);

	private static final RequestPostProcessor FILLER = httpBasic("fw-filler", TestUsers.PASSWORD);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	io.github.perfeval.account.UserAccounts accounts;

	@BeforeEach
	void onlyTheShippedFramework() {
		users.reset();
		removeImportedFrameworks();
		users.filler("fw-filler", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
	}

	@AfterEach
	void noFrameworkLeftForOtherTests() {
		users.reset();
		removeImportedFrameworks();
	}

	private void removeImportedFrameworks() {
		ShippedFrameworks.removeOthers(jdbc);
	}

	@Test
	void theListShowsEveryFrameworkWithItsVersionsAndHowManyEvaluationsUseThem() {
		assertThat(post("/api/evaluations", SeedCases.text(SeedCases.LUOHU), ADMIN).getStatus()).isEqualTo(201);

		MockHttpServletResponse response = get("/api/frameworks", FILLER);

		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode list = read(response);
		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("code").asString()).isEqualTo("NATIONAL-FORM");
		assertThat(list.get(0).get("name").asString()).isEqualTo("绩效自评表（部门整体支出）");
		JsonNode common = list.get(1);
		assertThat(common.get("code").asString()).isEqualTo("SZ-COMMON");
		assertThat(common.get("name").asString()).isEqualTo("深圳市部门整体支出绩效评价共性指标体系框架");
		assertThat(common.get("region").asString()).isEqualTo("深圳市");
		assertThat(common.get("latestVersion").asInt()).isEqualTo(1);
		assertThat(common.get("versions")).hasSize(1);
		JsonNode version = common.get("versions").get(0);
		assertThat(version.get("version").asInt()).isEqualTo(1);
		assertThat(version.get("evaluations").asLong()).isEqualTo(1);
		assertThat(version.get("storedAt").isNull()).isFalse();
	}

	@Test
	void theLatestVersionIsExportedInTheShapeOfTheShippedFile() {
		MockHttpServletResponse response = get("/api/frameworks/SZ-COMMON", FILLER);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(normalized(read(response))).isEqualTo(normalized(JSON.readTree(shipped())));
		assertThat(body(get("/api/frameworks/SZ-COMMON/versions/1", FILLER))).isEqualTo(body(response));
	}

	@Test
	void anExportImportedAsANewCodeScoresTheSeedToTheSameSheet() {
		ObjectNode copy = (ObjectNode) read(get("/api/frameworks/SZ-COMMON", ADMIN));
		copy.put("code", "SZ-COPY");
		copy.put("name", "深圳市共性指标体系（副本）");
		copy.remove("version");

		MockHttpServletResponse created = post("/api/frameworks", JSON.writeValueAsString(copy), ADMIN);

		assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
		assertThat(created.getHeader("Location")).isEqualTo("/api/frameworks/SZ-COPY/versions/1");
		JsonNode summary = read(created);
		assertThat(summary.get("code").asString()).isEqualTo("SZ-COPY");
		assertThat(summary.get("latestVersion").asInt()).isEqualTo(1);
		assertThat(summary.get("versions").get(0).get("evaluations").asLong()).isZero();

		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		JsonNode onCommon = read(post("/api/score", SeedCases.json(document), ADMIN));
		document.put("framework", "SZ-COPY");
		MockHttpServletResponse scored = post("/api/score", SeedCases.json(document), ADMIN);
		assertThat(scored.getStatus()).as(body(scored)).isEqualTo(200);
		JsonNode onCopy = read(scored);

		assertThat(onCopy.get("total").decimalValue()).isEqualByComparingTo("88.18");
		assertThat(onCopy.get("grade").asString()).isEqualTo("良");
		assertThat(onCopy.get("leaves")).isEqualTo(onCommon.get("leaves"));
		assertThat(onCopy.get("groups")).isEqualTo(onCommon.get("groups"));
		assertThat(finalScores(onCopy)).containsExactlyEntriesOf(luohuLeaves());

		JsonNode exported = read(get("/api/frameworks/SZ-COPY", FILLER));
		copy.put("version", 1);
		assertThat(normalized(exported)).isEqualTo(normalized(copy));
	}

	@Test
	void aNewVersionScoresNewEvaluationsAndLeavesTheOldOnesAsTheyWere() {
		MockHttpServletResponse imported = post("/api/evaluations", SeedCases.text(SeedCases.LUOHU), ADMIN);
		String oldSheet = body(get(imported.getHeader("Location") + "/sheet", ADMIN));

		MockHttpServletResponse created = post("/api/frameworks", JSON.writeValueAsString(secondVersion()), ADMIN);

		assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
		assertThat(created.getHeader("Location")).isEqualTo("/api/frameworks/SZ-COMMON/versions/2");
		JsonNode summary = read(created);
		assertThat(summary.get("latestVersion").asInt()).isEqualTo(2);
		assertThat(summary.get("versions")).hasSize(2);
		assertThat(summary.get("versions").get(0).get("evaluations").asLong()).isEqualTo(1);
		assertThat(leafWeight(read(get("/api/frameworks/SZ-COMMON", FILLER)), "1.1.2")).isEqualTo("4");
		assertThat(leafWeight(read(get("/api/frameworks/SZ-COMMON/versions/1", FILLER)), "1.1.2")).isEqualTo("5");

		// The evaluation scored on version 1 keeps it.
		assertThat(body(get(imported.getHeader("Location") + "/sheet", ADMIN))).isEqualTo(oldSheet);
		assertThat(read(get(imported.getHeader("Location"), ADMIN)).get("frameworkVersion").asInt()).isEqualTo(1);

		// A new document is scored on the latest, unless it names a version.
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("year", 2023);
		JsonNode latest = read(post("/api/score", SeedCases.json(document), ADMIN));
		assertThat(finalScores(latest)).containsEntry("1.1.2", "4.00").containsEntry("1.2.1", "4.00");
		document.put("frameworkVersion", 1);
		MockHttpServletResponse onFirst = post("/api/evaluations", SeedCases.json(document), ADMIN);
		assertThat(onFirst.getStatus()).as(body(onFirst)).isEqualTo(201);
		assertThat(finalScores(read(onFirst))).containsExactlyEntriesOf(luohuLeaves());
		assertThat(read(get(onFirst.getHeader("Location"), ADMIN)).get("frameworkVersion").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from evaluation e join indicator_framework f"
				+ " on f.id = e.framework_id where f.version = 1", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void anUnknownFrameworkVersionOfAnEvaluationDocumentIsRefusedOnItsField() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("frameworkVersion", 9);

		MockHttpServletResponse response = post("/api/evaluations", SeedCases.json(document), ADMIN);

		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode error = read(response).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("frameworkVersion");
		assertThat(error.get("message").asString()).isEqualTo("“指标体系版本”：指标体系“SZ-COMMON”没有第 9 版");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isZero();

		document.put("framework", "NO-SUCH");
		assertThat(body(post("/api/score", SeedCases.json(document), ADMIN))).contains("没有指标体系“NO-SUCH”");
	}

	@Test
	void aDocumentWithManyProblemsIsRefusedWithEveryOneAndNothingIsStored() {
		ObjectNode document = shippedTree();
		document.put("code", "BAD");
		document.remove("name");
		document.put("version", 3);
		ObjectNode group11 = group(document, "1.1");
		group11.put("weight", 11);
		ObjectNode leaf111 = leaf(document, "1.1.1");
		((ObjectNode) leaf111.get("rule").get(0)).put("kind", "lottery");
		ObjectNode leaf112 = leaf(document, "1.1.2");
		((ObjectNode) leaf112.get("rule").get(0)).remove("per");
		leaf(document, "1.2.1").put("code", "1.2.2");
		leaf(document, "2.1.1").remove("weight");
		leaf(document, "2.1.3").remove("rule");
		leaf(document, "2.2.1").put("name", "长".repeat(201));
		leaf(document, "2.3.2").remove("name");
		ObjectNode bands = (ObjectNode) leaf(document, "3.4.2").get("rule").get(0);
		bands.put("points", "六分");
		int before = frameworks();

		MockHttpServletResponse response = post("/api/frameworks", JSON.writeValueAsString(document), ADMIN);

		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode errors = read(response).get("errors");
		assertThat(messages(errors)).containsExactlyInAnyOrder("“指标体系名称”：必须填写", "“版本号”：应为 1（新版本号为该指标体系最新版本加 1），也可不填",
				"指标 1.1.1「预算编制合理性」的“评分方式”：第 1 部分的评分方式“lottery”不存在，应为以下之一：checklist、flag、deduction、ratio、"
						+ "bands、choice、excessDeduction、schedule、manual、judgment、veto、coefficient",
				"指标 1.1.2「预算编制规范性」的“评分方式”：第 1 部分（deduction）的参数“per”缺少或无效",
				"指标 1.2.2「绩效目标完整性」的“指标代码”：指标代码重复（「绩效指标明确性」也用了这个代码），每个指标的代码须唯一", "指标 2.1.1「政府采购执行情况」的“分值”：必须填写",
				"指标 2.1.3「预决算信息公开」的“评分方式”：必须填写", "指标 2.2.1「" + "长".repeat(201) + "」的“指标名称”：不能超过 200 个字",
				"指标 2.3.2「」的“指标名称”：必须填写", "指标 3.4.2「公众或服务对象满意度」的“评分方式”：第 1 部分（bands）的参数“points”缺少或无效",
				"指标 1.1「预算编制」的“分值”：分值 11.00 与下级指标分值之和 10.00 不一致");
		assertThat(error(errors, "1.2.2", "code")).isNotNull();
		assertThat(frameworks()).isEqualTo(before);
	}

	@Test
	void aFrameworkGradesByItsOwnScaleAndAScaleWithoutALowestGradeIsRefused() {
		ObjectNode document = shippedTree();
		document.put("code", "SZ-GRADES");
		tools.jackson.databind.node.ArrayNode grades = document.putArray("grades");
		grades.addObject().put("name", "优秀").put("min", 85);
		grades.addObject().put("name", "合格").put("min", 60);
		grades.addObject().put("name", "不合格").put("min", 0);
		assertThat(post("/api/frameworks", JSON.writeValueAsString(document), ADMIN).getStatus()).isEqualTo(201);

		ObjectNode luohu = SeedCases.tree(SeedCases.LUOHU);
		luohu.put("framework", "SZ-GRADES");
		JsonNode sheet = read(post("/api/score", SeedCases.json(luohu), ADMIN));
		assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("88.18");
		assertThat(sheet.get("grade").asString()).isEqualTo("优秀");

		ObjectNode refused = shippedTree();
		refused.put("code", "SZ-NO-LOWEST");
		tools.jackson.databind.node.ArrayNode wrong = refused.putArray("grades");
		wrong.addObject().put("name", "优").put("min", 90);
		wrong.addObject().put("name", "优").put("min", 60);
		JsonNode errors = read(post("/api/frameworks", JSON.writeValueAsString(refused), ADMIN)).get("errors");
		assertThat(messages(errors)).containsExactlyInAnyOrder("“评分等级”：等级“优”出现了两次", "“评分等级”：最低的等级应从 0 分起（如“差”：0）");
		assertThat(frameworks()).isEqualTo(2);
	}

	@Test
	void aNewEvaluationIsStartedOnTheFrameworkChosenOnTheFormOrElseTheDefault() throws Exception {
		ObjectNode copy = shippedTree();
		copy.put("code", "SZ-COPY");
		copy.put("name", "深圳市共性指标体系（副本）");
		copy.remove("version");
		assertThat(post("/api/frameworks", JSON.writeValueAsString(copy), ADMIN).getStatus()).isEqualTo(201);
		long department = jdbc.queryForObject("select id from department where code = 'LH-WJJ'", Long.class);
		var filler = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(accounts.loadUserByUsername("fw-filler"));

		String home = mvc.get()
			.uri("/")
			.with(filler)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("<label for=\"framework\">指标体系</label>", "深圳市共性指标体系（副本）（SZ-COPY 第 1 版）");
		assertThat(home.indexOf("SZ-COMMON 第 1 版")).isLessThan(home.indexOf("SZ-COPY 第 1 版"));

		assertThat(mvc.post()
			.uri("/evaluations")
			.with(filler)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "2023")
			.param("framework", "SZ-COPY")).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/evaluations")
			.with(filler)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "2022")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select e.year || ' ' || f.code from evaluation e join indicator_framework f"
				+ " on f.id = e.framework_id order by e.year", String.class))
			.containsExactly("2022 SZ-COMMON", "2023 SZ-COPY");

		assertThat(mvc.post()
			.uri("/evaluations")
			.with(filler)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "2021")
			.param("framework", "NOPE")).hasStatusOk().bodyText().contains("没有指标体系“NOPE”");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(2);
	}

	@Test
	void weightsThatDoNotAddUpTo100AreRefusedSayingByHowMuch() {
		ObjectNode document = shippedTree();
		document.put("code", "SZ-98");
		leaf(document, "3.3.1").put("weight", 23);

		JsonNode errors = read(post("/api/frameworks", JSON.writeValueAsString(document), ADMIN)).get("errors");

		assertThat(messages(errors)).containsExactly("各项指标分值合计 98.00，应为 100，相差 2.00");
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void aGroupWeightOtherThanItsChildrensSumAndALeafWeightOtherThanItsRulesAreRefused() {
		ObjectNode document = shippedTree();
		document.put("code", "SZ-GROUPS");
		group(document, "1").put("weight", 20);
		group(document, "1.2").put("weight", 9);
		ObjectNode leaf = leaf(document, "1.1.2");
		leaf.put("weight", 4);
		leaf(document, "1.2.1").put("weight", 4);

		JsonNode errors = read(post("/api/frameworks", JSON.writeValueAsString(document), ADMIN)).get("errors");

		assertThat(messages(errors)).containsExactlyInAnyOrder("指标 1.2「目标设置」的“分值”：分值 9.00 与下级指标分值之和 11.00 不一致",
				"指标 1.1.2「预算编制规范性」的“评分方式”：评分方式各部分满分合计 5.00，与分值 4.00 不一致",
				"指标 1.2.1「绩效目标完整性」的“评分方式”：评分方式各部分满分合计 3.00，与分值 4.00 不一致");
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void bandsAndOptionsAboveTheirPointsAndTooManyIndicatorsAreRefused() {
		ObjectNode document = shippedTree();
		document.put("code", "SZ-BANDS");
		((ObjectNode) leaf(document, "3.4.2").get("rule").get(0).get("bands").get(0)).put("points", 7);
		ArrayNode options = (ArrayNode) leaf(document, "2.1.3").get("rule").get(0).get("options");
		((ObjectNode) options.get(1)).put("value", options.get(0).get("value").asString());

		JsonNode errors = read(post("/api/frameworks", JSON.writeValueAsString(document), ADMIN)).get("errors");

		assertThat(messages(errors)).containsExactlyInAnyOrder(
				"指标 3.4.2「公众或服务对象满意度」的“评分方式”：第 1 部分（bands）的“bands.points”为 7.00，超过该部分满分 6.00",
				"指标 2.1.3「预决算信息公开」的“评分方式”：第 1 部分（choice）的参数“options.value”缺少或无效");

		ObjectNode large = shippedTree();
		large.put("code", "SZ-LARGE");
		ArrayNode children = (ArrayNode) group(large, "1.1").get("children");
		for (int i = 0; i < 500; i++) {
			children.addObject().put("code", "1.1.x" + i).put("name", "多余").put("weight", 0.01);
		}
		assertThat(messages(read(post("/api/frameworks", JSON.writeValueAsString(large), ADMIN)).get("errors")))
			.containsExactly("“指标”：指标（含各级）最多 500 个");
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void anUnreadableDocumentIsRefusedIn400NamingTheField() {
		MockHttpServletResponse notAFramework = post("/api/frameworks", "[1, 2]", ADMIN);
		MockHttpServletResponse wrongType = post("/api/frameworks",
				"{\"code\": \"X\", \"indicators\": [{\"code\": \"1\", \"weight\": \"五分\"}]}", ADMIN);

		assertThat(notAFramework.getStatus()).isEqualTo(400);
		assertThat(read(notAFramework).get("errors").get(0).get("message").asString()).startsWith("不是有效的指标体系 JSON 文档");
		assertThat(wrongType.getStatus()).isEqualTo(400);
		JsonNode error = read(wrongType).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("indicators[1].weight");
		assertThat(error.get("message").asString()).startsWith("“indicators[1].weight”的值无法识别");
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsImportAndNobodyAnonymously() {
		String copy = JSON.writeValueAsString(shippedTree().put("code", "SZ-NOT"));

		assertThat(post("/api/frameworks", copy, FILLER).getStatus()).isEqualTo(403);
		MockHttpServletResponse anonymous = mvc.post()
			.uri("/api/frameworks")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(copy)
			.exchange()
			.getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(body(anonymous)).contains("\"errors\"");
		assertThat(mvc.get().uri("/api/frameworks").exchange().getResponse().getStatus()).isEqualTo(401);
		assertThat(mvc.get().uri("/api/frameworks/SZ-COMMON").exchange().getResponse().getStatus()).isEqualTo(401);
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void unknownFrameworksAndVersionsAre404InTheErrorShape() {
		MockHttpServletResponse unknown = get("/api/frameworks/NO-SUCH", FILLER);
		MockHttpServletResponse version = get("/api/frameworks/SZ-COMMON/versions/7", FILLER);

		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(read(unknown).get("errors").get(0).get("message").asString()).isEqualTo("没有指标体系“NO-SUCH”");
		assertThat(read(unknown).get("errors").get(0).get("field").asString()).isEqualTo("code");
		assertThat(version.getStatus()).isEqualTo(404);
		assertThat(read(version).get("errors").get(0).get("message").asString()).isEqualTo("指标体系“SZ-COMMON”没有第 7 版");
	}

	/**
	 * SZ-COMMON with 1.1.2 worth 4 (its deduction too) and 1.2.1 worth 4: the same total.
	 */
	private ObjectNode secondVersion() {
		ObjectNode document = shippedTree();
		document.remove("version");
		ObjectNode leaf112 = leaf(document, "1.1.2");
		leaf112.put("weight", 4);
		((ObjectNode) leaf112.get("rule").get(0)).put("points", 4);
		ObjectNode leaf121 = leaf(document, "1.2.1");
		leaf121.put("weight", 4);
		((ObjectNode) leaf121.get("rule").get(0)).put("points", 4);
		return document;
	}

	@Test
	void reportSentencesWithAnUnknownPlaceASentenceOnAGroupAndPlaceholdersNamingNoInputAreRefused() {
		ObjectNode document = shippedTree();
		document.put("code", "SZ-SENTENCES");
		ArrayNode report = (ArrayNode) leaf(document, "2.1.1").get("report");
		((ObjectNode) report.get(0)).put("section", "summary");
		report.addObject().put("section", "analysis").put("text", "采购 {2.9.9:plannedAmount}，另 {noSuchInput}。");
		report.addObject().put("section", "analysis").put("text", "比率 {a/b/c}。");
		report.addObject().put("section", "problem").put("text", " ");
		group(document, "2.1").putArray("report").addObject().put("section", "problem").put("text", "资金管理。");

		JsonNode errors = read(post("/api/frameworks", JSON.writeValueAsString(document), ADMIN)).get("errors");

		assertThat(messages(errors)).containsExactlyInAnyOrder("指标 2.1「资金管理」的“自评报告语句”：有下级指标的指标不能有自评报告语句，语句写在三级指标上",
				"指标 2.1.1「政府采购执行情况」的“自评报告语句”：第 1 句的位置“summary”不存在，应为以下之一：execution、analysis、problem、measure",
				"指标 2.1.1「政府采购执行情况」的“自评报告语句”：第 4 句用到的填报项“2.9.9:plannedAmount”不存在",
				"指标 2.1.1「政府采购执行情况」的“自评报告语句”：第 4 句用到的填报项“noSuchInput”不存在",
				"指标 2.1.1「政府采购执行情况」的“自评报告语句”：第 5 句的占位符“{a/b/c}”无法识别：应为填报项名称、“指标代码:填报项名称”、“分子/分母”（可用 + 相加）或 year、unit、weight、score",
				"指标 2.1.1「政府采购执行情况」的“自评报告语句”：第 6 句没有内容（text）");
		assertThat(frameworks()).isEqualTo(1);
	}

	/** The stored frameworks, the shipped NATIONAL-FORM aside. */
	private int frameworks() {
		return jdbc.queryForObject("select count(*) from indicator_framework where code <> 'NATIONAL-FORM'",
				Integer.class);
	}

	private static String shipped() {
		try (InputStream in = FrameworkApiTests.class.getResourceAsStream("/frameworks/sz-common.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ObjectNode shippedTree() {
		return (ObjectNode) JSON.readTree(shipped());
	}

	private static ObjectNode group(JsonNode document, String code) {
		return find(document.get("indicators"), code);
	}

	private static ObjectNode leaf(JsonNode document, String code) {
		return find(document.get("indicators"), code);
	}

	private static ObjectNode find(JsonNode nodes, String code) {
		for (JsonNode node : nodes) {
			if (node.get("code").asString().equals(code)) {
				return (ObjectNode) node;
			}
			if (node.has("children")) {
				ObjectNode found = find(node.get("children"), code);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String leafWeight(JsonNode document, String code) {
		return leaf(document, code).get("weight").decimalValue().stripTrailingZeros().toPlainString();
	}

	private static List<String> messages(JsonNode errors) {
		List<String> messages = new ArrayList<>();
		errors.forEach(error -> messages.add(error.get("message").asString()));
		return messages;
	}

	private static String error(JsonNode errors, String indicator, String field) {
		for (JsonNode error : errors) {
			if (indicator.equals(error.get("indicator").asString()) && field.equals(error.get("field").asString())) {
				return error.get("message").asString();
			}
		}
		return null;
	}

	/**
	 * A JSON tree as maps and lists, every number a BigDecimal without trailing zeros.
	 */
	private static Object normalized(JsonNode node) {
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			node.properties().forEach(entry -> map.put(entry.getKey(), normalized(entry.getValue())));
			return map;
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach(element -> list.add(normalized(element)));
			return list;
		}
		if (node.isNumber()) {
			return new BigDecimal(node.decimalValue().stripTrailingZeros().toPlainString());
		}
		return node.isNull() ? null : node.asString();
	}

	private static Map<String, String> finalScores(JsonNode sheet) {
		Map<String, String> scores = new LinkedHashMap<>();
		sheet.get("leaves")
			.forEach(leaf -> scores.put(leaf.get("code").asString(), leaf.get("final").decimalValue().toPlainString()));
		return scores;
	}

	/** CASES.md: 罗湖 2024, leaf by leaf (as {@code EvaluationApiTests}). */
	private static Map<String, String> luohuLeaves() {
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

	private MockHttpServletResponse post(String uri, String json, RequestPostProcessor user) {
		return mvc.post()
			.uri(uri)
			.with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String uri, RequestPostProcessor user) {
		return mvc.get().uri(uri).with(user).exchange().getResponse();
	}

	private static JsonNode read(MockHttpServletResponse response) {
		return JSON.readTree(body(response));
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
