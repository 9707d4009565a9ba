package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 一致性提示 printed in every export (issue 10, point 3): 表 1-1's 合计 is the sum of its rows
 * with the stated total noted under it, an override against the computed score, and the
 * framework's 一致性检查 (SZ-COMMON: 3.2.1's 四季度 progress against 表 1-1's 执行率, 2.1.2's amounts
 * against 表 1-1) in the 自评报告 (PDF, Word) and the 评分表 (PDF, Excel, and the report's
 * annex), read back with PDFBox and POI.
 */
@PostgresIntegrationTest
class ConsistencyNotesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The 罗湖 seed's own slip: 调增 43,298.95 stated, 571,010.03 − 527,711.12 = 43,298.91.
	 */
	static final String ADJUSTED_NOTE = "指标 2.1.2「财务合规性」的“调整、调剂资金累计金额”为 43,298.95，"
			+ "与表 1-1 的全年预算数合计减年初预算数合计所得 43,298.91 不一致（相差 0.04）";

	static final String UNITS_NOTE = "附注：表中决算数合计 500,333.68 万元为各单位数据相加之和；部门填报的决算数合计数为 500,333.67 万元，两者相差 0.01 万元。";

	static final String UNITS_WARNING = "表 1-1 各单位决算数相加为 500,333.68，与填报的合计数 500,333.67 不一致（相差 0.01）";

	static final String OVERRIDE_NOTE = "指标 3.2.1「预算执行率」：按填报数据计算 5.81 分，审核调整为 5.80 分，理由：按公开自评报告得分";

	static final String RATIO_NOTE = "指标 3.2.1「预算执行率」的“四季度累计支出进度”为 90.00%，"
			+ "与表 1-1 的决算数合计 ÷ 全年预算数合计（500,333.68 ÷ 571,010.03）所得 87.62% 不一致";

	static final String BUDGET_NOTE = "指标 2.1.2「财务合规性」的“部门预算总规模”为 520,000.00，"
			+ "与表 1-1 的年初预算数合计 527,711.12 不一致（相差 7,711.12）";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	ReportDownloads downloads;

	@BeforeEach
	void setUp() {
		users.reset();
		jdbc.update("delete from indicator_framework where code like 'TEST-CHECKS%'");
		downloads = new ReportDownloads(mvc);
	}

	@AfterEach
	void tearDown() {
		users.reset();
		jdbc.update("delete from indicator_framework where code like 'TEST-CHECKS%'");
	}

	@Test
	void theLuohuSeedPrintsTheRowSumWithTheStatedTotalNotedAndItsOwnSlipInEveryExport() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		String report = pdfText(
				downloads.download("/api/evaluations/" + id + "/report.pdf", "checks-luohu-report.pdf"));
		assertThat(report).contains(compact("合计 527,711.12 571,010.03 500,333.68 87.62%"), compact(UNITS_NOTE),
				compact("调整后预算数为 571,010.03 万元，实际支出 500,333.68 万元，预算执行率为 87.62%"), compact("审核提示（一致性检查）"),
				compact("1. " + UNITS_WARNING), compact("2. " + ADJUSTED_NOTE));
		// 表 1-1's note stands right under the table, before the sentences that follow it.
		assertThat(report.indexOf(compact(UNITS_NOTE)))
			.isGreaterThan(report.indexOf(compact("合计 527,711.12 571,010.03 500,333.68 87.62%")))
			.isLessThan(report.indexOf(compact("采购指标资金 13,966.91 万元")));

		String sheet = pdfText(downloads.download("/api/evaluations/" + id + "/sheet.pdf", "checks-luohu-sheet.pdf"));
		assertThat(sheet).contains(compact("审核提示（一致性检查）"), compact("1. " + UNITS_WARNING),
				compact("2. " + ADJUSTED_NOTE));
		assertThat(sheet.indexOf(compact(ADJUSTED_NOTE))).isGreaterThan(sheet.indexOf("评分等级"));

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
				downloads.download("/api/evaluations/" + id + "/report.docx", "checks-luohu-report.docx")))) {
			XWPFTable units = document.getTables().get(0);
			assertThat(ReportExportTests.rowTexts(units, units.getNumberOfRows() - 1)).containsExactly("合计",
					"527,711.12", "571,010.03", "500,333.68", "87.62%");
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains(UNITS_NOTE, "审核提示（一致性检查）", "1. " + UNITS_WARNING, "2. " + ADJUSTED_NOTE,
					"调整后预算数为 571,010.03 万元，实际支出 500,333.68 万元，预算执行率为 87.62%");
		}

		List<String> below = belowTheSheet(
				downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "checks-luohu-sheet.xlsx"));
		assertThat(below).contains("审核提示（一致性检查）", "1. " + UNITS_WARNING, "2. " + ADJUSTED_NOTE);
	}

	@Test
	void anOverrideAgainstTheComputedScoreIsNotedWithBothScoresAndTheReason() throws IOException {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("overrides")).putObject("3.2.1")
			.put("score", new BigDecimal("5.8"))
			.put("reason", "按公开自评报告得分");
		long id = downloads.importDocument(SeedCases.json(document));

		assertThat(pdfText(downloads.download("/api/evaluations/" + id + "/sheet.pdf", "checks-override-sheet.pdf")))
			.contains(compact(OVERRIDE_NOTE));
		assertThat(pdfText(downloads.download("/api/evaluations/" + id + "/report.pdf", "checks-override-report.pdf")))
			.contains(compact(OVERRIDE_NOTE));
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
				downloads.download("/api/evaluations/" + id + "/report.docx", "checks-override-report.docx")))) {
			assertThat(new XWPFWordExtractor(docx).getText()).contains("1. " + OVERRIDE_NOTE);
		}
		assertThat(belowTheSheet(
				downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "checks-override-sheet.xlsx")))
			.contains("1. " + OVERRIDE_NOTE);
	}

	@Test
	void figuresThatDisagreeBetweenSectionsAreNotedAndOnesThatAgreeAreNot() throws IOException {
		ObjectNode disagreeing = SeedCases.tree(SeedCases.LUOHU);
		disagreeing.put("year", 2023);
		indicator(disagreeing, "3.2.1").put("q4", new BigDecimal("90.00"));
		indicator(disagreeing, "2.1.2").put("budgetTotal", new BigDecimal("520000"));
		long id = downloads.importDocument(SeedCases.json(disagreeing));

		String sheet = pdfText(
				downloads.download("/api/evaluations/" + id + "/sheet.pdf", "checks-disagree-sheet.pdf"));
		assertThat(sheet).contains(compact(RATIO_NOTE), compact(BUDGET_NOTE), compact(ADJUSTED_NOTE));
		String report = pdfText(
				downloads.download("/api/evaluations/" + id + "/report.pdf", "checks-disagree-report.pdf"));
		assertThat(report).contains(compact(RATIO_NOTE), compact(BUDGET_NOTE));
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
				downloads.download("/api/evaluations/" + id + "/report.docx", "checks-disagree-report.docx")))) {
			assertThat(new XWPFWordExtractor(docx).getText()).contains(RATIO_NOTE, BUDGET_NOTE);
		}
		assertThat(String.join("\n",
				belowTheSheet(
						downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "checks-disagree-sheet.xlsx"))))
			.contains(RATIO_NOTE, BUDGET_NOTE);
		// The 评分表 page and the editor show them as they show every 一致性提示.
		assertThat(page("/evaluations/" + id + "/sheet")).contains(RATIO_NOTE, BUDGET_NOTE, UNITS_WARNING);
		assertThat(page("/evaluations/" + id)).contains(RATIO_NOTE, BUDGET_NOTE);

		ObjectNode agreeing = SeedCases.tree(SeedCases.LUOHU);
		agreeing.put("year", 2022);
		indicator(agreeing, "2.1.2").put("adjustedAmount", new BigDecimal("43298.91"));
		((ObjectNode) agreeing.get("totals")).put("finalAccounts", new BigDecimal("500333.68"));
		long consistent = downloads.importDocument(SeedCases.json(agreeing));

		assertThat(sheetJson(consistent).get("warnings")).isEmpty();
		String agreeingReport = pdfText(
				downloads.download("/api/evaluations/" + consistent + "/report.pdf", "checks-agree-report.pdf"));
		assertThat(agreeingReport).doesNotContain("审核提示", "附注：表中", "不一致")
			.contains(compact("合计 527,711.12 571,010.03 500,333.68 87.62%"));
		assertThat(
				pdfText(downloads.download("/api/evaluations/" + consistent + "/sheet.pdf", "checks-agree-sheet.pdf")))
			.doesNotContain("审核提示", "不一致");
		assertThat(belowTheSheet(
				downloads.download("/api/evaluations/" + consistent + "/sheet.xlsx", "checks-agree-sheet.xlsx")))
			.noneMatch(text -> text.contains("审核提示") || text.contains("不一致"));
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
				downloads.download("/api/evaluations/" + consistent + "/report.docx", "checks-agree-report.docx")))) {
			assertThat(new XWPFWordExtractor(docx).getText()).doesNotContain("审核提示", "附注：表中", "不一致");
		}
	}

	@Test
	void aFigureTwoLeavesTakeWithoutSharingItIsCheckedWhereTheFrameworkSaysSo() {
		ObjectNode framework = (ObjectNode) JSON.readTree(body(downloads.get("/api/frameworks/SZ-COMMON")));
		framework.put("code", "TEST-CHECKS-SAME");
		framework.remove("version");
		ObjectNode staff = (ObjectNode) leafNode(framework, "2.4.2").get("inputs").get("staffOnPayroll");
		staff.remove("sameAs");
		((ArrayNode) framework.get("checks")).addObject()
			.put("kind", "same")
			.put("indicator", "2.4.2")
			.put("input", "staffOnPayroll")
			.put("other", "2.4.1")
			.put("otherInput", "staffOnPayroll");
		assertThat(post("/api/frameworks", framework).getStatus()).isEqualTo(201);

		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("framework", "TEST-CHECKS-SAME");
		indicator(document, "2.4.2").put("staffOnPayroll", 1200);
		JsonNode sheet = JSON.readTree(body(post("/api/score", document)));
		assertThat(messages(sheet.get("warnings")))
			.contains("指标 2.4.2「编外人员控制率」的“在编人数（含工勤人员）”为 1200，与指标 2.4.1「财政供养人员控制率」的“在编人数（含工勤人员）” 1194 "
					+ "不一致：同一数据填报了两次，数值应相同");

		indicator(document, "2.4.2").put("staffOnPayroll", 1194);
		sheet = JSON.readTree(body(post("/api/score", document)));
		assertThat(sheet.get("warnings").findValuesAsString("code")).doesNotContain("checkSame");
	}

	@Test
	void aMalformedCheckIsRefusedOnImportNamingTheCheckAndWhatIsWrong() {
		ObjectNode framework = (ObjectNode) JSON.readTree(body(downloads.get("/api/frameworks/SZ-COMMON")));
		framework.put("code", "TEST-CHECKS-BAD");
		framework.remove("version");
		ArrayNode checks = (ArrayNode) framework.get("checks");
		checks.addObject()
			.put("kind", "ratio")
			.put("indicator", "3.2.1")
			.put("input", "q5")
			.put("numerator", "finalAccounts")
			.put("denominator", "budget");
		checks.addObject()
			.put("kind", "ratio")
			.put("indicator", "2.1.2")
			.put("input", "budgetTotal")
			.put("numerator", "finalAccounts")
			.put("denominator", "adjustedBudget");
		checks.addObject().put("kind", "sum").put("indicator", "2.1.2").put("input", "budgetTotal");
		checks.addObject()
			.put("kind", "total")
			.put("indicator", "9.9.9")
			.put("input", "x")
			.put("total", "finalAccounts");

		MockHttpServletResponse response = post("/api/frameworks", framework);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messages(JSON.readTree(body(response)).get("errors"))).containsExactlyInAnyOrder(
				"指标 3.2.1「预算执行率」的“一致性检查”：第 4 条：该指标没有填报项“q5”",
				"“一致性检查”：第 4 条：“budget”不是表 1-1 的合计数，应为 initialBudget、adjustedBudget、finalAccounts 之一",
				"指标 2.1.2「财务合规性」的“一致性检查”：第 5 条：比率检查的填报项“budgetTotal”须为百分数",
				"“一致性检查”：第 6 条：检查方式“sum”无法识别，应为 total、ratio、same 之一", "“一致性检查”：第 7 条：没有代码为“9.9.9”的三级指标");
		assertThat(downloads.get("/api/frameworks/TEST-CHECKS-BAD").getStatus()).isEqualTo(404);
	}

	private static ObjectNode indicator(ObjectNode document, String code) {
		return (ObjectNode) document.get("indicators").get(code);
	}

	private static JsonNode leafNode(JsonNode node, String code) {
		for (JsonNode child : node.get(node.has("indicators") ? "indicators" : "children")) {
			if (code.equals(child.get("code").asString())) {
				return child;
			}
			if (child.has("children")) {
				JsonNode found = leafNode(child, code);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> messages(JsonNode list) {
		List<String> messages = new ArrayList<>();
		list.forEach(item -> messages.add(item.get("message").asString()));
		return messages;
	}

	/** The texts in column A below the 评分等级 row of the 评分表 workbook. */
	private static List<String> belowTheSheet(byte[] xlsx) throws IOException {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			boolean below = false;
			for (Row row : workbook.getSheetAt(0)) {
				Cell first = row.getCell(0);
				String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
				if (below && !text.isEmpty()) {
					texts.add(text);
				}
				if ("评分等级".equals(text)) {
					below = true;
				}
			}
		}
		return texts;
	}

	private String page(String uri) {
		return body(mvc.get().uri(uri).with(user(accounts.loadUserByUsername("admin"))).exchange().getResponse());
	}

	private JsonNode sheetJson(long id) {
		return JSON.readTree(body(downloads.get("/api/evaluations/" + id + "/sheet")));
	}

	private MockHttpServletResponse post(String uri, ObjectNode document) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(document))
			.exchange()
			.getResponse();
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return compact(new PDFTextStripper().getText(document));
		}
	}

	private static String compact(String text) {
		return ReportExportTests.compact(text);
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
