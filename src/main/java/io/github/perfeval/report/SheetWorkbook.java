package io.github.perfeval.report;

import io.github.perfeval.system.OfficeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.SheetMessages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 评分表 as an .xlsx in the seeds' layout: merged 一级 / 二级 cells, wrapped text, borders, A4
 * landscape fitted to the width with the three header rows repeated; scores are numbers
 * with two places and 综合评分 is a SUM over the score cells, so that a reviewer's edit
 * recomputes it. User text is always a string cell, quote-prefixed when it starts like a
 * formula.
 */
final class SheetWorkbook {

	static final int FIRST_LEAF_ROW = 5;

	static final int SCORE_COLUMN = 8;

	private static final int COLUMNS = 10;

	/** Column widths in characters: 名称, 分值, 名称, 分值, 名称, 分值, 说明, 标准, 分数, 备注. */
	private static final int[] WIDTHS = { 7, 6, 7, 6, 16, 6, 32, 58, 9, 26 };

	private static final float LINE_HEIGHT = 12.5f;

	private final SheetView sheetView;

	private final SheetMessages messages;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Map<String, CellStyle> styles = new HashMap<>();

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
			sheet.setColumnWidth(i, WIDTHS[i] * 256 + 200);
		}
		title(sheet);
		header(sheet);
		int last = leaves(sheet);
		int totalRow = last + 1;
		summary(sheet, totalRow);
		foot(sheet, totalRow + 2);
		printSetup(sheet);
		// While a leaf lacks its data, every printed page says so (草稿).
		if (sheetView.incomplete()) {
			sheet.getHeader().setRight(OfficeText.xml(messages.text("report.draft.sheetMark")));
		}
		XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void title(Sheet sheet) {
		Row title = sheet.createRow(0);
		title.setHeightInPoints(30);
		text(title.createCell(0), messages.text("report.sheet.title"), "title");
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
		Row meta = sheet.createRow(1);
		meta.setHeightInPoints(20);
		text(meta.createCell(0), messages.text("report.sheet.department", OfficeText.xml(sheetView.department())),
				"plain");
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
		text(meta.createCell(7), messages.text("report.sheet.year", String.valueOf(sheetView.year())), "plain");
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 7, COLUMNS - 1));
	}

	private void header(Sheet sheet) {
		for (int r = 2; r <= 4; r++) {
			Row row = sheet.createRow(r);
			row.setHeightInPoints(r == 4 ? 30 : 20);
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

	/** Writes the leaf rows; returns the index of the last one. */
	private int leaves(Sheet sheet) {
		List<SheetView.Row> rows = sheetView.rows();
		for (int i = 0; i < rows.size(); i++) {
			SheetView.Row leaf = rows.get(i);
			int r = FIRST_LEAF_ROW + i;
			Row row = sheet.createRow(r);
			for (int c = 0; c < COLUMNS; c++) {
				row.createCell(c).setCellStyle(style(c >= 6 && c != SCORE_COLUMN ? "text" : "center"));
			}
			if (leaf.level1Span() > 0) {
				text(row.getCell(0), leaf.level1(), "center");
				number(row.getCell(1), new BigDecimal(leaf.level1Weight()), "weight");
				merge(sheet, r, r + leaf.level1Span() - 1, 0, 0);
				merge(sheet, r, r + leaf.level1Span() - 1, 1, 1);
			}
			if (leaf.level2Span() > 0) {
				text(row.getCell(2), leaf.level2(), "center");
				number(row.getCell(3), new BigDecimal(leaf.level2Weight()), "weight");
				merge(sheet, r, r + leaf.level2Span() - 1, 2, 2);
				merge(sheet, r, r + leaf.level2Span() - 1, 3, 3);
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
			String note = note(leaf);
			if (note != null) {
				text(row.getCell(9), note, "text");
			}
			row.setHeightInPoints(height(leaf, note));
		}
		return FIRST_LEAF_ROW + rows.size() - 1;
	}

	private void summary(Sheet sheet, int totalRow) {
		String first = new CellReference(FIRST_LEAF_ROW, SCORE_COLUMN).formatAsString(false);
		String last = new CellReference(totalRow - 1, SCORE_COLUMN).formatAsString(false);
		String total = new CellReference(totalRow, SCORE_COLUMN).formatAsString(false);
		for (int r = totalRow; r <= totalRow + 1; r++) {
			Row row = sheet.createRow(r);
			row.setHeightInPoints(22);
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
		if (sheetView.grade() == null) {
			gradeCell.setCellValue(messages.text("report.grade.pending"));
		}
		else {
			gradeCell.setCellFormula(gradeFormula(total, sheetView.grades()));
		}
	}

	/**
	 * 综合评分: the sum of the score cells; where leaves are 不适用, plus their weights (FULL),
	 * or the sum × 100 ÷ the applicable weights, rounded to two places (EXCLUDE).
	 */
	private String totalFormula(String first, String last, int totalRow) {
		String scores = first + ":" + last;
		if (sheetView.rows().stream().noneMatch(SheetView.Row::notApplicable)) {
			return "SUM(" + scores + ")";
		}
		String weights = new CellReference(FIRST_LEAF_ROW, 5).formatAsString(false) + ":"
				+ new CellReference(totalRow - 1, 5).formatAsString(false);
		String notApplicableWeights = "SUMIF(" + scores + "," + formulaText(messages.text("report.sheet.notApplicable"))
				+ "," + weights + ")";
		if (sheetView.notApplicableFull()) {
			return "SUM(" + scores + ")+" + notApplicableWeights;
		}
		return "ROUND(SUM(" + scores + ")*100/(SUM(" + weights + ")-" + notApplicableWeights + "),2)";
	}

	/**
	 * The framework's 评分等级 as nested IFs over the total's cell, highest first:
	 * {@code IF(S40>=90,"优",IF(S40>=80,"良",IF(S40>=60,"中","差")))}.
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
	}

	private void printSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setRepeatingRows(new CellRangeAddress(2, 4, -1, -1));
		sheet.createFreezePane(0, FIRST_LEAF_ROW);
		// In header and footer texts "&" starts a code: a department's "&" is written
		// "&&".
		sheet.getFooter()
			.setLeft(messages.text("report.sheet.footer", OfficeText.xml(sheetView.department()).replace("&", "&&"),
					String.valueOf(sheetView.year())));
		sheet.getFooter().setRight("&P / &N");
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

	private void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (firstRow != lastRow || firstColumn != lastColumn) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
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
		Font font = workbook.createFont();
		font.setFontName(messages.text("report.office.font"));
		font.setFontHeightInPoints((short) 10);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		switch (name) {
			case "title" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 16);
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case "plain" -> style.setWrapText(false);
			case "note" -> {
				font.setFontHeightInPoints((short) 9);
				style.setWrapText(false);
			}
			case "header" -> {
				font.setBold(true);
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
				font.setFontHeightInPoints((short) 9);
			}
			case "score", "total" -> {
				bordered(style);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
				font.setBold(name.equals("total"));
			}
			case "summary" -> {
				bordered(style);
				font.setBold(true);
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			default -> throw new IllegalArgumentException(name);
		}
		style.setFont(font);
		return style;
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
