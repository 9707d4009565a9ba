package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.framework.FrameworkDocument;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A framework written in the tests ({@code framework-cases/rule-kinds.json}) with what
 * SZ-COMMON does not have: a band table of 100–80 / 80–50 / 50–0 %, three checkpoints 50
 * / 75 / 100 % instead of four quarters, a coefficient leaf and a leaf that may be 不适用.
 * Stored with {@link FrameworkCatalog#publish}, once per 不适用 policy, it scores a document
 * to the figures worked out by hand below, and the sheet's files show 不适用.
 */
@PostgresIntegrationTest
class RuleKindsFrameworkTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FrameworkCatalog catalog;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	ReportDownloads downloads;

	@BeforeEach
	void setUp() {
		users.reset();
		removeTestFrameworks();
		downloads = new ReportDownloads(mvc);
	}

	@AfterEach
	void tearDown() {
		users.reset();
		removeTestFrameworks();
	}

	private void removeTestFrameworks() {
		jdbc.update("delete from indicator_framework where code like 'TEST-RULES%'");
	}

	/*
	 * The document, by hand:
	 *
	 * 1.1.1 checkpoints 40 / 60 / 100 against 50 / 75 / 100: ratios 0.8, 0.8, 1; 5 × 2.6
	 * = 13, plus 5 × 2.6 ÷ 3 = 13/3; 13 + 13/3 = 52/3 = 17.333… → 17.33.
	 *
	 * 1.1.2 usage 80 %: the band 100–80 holds 80 → 10.
	 *
	 * 2.1.1 基本完成: 0.8 × 30 = 24.
	 *
	 * 2.1.2 不适用 (weight 3).
	 *
	 * 2.2.1 satisfaction 89.99: below 90 → 30.
	 *
	 * Scored leaves: 17.33 + 10 + 24 + 30 = 81.33.
	 *
	 * FULL: 81.33 + 3 = 84.33 → 优秀 (from 84).
	 *
	 * EXCLUDE: 81.33 × 100 ÷ 97 = 8133/97 = 83.8453… → 83.85 → 合格.
	 */
	private static final BigDecimal SCORED = new BigDecimal("81.33");

	@Test
	void fullGivesTheNotApplicableLeafItsWeight() {
		publish("TEST-RULES-FULL", "FULL");

		JsonNode sheet = score(document("TEST-RULES-FULL"));

		assertThat(leaf(sheet, "1.1.1").get("final").decimalValue()).isEqualTo("17.33");
		assertThat(leaf(sheet, "1.1.2").get("final").decimalValue()).isEqualTo("10.00");
		assertThat(leaf(sheet, "2.1.1").get("final").decimalValue()).isEqualTo("24.00");
		assertThat(leaf(sheet, "2.2.1").get("final").decimalValue()).isEqualTo("30.00");
		JsonNode notApplicable = leaf(sheet, "2.1.2");
		assertThat(notApplicable.get("notApplicable").asBoolean()).isTrue();
		assertThat(notApplicable.get("notApplicableReason").asString()).isEqualTo("本年度无上级督办事项");
		assertThat(notApplicable.get("final").decimalValue()).isEqualTo("3.00");
		assertThat(sheet.get("total").decimalValue()).isEqualTo(SCORED.add(new BigDecimal("3")));
		assertThat(sheet.get("total").decimalValue()).isEqualTo("84.33");
		assertThat(sheet.get("grade").asString()).isEqualTo("优秀");
		assertThat(sheet.has("rescale")).isFalse();
		assertThat(group(sheet, "2.1").get("score").decimalValue()).isEqualTo("27.00");
		assertThat(group(sheet, "2.1").get("maximum").decimalValue()).isEqualTo("33.00");
	}

	@Test
	void excludeLeavesItOutAndRescalesTheTotalTo100() {
		publish("TEST-RULES-EX", "EXCLUDE");

		JsonNode sheet = score(document("TEST-RULES-EX"));

		JsonNode notApplicable = leaf(sheet, "2.1.2");
		assertThat(notApplicable.get("notApplicable").asBoolean()).isTrue();
		assertThat(notApplicable.get("final").isNull()).isTrue();
		assertThat(sheet.get("rescale").get("scored").decimalValue()).isEqualTo("81.33");
		assertThat(sheet.get("rescale").get("maximum").decimalValue()).isEqualTo("97.00");
		// 8133 ÷ 97 exactly, rounded once: the test's own long division.
		BigInteger[] division = BigInteger.valueOf(8133_000).divideAndRemainder(BigInteger.valueOf(97));
		assertThat(division[0]).isEqualTo(BigInteger.valueOf(83845));
		assertThat(division[1].signum()).isPositive();
		assertThat(sheet.get("total").decimalValue()).isEqualTo("83.85");
		assertThat(sheet.get("total").decimalValue())
			.isEqualTo(new BigDecimal("83.845").setScale(2, RoundingMode.HALF_UP));
		assertThat(sheet.get("grade").asString()).isEqualTo("合格");
		assertThat(group(sheet, "2.1").get("score").decimalValue()).isEqualTo("24.00");
		assertThat(group(sheet, "2.1").get("maximum").decimalValue()).isEqualTo("30.00");
		assertThat(group(sheet, "2").get("score").decimalValue()).isEqualTo("54.00");
		assertThat(group(sheet, "2").get("maximum").decimalValue()).isEqualTo("67.00");
		assertThat(group(sheet, "1").get("maximum").decimalValue()).isEqualTo("30.00");
	}

	@Test
	void aLeafThatMayNotBeNotApplicableIsRefusedInChinese() {
		publish("TEST-RULES-EX", "EXCLUDE");
		ObjectNode document = document("TEST-RULES-EX");
		((ObjectNode) document.get("indicators").get("2.2.1")).put("notApplicable", true)
			.put("notApplicableReason", "未开展调查");
		((ObjectNode) document.get("indicators").get("2.1.2")).remove("notApplicableReason");

		MockHttpServletResponse response = post("/api/score", document);

		assertThat(response.getStatus()).isEqualTo(400);
		String body = body(response);
		assertThat(body).contains("指标 2.2.1「服务对象满意度」的“不适用”：该指标不能标为不适用")
			.contains("指标 2.1.2「专项督办事项办理」的“不适用理由”：标为不适用时须写明不适用的理由");

		// The reason is bounded like every free text of a leaf (perfeval.limits.comment).
		ObjectNode tooLong = document("TEST-RULES-EX");
		((ObjectNode) tooLong.get("indicators").get("2.1.2")).put("notApplicableReason", "无".repeat(5001));
		response = post("/api/score", tooLong);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(body(response)).contains("指标 2.1.2「专项督办事项办理」的“不适用理由”：不能超过 5000 个字");
	}

	@Test
	void theExportKeepsThePolicyAndWhichLeavesMayBeNotApplicable() throws IOException {
		publish("TEST-RULES-EX", "EXCLUDE");

		JsonNode exported = json.readTree(body(downloads.get("/api/frameworks/TEST-RULES-EX")));

		assertThat(exported.get("notApplicable").asString()).isEqualTo("EXCLUDE");
		assertThat(node(exported, "2.1.2").get("notApplicableAllowed").asBoolean()).isTrue();
		assertThat(node(exported, "2.2.1").has("notApplicableAllowed")).isFalse();
		assertThat(node(exported, "2.1.1").get("rule").get(0).get("kind").asString()).isEqualTo("coefficient");
		ObjectNode again = (ObjectNode) exported.deepCopy();
		again.put("code", "TEST-RULES-AGAIN");
		again.remove("version");
		catalog.publish(json.treeToValue(again, FrameworkDocument.class));
		JsonNode reexported = json.readTree(body(downloads.get("/api/frameworks/TEST-RULES-AGAIN")));
		((ObjectNode) reexported).put("code", "TEST-RULES-EX");
		assertThat(reexported).isEqualTo(exported);
		assertThat(score(document("TEST-RULES-AGAIN")).get("total").decimalValue()).isEqualTo("83.85");
	}

	@Test
	void theSheetFilesShowNotApplicableInTheScoreColumn() throws IOException {
		publish("TEST-RULES-EX", "EXCLUDE");
		long id = downloads.importDocument(json.writeValueAsString(document("TEST-RULES-EX")));

		byte[] xlsx = downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "rule-kinds-sheet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int first = SheetWorkbook.FIRST_LEAF_ROW;
			Cell notApplicable = sheet.getRow(first + 3).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(sheet.getRow(first + 3).getCell(4).getStringCellValue()).isEqualTo("专项督办事项办理");
			assertThat(notApplicable.getCellType()).isEqualTo(CellType.STRING);
			assertThat(notApplicable.getStringCellValue()).isEqualTo("不适用");
			assertThat(sheet.getRow(first + 3).getCell(9).getStringCellValue()).contains("不计入得分和满分", "本年度无上级督办事项");
			Cell total = sheet.getRow(first + 5).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(total).getNumberValue()).isCloseTo(83.85, within(1e-9));
			Cell grade = sheet.getRow(first + 6).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(evaluator.evaluate(grade).getStringValue()).isEqualTo("合格");
			// The 不适用 cell takes 不适用 or a score up to the leaf's 3 points; a score
			// makes the leaf count again.
			org.apache.poi.ss.usermodel.DataValidation validation = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
				.getDataValidations()
				.stream()
				.filter(found -> found.getRegions()
					.getCellRangeAddress(0)
					.isInRange(first + 3, SheetWorkbook.SCORE_COLUMN))
				.findFirst()
				.orElseThrow();
			assertThat(validation.getValidationConstraint().getFormula1()).contains("\"不适用\"", "<=3");
			assertThat(validation.getErrorBoxText()).isEqualTo("请填“不适用”，或 0 至 3 之间的分数（该指标参考分值 3 分）。");
			assertThat(notApplicable.getCellStyle().getLocked()).isFalse();
			notApplicable.setCellValue(3);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(84.33);
		}

		byte[] pdf = downloads.download("/api/evaluations/" + id + "/sheet.pdf", "rule-kinds-sheet.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("不适用，不计入得分和满分", "不适用理由：本年度无上级督办事项", "81.33/97", "综合评分83.85", "评分等级合格");
		}

		String page = body(mvc.get().uri("/evaluations/" + id + "/sheet").with(as("admin")).exchange().getResponse());
		assertThat(page).contains("不适用，不计入得分和满分", "不适用理由：本年度无上级督办事项", "81.33 / 97");
	}

	@Test
	void underExcludeTheReportGivesEachGroupTheMaximumLeftAfterItsNotApplicableLeaves() throws Exception {
		publish("TEST-RULES-EX", "EXCLUDE");
		long id = downloads.importDocument(json.writeValueAsString(document("TEST-RULES-EX")));

		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "rule-kinds-exclude-report.docx");

		try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx))) {
			String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
			// 2.1.2 (3 points) is 不适用: 产出与效益 has 67 of its 70 left.
			assertThat(text).containsPattern("投入与过程 [0-9.]+ 分（参考分值 30 分）")
				.containsPattern("产出与效益 [0-9.]+ 分（参考分值 67 分）")
				.contains("综合评分 83.85 分");
		}
	}

	@Test
	void theEditorOffersNotApplicableOnlyWhereTheFrameworkAllowsIt() {
		publish("TEST-RULES-EX", "EXCLUDE");
		users.filler("t-filler", users.department("T-RULES", "测试单位"));
		long id = downloads.importDocument(json.writeValueAsString(document("TEST-RULES-EX")));
		String editor = "/evaluations/" + id;

		String page = body(mvc.get().uri(editor).with(as("t-filler")).exchange().getResponse());

		// One 不适用 box (the other checkbox is 提交's confirmation of the empty sections).
		assertThat(page).containsOnlyOnce("name=\"na:");
		assertThat(page).containsPattern(
				"<input type=\"checkbox\" value=\"true\" id=\"na-i-2-1-2\" name=\"na:2.1.2\"\\s+checked=\"checked\">");
		assertThat(page).contains("name=\"nar:2.1.2\"", ">本年度无上级督办事项</textarea>");
		assertThat(page).doesNotContain("name=\"na:2.2.1\"", "name=\"na:1.1.1\"", "name=\"nar:2.2.1\"");
		// The coefficient leaf is a select of its options with the points each gives.
		assertThat(page).contains("<option value=\"MOSTLY\" selected=\"selected\">基本完成（24 分）</option>",
				"<option value=\"PARTLY\">部分完成（15 分）</option>");
		assertThat(page).contains("83.85");

		// Unticked, the leaf is scored on its items again: 81.33 + 2 = 83.33 of 100.
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version",
				String.valueOf(jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id)));
		form.add("in:1.1.1:mid", "40");
		form.add("in:1.1.1:q3", "60");
		form.add("in:1.1.1:end", "100");
		form.add("in:1.1.2:usageRate", "80");
		form.add("in:2.1.1:completion", "MOSTLY");
		form.add("in:2.1.2:items:0", "1");
		form.add("in:2.1.2:items:1", "1");
		form.add("in:2.1.2:items:2", "0");
		form.add("nar:2.1.2", "本年度无上级督办事项");
		form.add("in:2.2.1:satisfaction", "89.99");
		String fragment = body(mvc.post()
			.uri(editor + "/preview")
			.with(as("t-filler"))
			.with(csrf())
			.params(form)
			.exchange()
			.getResponse());
		assertThat(fragment).contains("83.33").doesNotContain("83.85");

		form.add("na:2.1.2", "true");
		fragment = body(mvc.post()
			.uri(editor + "/preview")
			.with(as("t-filler"))
			.with(csrf())
			.params(form)
			.exchange()
			.getResponse());
		assertThat(fragment).contains("83.85", "<span class=\"score not-applicable-score\">不适用</span>");
	}

	@Test
	void aBrokenCoefficientAndAnUnknownPolicyAreRefusedOnImportInChinese() throws IOException {
		ObjectNode document = testFramework("TEST-RULES-BAD");
		document.put("notApplicable", "HALF");
		tools.jackson.databind.node.ArrayNode options = (tools.jackson.databind.node.ArrayNode) node(document, "2.1.1")
			.get("rule")
			.get(0)
			.get("options");
		((ObjectNode) options.get(0)).put("coefficient", new BigDecimal("1.2"));
		((ObjectNode) options.get(2)).put("label", " ");
		((ObjectNode) options.get(3)).put("value", "MOSTLY");

		MockHttpServletResponse response = post("/api/frameworks", document);

		assertThat(response.getStatus()).isEqualTo(400);
		java.util.List<String> messages = new java.util.ArrayList<>();
		json.readTree(body(response)).get("errors").forEach(error -> messages.add(error.get("message").asString()));
		assertThat(messages).containsExactlyInAnyOrder(
				"“不适用指标的计分方式”：“HALF”无效，应为 FULL（不适用的指标得满分）或 EXCLUDE（不适用的指标不计入得分和分值，总分折算为百分制）",
				"指标 2.1.1「重点任务完成情况」的“评分方式”：第 1 部分（coefficient）选项“DONE”的系数 1.2 应在 0 至 1 之间",
				"指标 2.1.1「重点任务完成情况」的“评分方式”：第 1 部分（coefficient）的选项“PARTLY”没有名称（label）",
				"指标 2.1.1「重点任务完成情况」的“评分方式”：第 1 部分（coefficient）的选项值“MOSTLY”重复，每个选项的值须唯一");

		ObjectNode withoutPolicy = testFramework("TEST-RULES-BAD");
		withoutPolicy.remove("notApplicable");
		response = post("/api/frameworks", withoutPolicy);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(body(response))
			.contains("指标 2.1.2「专项督办事项办理」的“可否不适用”：有指标可以不适用，指标体系须写明不适用指标的计分方式（notApplicable：FULL 或 EXCLUDE）");
		assertThat(catalog.latest("TEST-RULES-BAD")).isEmpty();
	}

	@Test
	void theExcelTemplateOffersTheCoefficientOptionsWithTheirPoints() throws IOException {
		publish("TEST-RULES-EX", "EXCLUDE");
		users.filler("t-filler", users.department("T-RULES", "测试单位"));
		long id = downloads.importDocument(json.writeValueAsString(document("TEST-RULES-EX")));

		MockHttpServletResponse response = mvc.get()
			.uri("/evaluations/" + id + "/template.xlsx")
			.with(as("t-filler"))
			.exchange()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		StringBuilder cells = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			workbook.getSheetAt(0).forEach(row -> {
				row.forEach(cell -> cells.append(cell.toString()).append('|'));
				cells.append('\n');
			});
		}
		assertThat(cells.toString()).contains("完成（30 分）", "基本完成（24 分）", "部分完成（15 分）", "未完成（0 分）", "|基本完成|");
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private void publish(String code, String policy) {
		ObjectNode document = testFramework(code);
		document.put("notApplicable", policy);
		catalog.publish(json.treeToValue(document, FrameworkDocument.class));
	}

	private ObjectNode testFramework(String code) {
		try (InputStream in = getClass().getResourceAsStream("/framework-cases/rule-kinds.json")) {
			ObjectNode document = (ObjectNode) json.readTree(in);
			document.put("code", code);
			return document;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private ObjectNode document(String framework) {
		return (ObjectNode) json.readTree("""
				{
				  "department": { "code": "T-RULES", "name": "测试单位" },
				  "year": 2024,
				  "framework": "%s",
				  "indicators": {
				    "1.1.1": { "mid": 40, "q3": 60, "end": 100 },
				    "1.1.2": { "usageRate": 80 },
				    "2.1.1": { "completion": "MOSTLY" },
				    "2.1.2": { "notApplicable": true, "notApplicableReason": "本年度无上级督办事项" },
				    "2.2.1": { "satisfaction": 89.99 }
				  }
				}
				""".formatted(framework));
	}

	private JsonNode score(ObjectNode document) {
		MockHttpServletResponse response = post("/api/score", document);
		assertThat(response.getStatus()).as(body(response)).isEqualTo(200);
		return json.readTree(body(response));
	}

	private MockHttpServletResponse post(String uri, ObjectNode document) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(document))
			.exchange()
			.getResponse();
	}

	private static JsonNode leaf(JsonNode sheet, String code) {
		for (JsonNode leaf : sheet.get("leaves")) {
			if (leaf.get("code").asString().equals(code)) {
				return leaf;
			}
		}
		throw new AssertionError("No leaf " + code);
	}

	private static JsonNode group(JsonNode sheet, String code) {
		for (JsonNode group : sheet.get("groups")) {
			if (group.get("code").asString().equals(code)) {
				return group;
			}
		}
		throw new AssertionError("No group " + code);
	}

	private static JsonNode node(JsonNode framework, String code) {
		for (JsonNode level1 : framework.get("indicators")) {
			for (JsonNode level2 : level1.get("children")) {
				for (JsonNode leaf : level2.get("children")) {
					if (leaf.get("code").asString().equals(code)) {
						return leaf;
					}
				}
			}
		}
		throw new AssertionError("No indicator " + code);
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
