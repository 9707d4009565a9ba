package io.github.perfeval.evaluation.web;

import io.github.perfeval.system.OfficeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.LeafInputs;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * The Excel template for filling in offline: sheet 指标原始数据 has a row per input of every
 * leaf scored by formula (a row per checklist item), sheet 表1-1 the units and the stated
 * totals. The 填报值 cells are the only unlocked cells; a hidden column keeps each row's
 * key, by which {@link RawDataReader} reads a filled file back. User text is always a
 * string cell, quote-prefixed when it starts like a formula.
 */
@Component
class RawDataWorkbook {

	static final String EVALUATION_PROPERTY = "perfeval.evaluation";

	/**
	 * The evaluation's version at download: an upload after someone saved since is
	 * refused.
	 */
	static final String VERSION_PROPERTY = "perfeval.version";

	static final int HEADER_ROW = 1;

	static final int CODE = 0;

	static final int NAME = 1;

	static final int ITEM = 2;

	static final int KEY = 3;

	static final int HINT = 4;

	static final int VALUE = 5;

	private static final int[] LEAF_WIDTHS = { 10, 22, 50, 16, 44, 26 };

	private static final int[] UNIT_WIDTHS = { 40, 18, 18, 18 };

	static final int MAX_EXACT_DIGITS = 15;

	private final RawDataLabels labels;

	RawDataWorkbook(RawDataLabels labels) {
		this.labels = labels;
	}

	byte[] write(EvaluationSummary summary, EvaluationDocument document, List<RawDataRow> layout) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			String unit = document.unit() == null ? "万元" : document.unit();
			writeLeaves(workbook, styles, summary, unit, document.indicators(), layout);
			writeUnits(workbook, styles, unit, document.units(), document.totals());
			POIXMLProperties properties = workbook.getProperties();
			properties.getCoreProperties()
				.setTitle(text("workbook.fileTitle", summary.departmentName(), summary.year()));
			properties.getCustomProperties().addProperty(EVALUATION_PROPERTY, String.valueOf(summary.id()));
			properties.getCustomProperties().addProperty(VERSION_PROPERTY, String.valueOf(summary.version()));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeLeaves(XSSFWorkbook workbook, Styles styles, EvaluationSummary summary, String unit,
			Map<String, Map<String, Object>> stored, List<RawDataRow> layout) {
		XSSFSheet sheet = workbook.createSheet(text("workbook.sheet.leaves"));
		title(sheet, styles, text("workbook.title.leaves", summary.departmentName(), summary.year(), unit),
				LEAF_WIDTHS.length);
		header(sheet, styles, LEAF_WIDTHS, "workbook.column.code", "workbook.column.name", "workbook.column.item",
				"workbook.column.key", "workbook.column.hint", "workbook.column.value");
		int r = HEADER_ROW + 1;
		for (RawDataRow layoutRow : layout) {
			Row row = sheet.createRow(r);
			String item = labels.itemText(layoutRow);
			String hint = labels.hint(layoutRow, unit);
			text(row.createCell(CODE), layoutRow.leaf().code(), styles.text);
			text(row.createCell(NAME), layoutRow.leaf().name(), styles.text);
			text(row.createCell(ITEM), item, styles.text);
			text(row.createCell(KEY), layoutRow.key(), styles.text);
			text(row.createCell(HINT), hint, styles.text);
			value(row.createCell(VALUE), layoutRow, current(stored, layoutRow), styles);
			row.setHeightInPoints(height(item, LEAF_WIDTHS[ITEM], hint, LEAF_WIDTHS[HINT], layoutRow.leaf().name(),
					LEAF_WIDTHS[NAME]));
			validate(sheet, r, layoutRow, unit);
			r++;
		}
		sheet.setColumnHidden(KEY, true);
		sheet.createFreezePane(0, HEADER_ROW + 1);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		printSetUp(sheet);
		sheet.enableLocking();
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private void writeUnits(XSSFWorkbook workbook, Styles styles, String unit, List<EvaluationDocument.Unit> units,
			EvaluationDocument.Amounts totals) {
		XSSFSheet sheet = workbook.createSheet(text("workbook.sheet.units"));
		title(sheet, styles, text("workbook.title.units", unit), UNIT_WIDTHS.length);
		header(sheet, styles, UNIT_WIDTHS, "workbook.column.unitName", "workbook.column.initialBudget",
				"workbook.column.adjustedBudget", "workbook.column.finalAccounts");
		int r = HEADER_ROW + 1;
		for (EvaluationDocument.Unit stored : units == null ? List.<EvaluationDocument.Unit>of() : units) {
			Row row = sheet.createRow(r++);
			text(row.createCell(0), stored.name(), styles.input);
			amount(row.createCell(1), stored.initialBudget(), styles);
			amount(row.createCell(2), stored.adjustedBudget(), styles);
			amount(row.createCell(3), stored.finalAccounts(), styles);
		}
		Row total = sheet.createRow(r);
		text(total.createCell(0), text("workbook.totalsRow"), styles.total);
		amount(total.createCell(1), totals == null ? null : totals.initialBudget(), styles);
		amount(total.createCell(2), totals == null ? null : totals.adjustedBudget(), styles);
		amount(total.createCell(3), totals == null ? null : totals.finalAccounts(), styles);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation nonNegative = helper.createValidation(
				helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
				new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + 200, 1, 3));
		warn(nonNegative, text("workbook.validation.amount", unit));
		sheet.addValidationData(nonNegative);
		sheet.createFreezePane(0, HEADER_ROW + 1);
		printSetUp(sheet);
	}

