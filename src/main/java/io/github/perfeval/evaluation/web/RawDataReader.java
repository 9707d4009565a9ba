package io.github.perfeval.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.InputLimits;
import io.github.perfeval.evaluation.TextField;
import io.github.perfeval.scoring.NumberKind;
import io.github.perfeval.scoring.InputType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import static io.github.perfeval.evaluation.web.RawDataWorkbook.EVALUATION_PROPERTY;
import static io.github.perfeval.evaluation.web.RawDataWorkbook.VERSION_PROPERTY;
import static io.github.perfeval.evaluation.web.RawDataWorkbook.HEADER_ROW;
import static io.github.perfeval.evaluation.web.RawDataWorkbook.KEY;
import static io.github.perfeval.evaluation.web.RawDataWorkbook.VALUE;

/**
 * Reads a filled-in Excel template back: each row's value converted by its input type, 表
 * 1-1's units and stated totals, and the problems found on the way, each on its Excel
 * row. Refuses a file that is not an .xlsx, not the template, or the template of another
 * evaluation.
 */
@Component
class RawDataReader {

	private static final String[] AMOUNT_COLUMNS = { "initialBudget", "adjustedBudget", "finalAccounts" };

	private static final MathContext EXCEL_DIGITS = new MathContext(RawDataWorkbook.MAX_EXACT_DIGITS);

	private final RawDataLabels labels;

	private final InputLimits limits;

	RawDataReader(RawDataLabels labels, InputLimits limits) {
		this.labels = labels;
		this.limits = limits;
	}

	/**
	 * A file that is not an .xlsx, not this template, or the template of another
	 * evaluation.
	 */
	static class UnreadableTemplate extends RuntimeException {

		UnreadableTemplate(String messageKey) {
			super(messageKey);
		}

		String messageKey() {
			return getMessage();
		}

	}

	RawDataUpload read(InputStream in, long evaluationId, List<RawDataRow> layout) {
		try (XSSFWorkbook workbook = open(in)) {
			Sheet leaves = workbook.getSheet(text("workbook.sheet.leaves"));
			if (leaves == null || !isHeader(leaves, KEY, "workbook.column.key")
					|| !isHeader(leaves, VALUE, "workbook.column.value")) {
				throw new UnreadableTemplate("workbook.upload.notTemplate");
			}
			var property = workbook.getProperties().getCustomProperties().getProperty(EVALUATION_PROPERTY);
			String owner = property == null ? null : property.getLpwstr();
			if (owner != null && !owner.equals(String.valueOf(evaluationId))) {
				throw new UnreadableTemplate("workbook.upload.otherEvaluation");
			}
			Map<String, Object> values = new LinkedHashMap<>();
			Map<String, Integer> rows = new LinkedHashMap<>();
			List<RawDataUpload.Problem> problems = new ArrayList<>();
			readLeaves(leaves, layout, values, rows, problems);
			Sheet unitSheet = workbook.getSheet(text("workbook.sheet.units"));
			List<EvaluationDocument.Unit> units = null;
			EvaluationDocument.Amounts totals = null;
			if (unitSheet != null) {
				units = new ArrayList<>();
				totals = readUnits(unitSheet, units, problems);
			}
			var version = workbook.getProperties().getCustomProperties().getProperty(VERSION_PROPERTY);
			Long downloaded = version == null ? null : Long.valueOf(version.getLpwstr());
			return new RawDataUpload(values, rows, units, totals, problems, downloaded);
		}
		catch (IOException ex) {
			throw new UnreadableTemplate("workbook.upload.notXlsx");
		}
	}

	private static XSSFWorkbook open(InputStream in) {
		try {
			return new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException ex) {
			// Not a zip, an old .xls, a zip that is not a workbook, or a damaged one.
			throw new UnreadableTemplate("workbook.upload.notXlsx");
		}
	}

	private boolean isHeader(Sheet sheet, int column, String key) {
		Row header = sheet.getRow(HEADER_ROW);
		Object cell = header == null ? null : content(header.getCell(column));
		return text(key).equals(cell);
	}

