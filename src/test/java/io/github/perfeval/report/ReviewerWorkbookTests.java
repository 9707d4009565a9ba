package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.support.NationalFormCase;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The 评分表 .xlsx as a reviewer works in it, read back with POI for 罗湖 and 港大深圳医院 on
 * SZ-COMMON and the NATIONAL-FORM case: validated score cells, a protected sheet, total
 * and grade formulas that give the stored figures and follow an edit, and a readable
 * print layout.
 */
@PostgresIntegrationTest
class ReviewerWorkbookTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	ReportDownloads downloads;

	@BeforeEach
	void emptyDatabase() {
		users.reset();
		downloads = new ReportDownloads(mvc);
	}

	@Test
	void luohuWorkbook() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		Stored stored = reviewerWorkbook(id, "luohu-sheet.xlsx", "88.18", "良");
		try (XSSFWorkbook workbook = workbook(id)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			// The thresholds are SZ-COMMON's (优 ≥ 90, 良 ≥ 80, 中 ≥ 60): 2 points more
			// make 90.18 优, 9 fewer 79.18 中.
			int lossRow = stored.rowLosingAtLeast(new BigDecimal("2"));
			scoreCell(sheet, lossRow).setCellValue(stored.scores.get(lossRow).add(new BigDecimal("2")).doubleValue());
			assertTotalAndGrade(sheet, evaluator, stored.scores.size(), 90.18, "优");
			scoreCell(sheet, lossRow).setCellValue(stored.scores.get(lossRow).doubleValue());
			lower(sheet, stored, new BigDecimal("8.18"));
			assertTotalAndGrade(sheet, evaluator, stored.scores.size(), 80.00, "良");
			lower(sheet, stored, new BigDecimal("8.19"));
			assertTotalAndGrade(sheet, evaluator, stored.scores.size(), 79.99, "中");
			scoreCell(sheet, 0).setBlank();
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(gradeCell(sheet, stored.scores.size())).getStringValue()).isEqualTo("待定");
		}
	}

	@Test
	void hkuWorkbook() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.HKU));

		reviewerWorkbook(id, "hku-sheet.xlsx", "96.60", "优");
	}

	@Test
	void nationalFormWorkbook() throws IOException {
		long id = downloads.importDocument(SeedCases.json(NationalFormCase.complete()));

		Stored stored = reviewerWorkbook(id, "national-sheet.xlsx", "99.45", "优");
		try (XSSFWorkbook workbook = workbook(id)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			for (int i = 0; i < stored.scores.size(); i++) {
				scoreCell(sheet, i).setCellValue(0);
			}
			assertTotalAndGrade(sheet, evaluator, stored.scores.size(), 0, stored.lowestGrade());
		}
	}

	private Stored reviewerWorkbook(long id, String sample, String total, String grade) throws IOException {
		JsonNode json = ReportExportTests.JSON
			.readTree(downloads.get("/api/evaluations/" + id + "/sheet").getContentAsByteArray());
		assertThat(json.get("total").decimalValue()).isEqualByComparingTo(total);
		assertThat(json.get("grade").asString()).isEqualTo(grade);
		Stored stored = new Stored(json);
		byte[] xlsx = downloads.download("/api/evaluations/" + id + "/sheet.xlsx", sample);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int leaves = stored.scores.size();
			assertThat(sheet.getDataValidations()).hasSize(leaves);
			for (int i = 0; i < leaves; i++) {
				int r = SheetWorkbook.FIRST_LEAF_ROW + i;
				DataValidation validation = validation(sheet, r);
				DataValidationConstraint constraint = validation.getValidationConstraint();
				assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
				assertThat(constraint.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
				assertThat(constraint.getFormula1()).isEqualTo("0");
				assertThat(new BigDecimal(constraint.getFormula2())).isEqualByComparingTo(stored.weights.get(i));
				assertThat(validation.getShowErrorBox()).isTrue();
				assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
				assertThat(validation.getErrorBoxText()).isEqualTo("分数须为 0 至 " + Numbers.weight(stored.weights.get(i))
						+ " 之间的数（该指标参考分值 " + Numbers.weight(stored.weights.get(i)) + " 分）。");
				assertThat(scoreCell(sheet, i).getCellStyle().getLocked()).as("score cell %d", i).isFalse();
				for (int c : new int[] { 0, 1, 4, 5, 6, 7, 9 }) {
					assertThat(sheet.getRow(r).getCell(c).getCellStyle().getLocked()).as("label %d/%d", r, c).isTrue();
				}
				assertThat(sheet.getRow(r).getCell(6).getCellStyle().getWrapText()).isTrue();
				assertThat(sheet.getRow(r).getCell(7).getCellStyle().getWrapText()).isTrue();
			}
			assertThat(sheet.isSheetLocked()).isTrue();
			assertThat(sheet.isFormatColumnsLocked()).isFalse();
			assertThat(sheet.isFormatRowsLocked()).isFalse();
			assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getLocked()).isTrue();

			// Cached values as written, for viewers that do not recalculate.
			Cell sum = totalCell(sheet, leaves);
			Cell gradeCell = gradeCell(sheet, leaves);
			assertThat(sum.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(gradeCell.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(sum.getCellStyle().getLocked()).isTrue();
			assertThat(gradeCell.getCellStyle().getLocked()).isTrue();
			assertThat(BigDecimal.valueOf(sum.getNumericCellValue())).isEqualByComparingTo(total);
			assertThat(gradeCell.getStringCellValue()).isEqualTo(grade);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			evaluator.clearAllCachedResultValues();
			assertTotalAndGrade(sheet, evaluator, leaves, Double.parseDouble(total), grade);
			for (int i = 0; i < leaves; i++) {
				scoreCell(sheet, i).setCellValue(stored.weights.get(i).doubleValue());
			}
			assertTotalAndGrade(sheet, evaluator, leaves, 100, stored.topGrade());

			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:5"));
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
			// The fit-to-width scale from the workbook's own column widths (7 px = 5.25
			// pt
			// per character of Calibri 11) and margins: 9-point text prints at ≥ 6.3
			// points.
			double width = 0;
			for (int c = 0; c < 10; c++) {
				width += sheet.getColumnWidthInPixels(c) * 0.75;
			}
			double printable = 841.89
					- (sheet.getMargin(XSSFSheet.LeftMargin) + sheet.getMargin(XSSFSheet.RightMargin)) * 72;
			assertThat(printable / width).isGreaterThanOrEqualTo(0.70)
				.isCloseTo(SheetPrintLayout.scale(), within(0.01));

			// Each page starts with its 一级 and 二级 labels, and the last page holds more
			// than the totals.
			for (int rowBreak : sheet.getRowBreaks()) {
				int first = rowBreak + 1;
				assertThat(first).isBetween(SheetWorkbook.FIRST_LEAF_ROW + 1,
						SheetWorkbook.FIRST_LEAF_ROW + leaves - 1);
				int leaf = first - SheetWorkbook.FIRST_LEAF_ROW;
				assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).startsWith(stored.level1.get(leaf));
				assertThat(sheet.getRow(first).getCell(2).getStringCellValue()).startsWith(stored.level2.get(leaf));
				assertThat(sheet.getMergedRegions())
					.noneMatch(region -> region.getFirstRow() <= rowBreak && region.getLastRow() > rowBreak);
			}
		}
		return stored;
	}

	private XSSFWorkbook workbook(long id) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(
				downloads.get("/api/evaluations/" + id + "/sheet.xlsx").getContentAsByteArray()));
	}

	private static void assertTotalAndGrade(XSSFSheet sheet, FormulaEvaluator evaluator, int leaves, double total,
			String grade) {
		evaluator.clearAllCachedResultValues();
		assertThat(evaluator.evaluate(totalCell(sheet, leaves)).getNumberValue()).isEqualTo(total);
		assertThat(evaluator.evaluate(gradeCell(sheet, leaves)).getStringValue()).isEqualTo(grade);
	}

	/** Writes the stored scores less {@code points}, taken from the first leaves. */
	private static void lower(XSSFSheet sheet, Stored stored, BigDecimal points) {
		BigDecimal left = points;
		for (int i = 0; i < stored.scores.size(); i++) {
			BigDecimal taken = left.min(stored.scores.get(i));
			scoreCell(sheet, i).setCellValue(stored.scores.get(i).subtract(taken).doubleValue());
			left = left.subtract(taken);
		}
	}

	private static DataValidation validation(XSSFSheet sheet, int row) {
		List<DataValidation> found = new ArrayList<>();
		for (DataValidation validation : sheet.getDataValidations()) {
			for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
				if (range.isInRange(row, SheetWorkbook.SCORE_COLUMN)) {
					found.add(validation);
				}
			}
		}
		assertThat(found).as("validations of row %d", row).hasSize(1);
		return found.get(0);
	}

	private static Cell scoreCell(XSSFSheet sheet, int leaf) {
		return sheet.getRow(SheetWorkbook.FIRST_LEAF_ROW + leaf).getCell(SheetWorkbook.SCORE_COLUMN);
	}

	private static Cell totalCell(XSSFSheet sheet, int leaves) {
		return sheet.getRow(SheetWorkbook.FIRST_LEAF_ROW + leaves).getCell(SheetWorkbook.SCORE_COLUMN);
	}

	private static Cell gradeCell(XSSFSheet sheet, int leaves) {
		return sheet.getRow(SheetWorkbook.FIRST_LEAF_ROW + leaves + 1).getCell(SheetWorkbook.SCORE_COLUMN);
	}

	/**
	 * The stored sheet (JSON): each leaf's weight, final score and groups, the grades.
	 */
	private static final class Stored {

		final List<BigDecimal> weights = new ArrayList<>();

		final List<BigDecimal> scores = new ArrayList<>();

		final List<String> level1 = new ArrayList<>();

		final List<String> level2 = new ArrayList<>();

		final JsonNode json;

		Stored(JsonNode json) {
			this.json = json;
			for (JsonNode leaf : json.get("leaves")) {
				weights.add(leaf.get("weight").decimalValue());
				scores.add(leaf.get("final").decimalValue());
				level1.add(leaf.get("level1").asString());
				level2.add(leaf.get("level2").asString());
			}
		}

		int rowLosingAtLeast(BigDecimal points) {
			for (int i = 0; i < scores.size(); i++) {
				if (weights.get(i).subtract(scores.get(i)).compareTo(points) >= 0) {
					return i;
				}
			}
			throw new AssertionError("no leaf lost " + points);
		}

		String topGrade() {
			return "优";
		}

		String lowestGrade() {
			return "差";
		}

	}

}