	private void title(Sheet sheet, Styles styles, String title, int columns) {
		Row row = sheet.createRow(0);
		text(row.createCell(0), title, styles.title);
		for (int c = 1; c < columns; c++) {
			row.createCell(c).setCellStyle(styles.title);
		}
		row.setHeightInPoints(36);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
	}

	private void header(Sheet sheet, Styles styles, int[] widths, String... keys) {
		Row row = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < keys.length; c++) {
			text(row.createCell(c), text(keys[c]), styles.header);
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		row.setHeightInPoints(22);
	}

	/** The input's stored value: the whole input, or a checklist's item. */
	private static Object current(Map<String, Map<String, Object>> stored, RawDataRow row) {
		Map<String, Object> inputs = stored == null ? null : stored.get(row.leaf().code());
		Object value = inputs == null ? null : inputs.get(row.spec().name());
		if (row.item() == RawDataRow.NO_ITEM) {
			// An input entered once that a document gave only at a leaf sharing it.
			for (int i = 0; value == null && stored != null && i < row.sharedBy().size(); i++) {
				Map<String, Object> copy = stored.get(row.sharedBy().get(i).code());
				value = copy == null ? null : copy.get(row.spec().name());
			}
			return value;
		}
		return value instanceof List<?> items && row.item() < items.size() ? items.get(row.item()) : null;
	}

