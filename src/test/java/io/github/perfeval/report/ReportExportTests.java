package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The four files of both seed evaluations, read back with PDFBox and POI. */
@PostgresIntegrationTest
class ReportExportTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	ReportDownloads downloads;

	@BeforeEach
	void emptyDatabase() {
		users.reset();
		downloads = new ReportDownloads(mvc);
	}

	@Test
	void luohuSheetPdfHoldsEveryLeafScoreTotalAndGradeInAnEmbeddedFont() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		sheetPdfHoldsTheSheet(id, "luohu-sheet.pdf", "88.18", "良", "深圳市罗湖区卫生健康局", "填表人：张莹");
	}

	@Test
	void hkuSheetPdfHoldsEveryLeafScoreTotalAndGradeInAnEmbeddedFont() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.HKU));

		sheetPdfHoldsTheSheet(id, "hku-sheet.pdf", "96.60", "优", "香港大学深圳医院", "填表人：王乐");
	}

	private void sheetPdfHoldsTheSheet(long id, String sample, String total, String grade, String department,
			String filledBy) throws IOException {
		byte[] pdf = downloads.download("/api/evaluations/" + id + "/sheet.pdf", sample);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			// 25 or 29 rows of 指标说明 and 参考评分标准 on A4 landscape, 二级 groups never split: 6
			// or 7 pages (looked at).
			assertThat(document.getNumberOfPages()).isBetween(5, 8);
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
			assertEveryFontEmbedded(document);
			String text = compact(new PDFTextStripper().getText(document));
			for (Map.Entry<String, String> leaf : leaves(id).entrySet()) {
				assertThat(text).contains(compact(leaf.getKey()));
			}
			for (String score : finalScores(id)) {
				assertThat(text).contains(score);
			}
			assertThat(text).contains("综合评分" + total, "评分等级" + grade, department, filledBy)
				.contains(compact("附注：1.《部门整体支出绩效评价共性指标体系框架》的适用对象是部门和单位；"), compact("2.各项指标的分值是参考分值"))
				.doesNotContain("#");
		}
	}

	@Test
	void sheetWorkbookHasMergedGroupsNumericScoresAndATotalFormula() throws IOException {
		workbookTotals(downloads.importDocument(SeedCases.text(SeedCases.LUOHU)), "luohu-sheet.xlsx", 88.18, "良");
		workbookTotals(downloads.importDocument(SeedCases.text(SeedCases.HKU)), "hku-sheet.xlsx", 96.60, "优");
	}

	private void workbookTotals(long id, String sample, double total, String grade) throws IOException {
		byte[] xlsx = downloads.download("/api/evaluations/" + id + "/sheet.xlsx", sample);
		List<String> scores = finalScores(id);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int first = SheetWorkbook.FIRST_LEAF_ROW;
			int totalRow = first + scores.size();
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(2, 2, 0, 5),
					new CellRangeAddress(first, first + 3, 0, 0), new CellRangeAddress(first, first + 1, 2, 2),
					new CellRangeAddress(totalRow, totalRow, 0, 7));
			assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("部门决策");
			for (int i = 0; i < scores.size(); i++) {
				Cell score = sheet.getRow(first + i).getCell(SheetWorkbook.SCORE_COLUMN);
				assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(score.getNumericCellValue()).isCloseTo(Double.parseDouble(scores.get(i)), within(1e-9));
				assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			}
			Cell sum = sheet.getRow(totalRow).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(sum.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(sum.getCellFormula()).isEqualTo("ROUND(SUM(I6:I" + totalRow + "),2)");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(sum).getNumberValue()).isCloseTo(total, within(1e-9));
			Cell gradeCell = sheet.getRow(totalRow + 1).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(evaluator.evaluate(gradeCell).getStringValue()).isEqualTo(grade);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:5"));

			// A reviewer's edit in Excel recomputes the total.
			sheet.getRow(first).getCell(SheetWorkbook.SCORE_COLUMN).setCellValue(0);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(sum).getNumberValue()).isCloseTo(total - Double.parseDouble(scores.get(0)),
					within(1e-9));
		}
	}

	@Test
	void luohuReportDocxHasTheChaptersTable1_1AndTheAnnex() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "luohu-report.docx");

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(headings(document, "Heading1")).containsExactly("一、部门基本情况", "二、部门主要履职绩效分析", "三、总体评价和整改措施",
					"附件　部门整体支出绩效评分表");
			assertThat(headings(document, "Heading2")).contains("（一）部门主要职能", "（四）2024 年部门预算执行情况",
					"（二）部门整体支出绩效存在问题及改进措施");
			assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isZero();
			XWPFTable units = document.getTables().get(0);
			assertThat(rowTexts(units, 0)).containsExactly("序号", "单位名称", "年初预算数", "全年预算数", "决算数", "执行率");
			assertThat(rowTexts(units, 1)).containsExactly("1", "深圳市罗湖区卫生健康局（本级）", "39,775.46", "39,643.76",
					"38,768.35", "97.79%");
			assertThat(rowTexts(units, units.getNumberOfRows() - 1)).containsExactly("合计", "527,711.12", "571,010.03",
					"500,333.68", "87.62%");
			XWPFTable sheet = document.getTables().get(1);
			assertThat(sheet.getRow(0).isRepeatHeader()).isTrue();
			assertThat(tableText(sheet)).as("a 个性指标 is marked under its name").contains("提升医疗卫生基础设施水平个性指标");
			assertThat(rowTexts(sheet, sheet.getNumberOfRows() - 2)).containsExactly("综合评分", "88.18");
			assertThat(rowTexts(sheet, sheet.getNumberOfRows() - 1)).containsExactly("评分等级", "良");
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("2024 年度部门整体支出绩效自评报告", "填报人：张莹", "单位负责人：孔舒", "联系电话：0755-88161338",
					"调整后预算数为 571,010.03 万元，实际支出 500,333.68 万元，预算执行率为 87.62%",
					"采购指标资金 13,966.91 万元，实际支出 3,418.63 万元，采购执行率 24.48%", "2. 政府采购执行情况", "根据评分标准，该指标总分 2 分，实际得分 0.49 分",
					"存在问题：评分项中，“绩效指标具有清晰、可衡量的指标值”（1 分）得 0 分，“绩效指标包含可量化的指标”（1 分）得 0 分。根据评分标准，该指标总分 7 分，实际得分 5 分。")
				.as("an evaluator's comment is not printed as the department's problem")
				.doesNotContain("“保障妇女儿童健康”指标值为“有效”，未能量化", "（待补充）");
		}
	}

	@Test
	void hkuReportDocxHasTheGoalReportAnnex() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.HKU));

		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "hku-report.docx");

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(headings(document, "Heading1")).containsExactly("一、部门基本情况", "二、部门主要履职绩效分析", "三、总体评价和整改措施",
					"附件 1　部门整体支出绩效评分表", "附件 2　部门（单位）整体支出绩效目标完成情况自评表");
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(2);
			XWPFTable goals = tables.get(1);
			String all = tableText(goals);
			assertThat(all).contains("香港大学深圳医院", "2021", "预算数（元）", "其中：财政拨款", "三名专项", "19,188,493.50",
					"1,216,069,105.44", "220,000,000.00", "金额合计", "2,724,620,434.81", "410,541,078.52",
					"完成总门诊工作量 195.69 万人次", "完成总门诊工作量 189 万人次", "患者满意度", "≥90%", "95.1%");
			// The two missed targets (门诊工作量 189 of ≥ 190, 卫生耗材 23.6 of ≤ 23 %) are
			// marked, and the
			// 偏差原因 column is there for their reasons though the seed gives none.
			assertThat(all).contains("偏差原因", "189万人次（未完成目标值）").containsPattern("23\\.6%?（未完成目标值）");
			assertThat(all.split("（未完成目标值）", -1)).hasSize(3);
			assertThat(rowTexts(tables.get(0), tables.get(0).getNumberOfRows() - 2)).containsExactly("综合评分", "96.60");
		}
	}

	@Test
	void reportPdfHasCoverContentsChaptersFiguresAndAnnexes() throws IOException {
		long luohu = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));
		long hku = downloads.importDocument(SeedCases.text(SeedCases.HKU));

		byte[] luohuPdf = downloads.download("/api/evaluations/" + luohu + "/report.pdf", "luohu-report.pdf");
		byte[] hkuPdf = downloads.download("/api/evaluations/" + hku + "/report.pdf", "hku-report.pdf");

		try (PDDocument document = Loader.loadPDF(luohuPdf)) {
			assertEveryFontEmbedded(document);
			String cover = new PDFTextStripper() {
				{
					setEndPage(1);
				}
			}.getText(document);
			assertThat(compact(cover)).contains("2024年度部门整体支出绩效自评报告", "深圳市罗湖区卫生健康局", "张莹", "孔舒", "0755-88161338");
			String text = compact(new PDFTextStripper().getText(document));
			assertThat(text)
				.contains("目录", "一、部门基本情况", "二、部门主要履职绩效分析", "三、总体评价和整改措施",
						compact("调整后预算数为 571,010.03 万元，实际支出 500,333.68 万元，预算执行率为 87.62%"),
						compact("采购指标资金 13,966.91 万元，实际支出 3,418.63 万元，采购执行率 24.48%"), "表1-1各单位预算执行情况表",
						compact("合计 527,711.12 571,010.03 500,333.68 87.62%"), compact("根据评分标准，该指标总分 2 分，实际得分 0.49 分"),
						"附件部门整体支出绩效评分表", "综合评分88.18")
				.doesNotContain("#");
		}
		try (PDDocument document = Loader.loadPDF(hkuPdf)) {
			assertEveryFontEmbedded(document);
			String text = compact(new PDFTextStripper().getText(document));
			assertThat(text).contains("附件2部门（单位）整体支出绩效目标完成情况自评表", "2,724,620,434.81", "金额合计", "患者满意度", "≥90%",
					"189万人次（未完成目标值）", "综合评分96.60");
		}
	}

	@Test
	void downloadsAreAttachmentsWithTheirChineseNamesAndContentTypes() {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));
		String[][] files = { { "sheet.pdf", "评分表.pdf", "application/pdf" },
				{ "sheet.xlsx", "评分表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
				{ "report.pdf", "自评报告.pdf", "application/pdf" }, { "report.docx", "自评报告.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document" } };

		for (String[] file : files) {
			MockHttpServletResponse response = downloads.get("/api/evaluations/" + id + "/" + file[0]);

			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo(file[2]);
			String encoded = URLEncoder.encode("深圳市罗湖区卫生健康局-2024-" + file[1], StandardCharsets.UTF_8);
			assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
				.contains("filename*=UTF-8''" + encoded);
		}
	}

	@Test
	void anotherDepartmentsFillerGets404AndTheDepartmentsOwnFillerTheFiles() {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("luohu-filler", luohu);

		for (String file : new String[] { "sheet.pdf", "sheet.xlsx", "report.pdf", "report.docx" }) {
			assertThat(mvc.get()
				.uri("/api/evaluations/" + id + "/" + file)
				.with(httpBasic("hku-filler", TestUsers.PASSWORD))).hasStatus(404);
			assertThat(mvc.get()
				.uri("/api/evaluations/" + id + "/" + file)
				.with(httpBasic("luohu-filler", TestUsers.PASSWORD))).hasStatus(200);
		}
		assertThat(
				mvc.get().uri("/api/evaluations/999999/sheet.pdf").with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)))
			.hasStatus(404);
		assertThat(mvc.get().uri("/evaluations/" + id + "/sheet").with(user(accounts.loadUserByUsername("hku-filler"))))
			.hasStatus(404);
		assertThat(
				mvc.get().uri("/evaluations/" + id + "/sheet").with(user(accounts.loadUserByUsername("luohu-filler"))))
			.hasStatusOk();
	}

	@Test
	void sheetPageShowsTheOfficialLayoutOverridesWarningsAndDownloads() {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		assertThat(mvc.get().uri("/evaluations/" + id + "/sheet").with(user(accounts.loadUserByUsername("admin"))))
			.hasStatusOk()
			.bodyText()
			.contains("<th colspan=\"6\">评价指标</th>", "<td rowspan=\"4\" class=\"group\">部门决策</td>",
					"<td rowspan=\"2\" class=\"group\">预算编制</td>", "政府采购执行情况", "0.49", "综合评分", "88.18", "评分等级", "良",
					"未按填报数据计算", "调整理由：未开展满意度调查，参考信访反馈的普遍性问题评定", "一致性提示", "表 1-1 各单位决算数相加为 500,333.68", "填表人：张莹",
					"/api/evaluations/" + id + "/sheet.pdf", "/api/evaluations/" + id + "/sheet.xlsx",
					"/api/evaluations/" + id + "/report.pdf", "/api/evaluations/" + id + "/report.docx");
	}

	static void assertEveryFontEmbedded(PDDocument document) throws IOException {
		int fonts = 0;
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				fonts++;
			}
		}
		assertThat(fonts).isPositive();
	}

	/** Text without any whitespace: table cells wrap names and sentences across lines. */
	static String compact(String text) {
		return text.replaceAll("[\\s\\u3000]+", "");
	}

	/** Leaf name → final score, from the JSON sheet. */
	private Map<String, String> leaves(long id) {
		Map<String, String> leaves = new LinkedHashMap<>();
		for (JsonNode leaf : sheetJson(id).get("leaves")) {
			leaves.put(leaf.get("name").asString(), leaf.get("final").decimalValue().toPlainString());
		}
		return leaves;
	}

	private List<String> finalScores(long id) {
		List<String> scores = new ArrayList<>();
		sheetJson(id).get("leaves")
			.forEach(leaf -> scores.add(new BigDecimal(leaf.get("final").asString()).setScale(2).toPlainString()));
		return scores;
	}

	private JsonNode sheetJson(long id) {
		MockHttpServletResponse response = downloads.get("/api/evaluations/" + id + "/sheet");
		return JSON.readTree(response.getContentAsByteArray());
	}

	static List<String> headings(XWPFDocument document, String style) {
		return document.getParagraphs()
			.stream()
			.filter(paragraph -> style.equals(paragraph.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
	}

	static List<String> rowTexts(XWPFTable table, int row) {
		List<String> texts = new ArrayList<>();
		table.getRow(row).getTableCells().forEach(cell -> {
			if (!cell.getText().isBlank()) {
				texts.add(cell.getText());
			}
		});
		return texts;
	}

	static String tableText(XWPFTable table) {
		StringBuilder text = new StringBuilder();
		for (int r = 0; r < table.getNumberOfRows(); r++) {
			table.getRow(r).getTableCells().forEach(cell -> text.append(cell.getText()).append('\n'));
		}
		return text.toString();
	}

}
