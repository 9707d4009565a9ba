package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import io.github.perfeval.support.NationalFormCase;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.github.perfeval.report.ReportExportTests.compact;
import static io.github.perfeval.report.ReportExportTests.rowTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An evaluation on the national 绩效自评表 (NATIONAL-FORM): the 评分表 PDF and Excel and the 自评报告
 * PDF and Word hold its rows (预算执行率 and the 年度绩效指标), their scores and the total, read
 * back with PDFBox and POI.
 */
@PostgresIntegrationTest
class NationalFormExportTests {

	/** Name and 得分 of each row, in the sheet's order ({@code NationalFormCase}). */
	static final List<String[]> ROWS = List.of(new String[] { "年度预算执行率", "9.78" }, new String[] { "门诊工作量", "14.92" },
			new String[] { "住院占床日", "10.00" }, new String[] { "百元医疗收入中消耗的卫生耗材", "9.75" },
			new String[] { "药占比（不含中药饮片）", "10.00" }, new String[] { "按时完成工作量", "5.00" },
			new String[] { "财政资金预算执行率", "5.00" }, new String[] { "收入增长百分比", "10.00" },
			new String[] { "为广大市民提供医疗服务", "10.00" }, new String[] { "患者满意度", "15.00" });

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	ReportDownloads downloads;

	long id;

	@BeforeEach
	void importTheNationalFormCase() {
		users.reset();
		downloads = new ReportDownloads(mvc);
		id = downloads.importDocument(SeedCases.json(NationalFormCase.complete()));
	}

	@Test
	void theSheetPdfHoldsTheGoalIndicatorRowsAndTheTotal() throws IOException {
		byte[] pdf = downloads.download("/api/evaluations/" + id + "/sheet.pdf", "national-sheet.pdf");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			ReportExportTests.assertEveryFontEmbedded(document);
			String text = compact(new PDFTextStripper().getText(document));
			for (String[] row : ROWS) {
				assertThat(text).contains(compact(row[0]), row[1]);
			}
			assertThat(text)
				.contains("预算执行情况", "产出指标", "效益指标", "满意度指标", "年度指标值：≥190万人次；实际完成值：189万人次", "偏差原因：疫情防控期间门诊量下降",
						"综合评分99.45", "评分等级优")
				.as("the 附注 are SZ-COMMON's, not this framework's")
				.doesNotContain("附注", "共性指标体系框架");
		}
	}

	@Test
	void theSheetWorkbookHasOneRowPerGoalIndicatorAndATotalFormula() throws IOException {
		byte[] xlsx = downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "national-sheet.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int first = SheetWorkbook.FIRST_LEAF_ROW;
			assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("预算执行情况");
			assertThat(sheet.getRow(first + 1).getCell(0).getStringCellValue()).isEqualTo("产出指标");
			assertThat(sheet.getRow(first + 1).getCell(2).getStringCellValue()).isEqualTo("数量");
			assertThat(sheet.getRow(first + 7).getCell(0).getStringCellValue()).isEqualTo("效益指标");
			for (int i = 0; i < ROWS.size(); i++) {
				assertThat(sheet.getRow(first + i).getCell(4).getStringCellValue()).isEqualTo(ROWS.get(i)[0]);
				Cell score = sheet.getRow(first + i).getCell(SheetWorkbook.SCORE_COLUMN);
				assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(score.getNumericCellValue()).isCloseTo(Double.parseDouble(ROWS.get(i)[1]), within(1e-9));
			}
			int totalRow = first + ROWS.size();
			Cell sum = sheet.getRow(totalRow).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(sum.getCellType()).isEqualTo(CellType.FORMULA);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(sum).getNumberValue()).isCloseTo(99.45, within(1e-9));
			Cell grade = sheet.getRow(totalRow + 1).getCell(SheetWorkbook.SCORE_COLUMN);
			assertThat(evaluator.evaluate(grade).getStringValue()).isEqualTo("优");
		}
	}

	@Test
	void theReportPdfAndWordHoldTheSheetOfGoalIndicators() throws IOException {
		byte[] pdf = downloads.download("/api/evaluations/" + id + "/report.pdf", "national-report.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = compact(new PDFTextStripper().getText(document));
			for (String[] row : ROWS) {
				assertThat(text).contains(compact(row[0]));
			}
			assertThat(text).contains("本次自评得分为99.45分", "预算执行率为97.83%", "综合评分99.45")
				.as("the introduction names the framework it was scored on")
				.contains(compact("按照《绩效自评表（部门整体支出）》"))
				.doesNotContain("共性指标体系框架");
		}

		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "national-report.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable sheet = document.getTables()
				.stream()
				.filter(table -> rowTexts(table, table.getNumberOfRows() - 2).contains("综合评分"))
				.findFirst()
				.orElseThrow();
			assertThat(rowTexts(sheet, sheet.getNumberOfRows() - 2)).containsExactly("综合评分", "99.45");
			assertThat(rowTexts(sheet, sheet.getNumberOfRows() - 1)).containsExactly("评分等级", "优");
			String table = ReportExportTests.tableText(sheet);
			for (String[] row : ROWS) {
				assertThat(table).contains(row[0], row[1]);
			}
			assertThat(new XWPFWordExtractor(document).getText()).contains("2021 年度部门整体支出绩效自评报告", "香港大学深圳医院");
		}
	}

}