	private void value(Cell cell, RawDataRow row, Object value, Styles styles) {
		cell.setCellStyle(styles.input);
		if (value == null) {
			return;
		}
		switch (row.spec().type()) {
			case BOOLEAN ->
				text(cell, value instanceof Boolean flag ? labels.yesNo(flag) : String.valueOf(value), styles.input);
			case OPTION, BAND -> text(cell, labels.choiceLabel(row, String.valueOf(value)), styles.input);
			case TEXT -> text(cell, String.valueOf(value), styles.input);
			default -> {
				BigDecimal number = LeafInputs.toDecimal(value);
				if (number != null && number.precision() <= MAX_EXACT_DIGITS) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					text(cell, number != null ? number.toPlainString() : String.valueOf(value), styles.input);
				}
			}
		}
	}

	private void amount(Cell cell, BigDecimal amount, Styles styles) {
		cell.setCellStyle(styles.input);
		if (amount != null) {
			if (amount.precision() <= MAX_EXACT_DIGITS) {
				cell.setCellValue(amount.doubleValue());
			}
			else {
				text(cell, amount.toPlainString(), styles.input);
			}
		}
	}

	private void validate(Sheet sheet, int r, RawDataRow row, String unit) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		InputSpec spec = row.spec();
		DataValidationConstraint constraint = switch (spec.type()) {
			case BOOLEAN ->
				helper.createExplicitListConstraint(new String[] { labels.yesNo(true), labels.yesNo(false) });
			case OPTION, BAND -> list(helper, labels.choiceLabels(row));
			case AMOUNT -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
			case COUNT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
			case PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1000");
			case SCORE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", spec.max().toPlainString());
			case ITEMS -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0",
					spec.itemPoints().get(row.item()).toPlainString());
			case TEXT -> null;
		};
		if (constraint == null) {
			return;
		}
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(r, r, VALUE, VALUE));
		if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
			// XSSF inverts this flag: true shows the drop-down arrow.
			validation.setSuppressDropDownArrow(true);
		}
		warn(validation, labels.hint(row, unit));
		sheet.addValidationData(validation);
	}

	private void warn(DataValidation validation, String explanation) {
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		validation.createErrorBox(text("workbook.validation.title"), explanation);
	}

	/**
	 * An explicit list when Excel can hold it (≤ 255 characters, no commas), else no
	 * check.
	 */
	private static DataValidationConstraint list(DataValidationHelper helper, List<String> choices) {
		String joined = String.join(",", choices);
		if (choices.isEmpty() || joined.length() > 250
				|| choices.stream().anyMatch(choice -> choice.contains(",") || choice.contains("\""))) {
			return null;
		}
		return helper.createExplicitListConstraint(choices.toArray(String[]::new));
	}

	// ---- cells and styles
	// ----------------------------------------------------------------------

	/**
	 * Text as a string cell, quote-prefixed when a spreadsheet could take it for a
	 * formula.
	 */
	private static void text(Cell cell, String value, CellStyle style) {
		String clean = OfficeText.cell(value);
		cell.setCellValue(clean);
		cell.setCellStyle(style);
		if (OfficeText.looksLikeFormula(clean)) {
			// A style per cell is fine here: only user text that starts like a formula
			// needs one.
			CellStyle quoted = cell.getSheet().getWorkbook().createCellStyle();
			quoted.cloneStyleFrom(style);
			quoted.setQuotePrefixed(true);
			cell.setCellStyle(quoted);
		}
	}

	/**
	 * A row tall enough for its wrapped texts: a CJK character takes about 1.7 columns.
	 */
	private static float height(Object... textsAndWidths) {
		int lines = 1;
		for (int i = 0; i < textsAndWidths.length; i += 2) {
			String text = (String) textsAndWidths[i];
			double width = (Integer) textsAndWidths[i + 1] - 1;
			int textLines = 0;
			for (String line : text.split("\n", -1)) {
				double columns = line.codePoints().mapToDouble(c -> c > 0x2E80 ? 1.7 : 1).sum();
				textLines += Math.max(1, (int) Math.ceil(columns / width));
			}
			lines = Math.max(lines, textLines);
		}
		return lines * 15f + 4;
	}

	private static void printSetUp(Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
	}

	private String text(String code, Object... args) {
		return labels.text(code, args);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle input;

		final CellStyle total;

		Styles(XSSFWorkbook workbook) {
			Font plain = font(workbook, false, 11);
			Font bold = font(workbook, true, 11);
			title = workbook.createCellStyle();
			title.setFont(font(workbook, true, 12));
			title.setWrapText(true);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			header = bordered(workbook, bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = bordered(workbook, plain);
			input = bordered(workbook, plain);
			input.setLocked(false);
			input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			total = bordered(workbook, bold);
			total.setLocked(false);
			total.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			total.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
			Font font = workbook.createFont();
			font.setFontName("宋体");
			font.setBold(bold);
			font.setFontHeightInPoints((short) points);
			return font;
		}

	}

}
