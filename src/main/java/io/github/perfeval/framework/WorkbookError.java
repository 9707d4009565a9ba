package io.github.perfeval.framework;

/**
 * One problem of an imported framework workbook, where the workbook has it: the sheet,
 * the row (1-based, as Excel numbers them) and the column as its header names it, each
 * null where the problem has none; the indicator and document field where it is about one
 * (as in the JSON import's errors); and the whole message in Chinese, e.g.
 * {@code 指标体系 第 12 行「分值」：须为 0 到 100 之间、最多两位小数的数}.
 */
public record WorkbookError(String sheet, Integer row, String column, String indicator, String field, String message) {
}
