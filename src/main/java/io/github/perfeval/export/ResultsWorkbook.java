package io.github.perfeval.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.system.OfficeText;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The year's results as one .xlsx, streamed (POI's {@link SXSSFWorkbook}: only a window
 * of rows in memory): one sheet per framework, a row per department — 部门代码, 部门名称, 单位类型,
 * 状态, 审核人, each 三级 leaf's final score under its code and name (a column per code and
 * name: {@link ResultColumns}), the 二级 and 一级 subtotals, 综合评分 and 评分等级 — from the stored
 * snapshots. Scores are numbers shown with two decimals; the two header rows and the
 * department's code and name stay in view; user text is a string cell, quote-prefixed
 * where a spreadsheet could read it as a formula.
 */
final class ResultsWorkbook implements AutoCloseable {

	private static final int FIXED = 5;

	private static final int HEADER_ROWS = 2;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final SheetMessages messages;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle quoted;

	private final CellStyle number;

	private final CellStyle total;

	private SXSSFSheet sheet;

	private ResultColumns columns;

	private int next;

	ResultsWorkbook(SheetMessages messages) {
		this.messages = messages;
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setWrapText(true);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		bordered(header);
		text = workbook.createCellStyle();
		bordered(text);
		quoted = workbook.createCellStyle();
		quoted.cloneStyleFrom(text);
		quoted.setQuotePrefixed(true);
		number = workbook.createCellStyle();
		number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
		bordered(number);
		total = workbook.createCellStyle();
		total.cloneStyleFrom(number);
		total.setFont(bold);
	}

	/** Starts the sheet of one framework, with its header. */
	void sheet(String name, ResultColumns columns) {
		this.columns = columns;
		sheet = workbook.createSheet(uniqueName(name));
		Row levels = sheet.createRow(0);
		Row names = sheet.createRow(1);
		String[] fixed = { "export.xlsx.departmentCode", "export.xlsx.departmentName", "export.xlsx.type",
				"export.xlsx.status", "export.xlsx.reviewer" };
		for (int i = 0; i < FIXED; i++) {
			cell(levels, i, messages.text(fixed[i]), header);
			cell(names, i, "", header);
		}
		int at = FIXED;
		for (ResultColumns.Column column : columns.columns()) {
			cell(levels, at, messages.text("export.xlsx.level" + column.level()), header);
			cell(names, at, column.code() + " " + column.name(), header);
			sheet.setColumnWidth(at++, 14 * 256);
		}
		cell(levels, at, messages.text("export.xlsx.total"), header);
		cell(names, at, "", header);
		sheet.setColumnWidth(at++, 11 * 256);
		cell(levels, at, messages.text("export.xlsx.grade"), header);
		cell(names, at, "", header);
		sheet.setColumnWidth(at, 10 * 256);
		names.setHeightInPoints(48);
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 32 * 256);
		sheet.setColumnWidth(2, 14 * 256);
		sheet.setColumnWidth(3, 9 * 256);
		sheet.setColumnWidth(4, 12 * 256);
		for (int i = 0; i < FIXED; i++) {
			sheet.addMergedRegion(new CellRangeAddress(0, 1, i, i));
		}
		sheet.addMergedRegion(new CellRangeAddress(0, 1, at - 1, at - 1));
		sheet.addMergedRegion(new CellRangeAddress(0, 1, at, at));
		sheet.createFreezePane(2, HEADER_ROWS);
		// Printed: A4 landscape, the header rows and the department's code and name on
		// every page.
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS - 1, -1, -1));
		sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
		next = HEADER_ROWS;
	}

	/** A department's row; its snapshot may be missing (no score stored yet). */
	void row(ExportSelection.Row department, ScoreSnapshot snapshot, String reviewer) {
		Row row = sheet.createRow(next++);
		userText(row, 0, department.departmentCode());
		userText(row, 1, department.departmentName());
		userText(row, 2, department.typeName());
		cell(row, 3, messages.text("status." + department.status().name()), text);
		userText(row, 4, reviewer);
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		if (snapshot != null) {
			snapshot.lines()
				.forEach(line -> scores.put(ResultColumns.key(line.level(), line.code(), line.name()), line.score()));
		}
		int at = FIXED;
		for (ResultColumns.Column column : columns.columns()) {
			number(row, at++, scores.get(column.key()), column.level() < 3 ? total : number);
		}
		number(row, at++, snapshot == null ? null : snapshot.total(), total);
		userText(row, at, snapshot == null ? null : snapshot.grade());
	}

	void write(OutputStream out) throws IOException {
		if (workbook.getNumberOfSheets() == 0) {
			sheet(messages.text("export.xlsx.emptySheet"), new ResultColumns(List.of()));
		}
		workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}

	private String uniqueName(String name) {
		String safe = WorkbookUtil.createSafeSheetName(name);
		String candidate = safe;
		for (int i = 2; workbook.getSheet(candidate) != null; i++) {
			String suffix = " (" + i + ")";
			candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		return candidate;
	}

	private void userText(Row row, int column, String value) {
		String clean = OfficeText.cell(value);
		cell(row, column, clean, OfficeText.looksLikeFormula(clean) ? quoted : text);
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
