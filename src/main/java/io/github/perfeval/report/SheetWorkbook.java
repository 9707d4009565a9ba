package io.github.perfeval.report;

import io.github.perfeval.system.OfficeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import io.github.perfeval.evaluation.SheetMessages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 评分表 as an .xlsx in the seeds' layout that a reviewer can work in: merged 一级 / 二级 cells,
 * wrapped text, borders; scores are numbers with two places, each score cell checks that
 * its score lies between 0 and the leaf's 参考分值; 综合评分 is a formula over the score cells
 * (rescaled where the framework leaves 不适用 out) and 评分等级 a formula over the framework's
 * grade thresholds, so that a reviewer's edit recomputes both; their cached values are
 * the stored total and grade. The sheet is protected without a password (against
 * accidental edits, not as security: 审阅 › 撤销工作表保护 lifts it): only the score cells can be
 * edited; rows and columns can still be resized. Printed on A4 landscape one page wide
 * ({@link SheetPrintLayout}). User text is always a string cell, quote-prefixed when it
 * starts like a formula.
 */
final class SheetWorkbook {

	static final int FIRST_LEAF_ROW = 5;

	static final int SCORE_COLUMN = 8;

	private static final int COLUMNS = 10;

	private static final int[] WIDTHS = SheetPrintLayout.WIDTHS;

	private static final float LINE_HEIGHT = 12.5f;

	private static final float[] TITLE_HEIGHTS = { 30, 20 };

	private static final float[] HEADER_HEIGHTS = { 20, 20, 30 };

	private static final float SUMMARY_HEIGHT = 22;

	private final SheetView sheetView;

	private final SheetMessages messages;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Map<String, Font> fonts = new HashMap<>();

	private SheetWorkbook(SheetView sheetView, SheetMessages messages) {
		this.sheetView = sheetView;
		this.messages = messages;
	}

	static byte[] write(SheetView sheet, SheetMessages messages) {
		return new SheetWorkbook(sheet, messages).build();
	}