	private void readLeaves(Sheet sheet, List<RawDataRow> layout, Map<String, Object> values, Map<String, Integer> rows,
			List<RawDataUpload.Problem> problems) {
		Map<String, RawDataRow> byKey = new HashMap<>();
		layout.forEach(row -> byKey.put(row.key(), row));
		for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Object key = content(row.getCell(KEY));
			Cell valueCell = row.getCell(VALUE);
			Object cell = content(valueCell);
			if (key == null) {
				if (cell != null) {
					problems.add(new RawDataUpload.Problem(0, r + 1, text("workbook.row.noKey", r + 1)));
				}
				continue;
			}
			RawDataRow layoutRow = byKey.get(key.toString());
			if (layoutRow == null) {
				problems.add(new RawDataUpload.Problem(0, r + 1, text("workbook.row.unknownKey", r + 1, key)));
				continue;
			}
			if (rows.containsKey(layoutRow.key())) {
				problems.add(new RawDataUpload.Problem(0, r + 1,
						text("workbook.row.duplicate", r + 1, layoutRow.leaf().code(), layoutRow.leaf().name(),
								labels.itemText(layoutRow), rows.get(layoutRow.key()))));
				continue;
			}
			if (layoutRow.spec().type() == InputType.PERCENT && cell instanceof BigDecimal number
					&& percentFormatted(valueCell)) {
				cell = number.movePointRight(2);
			}
			rows.put(layoutRow.key(), r + 1);
			values.put(layoutRow.key(), RawDataValues.toInput(layoutRow.spec(), cell, labels.choices(layoutRow)));
		}
	}

	private EvaluationDocument.Amounts readUnits(Sheet sheet, List<EvaluationDocument.Unit> units,
			List<RawDataUpload.Problem> problems) {
		String totalsLabel = text("workbook.totalsRow");
		EvaluationDocument.Amounts totals = null;
		for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Object name = content(row.getCell(0));
			BigDecimal[] amounts = new BigDecimal[AMOUNT_COLUMNS.length];
			boolean any = name != null;
			List<RawDataUpload.Problem> rowProblems = new ArrayList<>();
			String rowName = totalsLabel.equals(name) ? totalsLabel + " " : "";
			for (int c = 0; c < AMOUNT_COLUMNS.length; c++) {
				Object cell = content(row.getCell(c + 1));
				any |= cell != null;
				Object number = RawDataValues.number(cell);
				if (number == null) {
					continue;
				}
				String column = rowName + text("workbook.column." + AMOUNT_COLUMNS[c]);
				if (!(number instanceof BigDecimal amount)) {
					rowProblems.add(unitProblem(r, column, "violation.notNumber"));
				}
				else if (NumberKind.AMOUNT.breach(amount).isPresent()) {
					NumberKind.Breach breach = NumberKind.AMOUNT.breach(amount).get();
					rowProblems.add(new RawDataUpload.Problem(1, r + 1, text("workbook.row.unit", r + 1, column,
							text("violation." + breach.code(), breach.argArray()))));
				}
				else {
					amounts[c] = amount;
				}
			}
			if (!any) {
				continue;
			}
			if (totalsLabel.equals(name)) {
				totals = amounts[0] == null && amounts[1] == null && amounts[2] == null ? null
						: new EvaluationDocument.Amounts(amounts[0], amounts[1], amounts[2]);
			}
			else {
				if (name == null) {
					rowProblems.add(0, unitProblem(r, text("workbook.column.unitName"), "violation.required"));
				}
				else if (TextField.UNIT_NAME.problem(name.toString(), limits) != null) {
					rowProblems.add(0,
							new RawDataUpload.Problem(1, r + 1,
									text("workbook.row.unit", r + 1, text("workbook.column.unitName"),
											text("violation." + TextField.UNIT_NAME.problem(name.toString(), limits),
													TextField.UNIT_NAME.maxLength(limits)))));
				}
				units.add(new EvaluationDocument.Unit(name == null ? null : name.toString(), amounts[0], amounts[1],
						amounts[2]));
				if (units.size() > limits.units()) {
					problems.add(new RawDataUpload.Problem(1, r + 1,
							text("workbook.row.tooManyUnits", r + 1, limits.units())));
					return totals;
				}
			}
			problems.addAll(rowProblems);
		}
		return totals;
	}

	private RawDataUpload.Problem unitProblem(int r, String column, String violation) {
		return new RawDataUpload.Problem(1, r + 1, text("workbook.row.unit", r + 1, column, text(violation)));
	}

	/**
	 * null, a {@link BigDecimal}, a non-blank {@link String} or a {@link Boolean};
	 * formulas by their value.
	 */
	static Object content(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			// Excel keeps 15 significant digits: =0.1+0.2 is 0.3, not
			// 0.30000000000000004.
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).round(EXCEL_DIGITS);
			case STRING -> {
				String text = cell.getStringCellValue().strip();
				yield text.isEmpty() ? null : text;
			}
			case BOOLEAN -> cell.getBooleanCellValue();
			case ERROR -> "#" + cell.getErrorCellValue();
			default -> null;
		};
	}

	private static boolean percentFormatted(Cell cell) {
		String format = cell.getCellStyle().getDataFormatString();
		return format != null && format.contains("%");
	}

	private String text(String code, Object... args) {
		return labels.text(code, args);
	}

}