	private byte[] build() {
		Sheet sheet = workbook.createSheet(messages.text("report.file.sheet"));
		for (int i = 0; i < COLUMNS; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256 + SheetPrintLayout.PADDING);
		}
		title(sheet);
		header(sheet);
		int last = leaves(sheet);
		int totalRow = last + 1;
		summary(sheet, totalRow);
		foot(sheet, totalRow + 2);
		printSetup(sheet);
		protect((XSSFSheet) sheet);
		// While a leaf lacks its data, every printed page says so (草稿).
		if (sheetView.incomplete()) {
			sheet.getHeader().setRight(OfficeText.xml(messages.text("report.draft.sheetMark")));
		}
		// Cached values for viewers that do not recalculate: the stored total and grade.
		XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			// Not close(): a new workbook's package saves itself again on closing, into a
			// buffer nobody reads (a tenth of the time). revert() lets it go unsaved.
			workbook.getPackage().revert();
		}
	}

	private void title(Sheet sheet) {
		Row title = sheet.createRow(0);
		title.setHeightInPoints(TITLE_HEIGHTS[0]);
		text(title.createCell(0), messages.text("report.sheet.title"), "title");
		merge(sheet, 0, 0, 0, COLUMNS - 1);
		Row meta = sheet.createRow(1);
		meta.setHeightInPoints(TITLE_HEIGHTS[1]);
		text(meta.createCell(0), messages.text("report.sheet.department", OfficeText.xml(sheetView.department())),
				"plain");
		merge(sheet, 1, 1, 0, 6);
		text(meta.createCell(7), messages.text("report.sheet.year", String.valueOf(sheetView.year())), "plain");
		merge(sheet, 1, 1, 7, COLUMNS - 1);
	}

	private void header(Sheet sheet) {
		for (int r = 2; r <= 4; r++) {
			Row row = sheet.createRow(r);
			row.setHeightInPoints(HEADER_HEIGHTS[r - 2]);
			for (int c = 0; c < COLUMNS; c++) {
				row.createCell(c).setCellStyle(style("header"));
			}
		}
		set(sheet, 2, 0, "report.sheet.indicators");
		merge(sheet, 2, 2, 0, 5);
		String[] rightHeads = { "report.sheet.description", "report.sheet.criteria", "report.sheet.score",
				"report.sheet.remark" };
		for (int i = 0; i < rightHeads.length; i++) {
			set(sheet, 2, 6 + i, rightHeads[i]);
			merge(sheet, 2, 4, 6 + i, 6 + i);
		}
		String[] levels = { "report.sheet.level1", "report.sheet.level2", "report.sheet.level3" };
		for (int i = 0; i < levels.length; i++) {
			set(sheet, 3, i * 2, levels[i]);
			merge(sheet, 3, 3, i * 2, i * 2 + 1);
			set(sheet, 4, i * 2, "report.sheet.name");
			set(sheet, 4, i * 2 + 1, "report.sheet.weight");
		}
	}

	/**
	 * Writes the leaf rows with a page break before each row that starts a page; returns
	 * the index of the last one.
	 */
	private int leaves(Sheet sheet) {
		List<SheetView.Row> rows = sheetView.rows();
		float[] heights = new float[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			heights[i] = height(rows.get(i), note(rows.get(i)));
		}
		NavigableSet<Integer> pageStarts = SheetPrintLayout.pageStarts(rows, heights, sum(TITLE_HEIGHTS),
				sum(HEADER_HEIGHTS), SUMMARY_HEIGHT * (sheetView.filledBy() == null ? 2 : 3));
		int level1End = 0;
		int level2End = 0;
		for (int i = 0; i < rows.size(); i++) {
			SheetView.Row leaf = rows.get(i);
			int r = FIRST_LEAF_ROW + i;
			Row row = sheet.createRow(r);
			for (int c = 0; c < COLUMNS; c++) {
				row.createCell(c).setCellStyle(style(c == SCORE_COLUMN ? "score" : c >= 6 ? "text" : "center"));
			}
			boolean pageStart = pageStarts.contains(i);
			if (pageStart) {
				sheet.setRowBreak(r - 1);
			}
			if (leaf.level1Span() > 0) {
				level1End = i + leaf.level1Span();
			}
			if (leaf.level1Span() > 0 || pageStart) {
				group(sheet, r, 0, label(leaf.level1(), leaf.level1Span() == 0), leaf.level1Weight(),
						segmentEnd(i, level1End, pageStarts));
			}
			if (leaf.level2Span() > 0) {
				level2End = i + leaf.level2Span();
			}
			if (leaf.level2Span() > 0 || pageStart) {
				group(sheet, r, 2, label(leaf.level2(), leaf.level2Span() == 0), leaf.level2Weight(),
						segmentEnd(i, level2End, pageStarts));
			}
			text(row.getCell(4), leaf.name(), "center");
			number(row.getCell(5), leaf.weight(), "weight");
			text(row.getCell(6), leaf.description(), "text");
			text(row.getCell(7), leaf.criteria(), "text");
			if (leaf.notApplicable()) {
				// Text, which SUM passes over; the total's formula adds or leaves out the
				// leaf's weight as the framework says.
				text(row.getCell(SCORE_COLUMN), messages.text("report.sheet.notApplicable"), "score");
			}
			else if (leaf.finalScore() != null) {
				number(row.getCell(SCORE_COLUMN), leaf.finalScore(), "score");
			}
			scoreValidation(sheet, r, leaf);
			String note = note(leaf);
			if (note != null) {
				text(row.getCell(9), note, "text");
			}
			row.setHeightInPoints(heights[i]);
		}
		return FIRST_LEAF_ROW + rows.size() - 1;
	}

	/**
	 * A 一级 or 二级 label and its weight, merged down to (excluding) leaf row {@code end}.
	 */
	private void group(Sheet sheet, int r, int column, String label, String weight, int end) {
		Row row = sheet.getRow(r);
		text(row.getCell(column), label, "center");
		number(row.getCell(column + 1), new BigDecimal(weight), "weight");
		merge(sheet, r, FIRST_LEAF_ROW + end - 1, column, column);
		merge(sheet, r, FIRST_LEAF_ROW + end - 1, column + 1, column + 1);
	}

	/** A group's label, marked 续 where it continues on a new page. */
	private String label(String name, boolean continued) {
		return continued ? messages.text("report.sheet.continued", name) : name;
	}

	/** Where a group's cell ends: at the group's end or at the next page start. */
	private static int segmentEnd(int i, int groupEnd, NavigableSet<Integer> pageStarts) {
		Integer next = pageStarts.higher(i);
		return next == null ? groupEnd : Math.min(groupEnd, next);
	}

	/**
	 * The score cell accepts a number from 0 to the leaf's weight, and on a 不适用 row also
	 * 不适用 (a number makes the leaf count again, as the total's formula reads it); the
	 * message names the range.
	 */
	private void scoreValidation(Sheet sheet, int r, SheetView.Row leaf) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String maximum = leaf.weight().stripTrailingZeros().toPlainString();
		DataValidationConstraint constraint;
		String error;
		if (leaf.notApplicable()) {
			String cell = new CellReference(r, SCORE_COLUMN).formatAsString(false);
			constraint = helper
				.createCustomConstraint("OR(" + cell + "=" + formulaText(messages.text("report.sheet.notApplicable"))
						+ ",AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "<=" + maximum + "))");
			error = messages.text("report.sheet.scoreRangeNotApplicable", leaf.weightText());
		}
		else {
			constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", maximum);
			error = messages.text("report.sheet.scoreRange", leaf.weightText());
		}
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(r, r, SCORE_COLUMN, SCORE_COLUMN));
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox(messages.text("report.sheet.scoreRangeTitle"), error);
		validation.setShowPromptBox(true);
		validation.createPromptBox(messages.text("report.sheet.scorePromptTitle"),
				messages.text("report.sheet.scorePrompt", leaf.weightText()));
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	private static float sum(float[] heights) {
		float sum = 0;
		for (float height : heights) {
			sum += height;
		}
		return sum;
	}

	private void summary(Sheet sheet, int totalRow) {
		String first = new CellReference(FIRST_LEAF_ROW, SCORE_COLUMN).formatAsString(false);
		String last = new CellReference(totalRow - 1, SCORE_COLUMN).formatAsString(false);
		String total = new CellReference(totalRow, SCORE_COLUMN).formatAsString(false);
		for (int r = totalRow; r <= totalRow + 1; r++) {
			Row row = sheet.createRow(r);
			row.setHeightInPoints(SUMMARY_HEIGHT);
			for (int c = 0; c < COLUMNS; c++) {
				row.createCell(c).setCellStyle(style("summary"));
			}
			merge(sheet, r, r, 0, SCORE_COLUMN - 1);
		}
		Row totals = sheet.getRow(totalRow);
		totals.getCell(0).setCellValue(messages.text("report.sheet.total"));
		Cell sum = totals.getCell(SCORE_COLUMN);
		sum.setCellFormula(totalFormula(first, last, totalRow));
		sum.setCellStyle(style("total"));
		Row grade = sheet.getRow(totalRow + 1);
		grade.getCell(0).setCellValue(messages.text("report.sheet.grade"));
		Cell gradeCell = grade.getCell(SCORE_COLUMN);
		boolean blank = sheetView.rows().stream().anyMatch(row -> !row.notApplicable() && row.finalScore() == null);
		if (sheetView.grade() == null && !blank) {
			gradeCell.setCellValue(messages.text("report.grade.pending"));
		}
		else {
			// 待定 while a score cell is empty, as the stored grade is while inputs are
			// missing.
			gradeCell.setCellFormula(
					"IF(COUNTBLANK(" + first + ":" + last + ")>0," + formulaText(messages.text("report.grade.pending"))
							+ "," + gradeFormula(total, sheetView.grades()) + ")");
		}
	}

	/**
	 * 综合评分: the sum of the score cells; where leaves are 不适用, plus their weights (FULL),
	 * or the sum × 100 ÷ the applicable weights (EXCLUDE). Rounded to two places as the
	 * stored total: a sum of two-place scores is exact, only the double's noise goes. The
	 * rescaled quotient is rounded to 9 places first: it is never within 10⁻⁹ of a half
	 * cent unless exactly on it (weights have two places, so its denominator is at most
	 * 10,000), and the double's error would otherwise round a half down.
	 */
	private String totalFormula(String first, String last, int totalRow) {
		String scores = first + ":" + last;
		if (sheetView.rows().stream().noneMatch(SheetView.Row::notApplicable)) {
			return "ROUND(SUM(" + scores + "),2)";
		}
		String weights = new CellReference(FIRST_LEAF_ROW, 5).formatAsString(false) + ":"
				+ new CellReference(totalRow - 1, 5).formatAsString(false);
		String notApplicableWeights = "SUMIF(" + scores + "," + formulaText(messages.text("report.sheet.notApplicable"))
				+ "," + weights + ")";
		if (sheetView.notApplicableFull()) {
			return "ROUND(SUM(" + scores + ")+" + notApplicableWeights + ",2)";
		}
		String applicable = "(SUM(" + weights + ")-" + notApplicableWeights + ")";
		return "IF(" + applicable + "=0,0,ROUND(ROUND(SUM(" + scores + ")*100/" + applicable + ",9),2))";
	}

	/**
	 * The framework's 评分等级 as nested IFs over the total's cell, highest first, from the
	 * scale's own thresholds (SZ-COMMON:
	 * {@code IF(S40>=90,"优",IF(S40>=80,"良",IF(S40>=60,"中","差")))}).
	 */
	static String gradeFormula(String total, io.github.perfeval.scoring.GradeScale grades) {
		List<io.github.perfeval.scoring.GradeScale.Step> steps = grades.steps();
		String formula = formulaText(steps.get(steps.size() - 1).name());
		for (int i = steps.size() - 2; i >= 0; i--) {
			formula = "IF(" + total + ">=" + steps.get(i).min().stripTrailingZeros().toPlainString() + ","
					+ formulaText(steps.get(i).name()) + "," + formula + ")";
		}
		return formula;
	}

	private static String formulaText(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private void foot(Sheet sheet, int start) {
		int r = start;
		if (sheetView.filledBy() != null) {
			Row filled = sheet.createRow(r++);
			filled.setHeightInPoints(22);
			text(filled.createCell(0), messages.text("report.sheet.filledBy", OfficeText.xml(sheetView.filledBy())),
					"plain");
			merge(sheet, filled.getRowNum(), filled.getRowNum(), 0, 6);
		}
		for (String text : sheetView.notes()) {
			Row note = sheet.createRow(r++);
			text(note.createCell(0), OfficeText.xml(text), "note");
			merge(sheet, note.getRowNum(), note.getRowNum(), 0, COLUMNS - 1);
		}
		// 审核提示 (一致性提示) below the sheet, one row each.
		List<String> checks = new ArrayList<>();
		if (!sheetView.warnings().isEmpty()) {
			checks.add(messages.text("report.checks.title"));
		}
		for (int i = 0; i < sheetView.warnings().size(); i++) {
			checks.add(messages.text("report.checks.item", String.valueOf(i + 1), sheetView.warnings().get(i)));
		}
		for (String text : checks) {
			Row check = sheet.createRow(r++);
			text(check.createCell(0), OfficeText.xml(text), "note");
			merge(sheet, check.getRowNum(), check.getRowNum(), 0, COLUMNS - 1);
		}
	}

	/**
	 * A4 landscape, one page wide and as many tall as it takes, at
	 * {@link SheetPrintLayout#scale()}; the header rows repeat on every page, the footer
	 * names the department and counts the pages.
	 */
	private void printSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		print.setHeaderMargin(SheetPrintLayout.HEADER_MARGIN);
		print.setFooterMargin(SheetPrintLayout.FOOTER_MARGIN);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, SheetPrintLayout.SIDE_MARGIN);
		sheet.setMargin(Sheet.RightMargin, SheetPrintLayout.SIDE_MARGIN);
		sheet.setMargin(Sheet.TopMargin, SheetPrintLayout.TOP_MARGIN);
		sheet.setMargin(Sheet.BottomMargin, SheetPrintLayout.BOTTOM_MARGIN);
		sheet.setRepeatingRows(new CellRangeAddress(2, 4, -1, -1));
		sheet.createFreezePane(0, FIRST_LEAF_ROW);
		// In header and footer texts "&" starts a code: a department's "&" is written
		// "&&".
		sheet.getFooter()
			.setLeft(messages.text("report.sheet.footer", OfficeText.xml(sheetView.department()).replace("&", "&&"),
					String.valueOf(sheetView.year())));
		sheet.getFooter().setCenter(messages.text("report.sheet.pages"));
	}

	/**
	 * Protected without a password: labels and formulas are locked, the score cells
	 * (unlocked in their style) stay editable; rows and columns can still be resized.
	 */
	private static void protect(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private String note(SheetView.Row leaf) {
		String custom = leaf.custom() ? messages.text("report.sheet.custom") : null;
		if (leaf.notApplicable()) {
			String notApplicable = (sheetView.notApplicableFull()
					? messages.text("report.sheet.notApplicableFull", leaf.weightText())
					: messages.text("report.sheet.notApplicableExcluded")) + "\n"
					+ messages.text("report.sheet.notApplicableReason", leaf.notApplicableReason());
			return custom == null ? notApplicable : custom + "\n" + notApplicable;
		}
		if (!leaf.overridden()) {
			return custom;
		}
		String computed = leaf.computed() == null ? messages.text("report.sheet.notComputed")
				: messages.text("report.sheet.computed", leaf.computedText());
		return (custom == null ? "" : custom + "\n") + computed + "\n"
				+ messages.text("report.sheet.reason", leaf.overrideReason());
	}

	/** The height that shows every line of the row's wrapped texts. */
	private static float height(SheetView.Row leaf, String note) {
		int lines = Math.max(lines(leaf.name(), WIDTHS[4]),
				Math.max(lines(leaf.description(), WIDTHS[6]), lines(leaf.criteria(), WIDTHS[7])));
		lines = Math.max(lines, lines(note, WIDTHS[9]));
		return Math.max(2, lines) * LINE_HEIGHT + 6;
	}

	/** Lines a text takes in a column: a CJK character is two widths, others one. */
	static int lines(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			int units = line.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
			lines += Math.max(1, (int) Math.ceil(units / (width * 1.15)));
		}
		return lines;
	}

	private void set(Sheet sheet, int row, int column, String key) {
		sheet.getRow(row).getCell(column).setCellValue(messages.text(key));
	}

	/**
	 * Without POI's check against every region merged before (quadratic in the regions):
	 * the regions written here never overlap, each group's cells being cut at its end and
	 * at each page start.
	 */
	private void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (firstRow != lastRow || firstColumn != lastColumn) {
			sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
		}
	}

	/**
	 * User text: always a string cell, quote-prefixed when it could be read as a formula.
	 */
	private void text(Cell cell, String value, String styleName) {
		String text = OfficeText.cell(value);
		cell.setCellValue(text);
		cell.setCellStyle(OfficeText.looksLikeFormula(text) ? quoted(styleName) : style(styleName));
	}

	private void number(Cell cell, BigDecimal value, String styleName) {
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(style(styleName));
	}

	private CellStyle quoted(String name) {
		return styles.computeIfAbsent(name + ":quoted", key -> {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(style(name));
			style.setQuotePrefixed(true);
			return style;
		});
	}

	private CellStyle style(String name) {
		return styles.computeIfAbsent(name, this::createStyle);
	}

	private CellStyle createStyle(String name) {
		CellStyle style = workbook.createCellStyle();
		int points = 10;
		boolean bold = false;
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		switch (name) {
			case "title" -> {
				bold = true;
				points = 16;
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case "plain" -> style.setWrapText(false);
			case "note" -> {
				points = 9;
				style.setWrapText(false);
			}
			case "header" -> {
				bold = true;
				bordered(style);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			case "center", "weight" -> {
				bordered(style);
				style.setAlignment(HorizontalAlignment.CENTER);
				if (name.equals("weight")) {
					style.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
				}
			}
			case "text" -> {
				bordered(style);
				style.setAlignment(HorizontalAlignment.LEFT);
				style.setVerticalAlignment(VerticalAlignment.TOP);
				points = 9;
			}
			case "score", "total" -> {
				bordered(style);
				style.setLocked(name.equals("total"));
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
				bold = name.equals("total");
			}
			case "summary" -> {
				bordered(style);
				bold = true;
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			default -> throw new IllegalArgumentException(name);
		}
		style.setFont(font(points, bold));
		return style;
	}

	/** One font per size and weight, shared by the styles that use it. */
	private Font font(int points, boolean bold) {
		return fonts.computeIfAbsent(points + (bold ? "b" : ""), key -> {
			Font font = workbook.createFont();
			font.setFontName(messages.text("report.office.font"));
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		});
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
