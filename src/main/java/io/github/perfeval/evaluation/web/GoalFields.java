package io.github.perfeval.evaluation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the 绩效目标完成情况自评表 by two names: the document's
 * ({@code goalReport.tasks[3].name}, rows from 1, as {@code DocumentCheck} names them)
 * and the page's ({@code task:2:name}, the typed rows from 0); and the message key of
 * each field's label as the page shows it.
 */
final class GoalFields {

	private static final Pattern DOCUMENT_ROW = Pattern
		.compile("goalReport\\.(tasks|indicators)\\[(\\d{1,9})]\\.(\\w+)");

	/** Document names of an indicator's fields where the page calls them otherwise. */
	private static final Map<String, String> INDICATOR_FIELDS = Map.of("expected", "target", "actual", "achieved",
			"deviationReason", "reason");

	private GoalFields() {
	}

	/** The document's name of a task's field: row counted from 0 on the page. */
	static String task(int row, String field) {
		return "goalReport.tasks[" + (row + 1) + "]." + field;
	}

	static String indicator(int row, String field) {
		return "goalReport.indicators[" + (row + 1) + "]." + field;
	}

	static String total(String column) {
		return "goalReport.totals." + column;
	}

	/**
	 * The page's name of a field the document names, or null for one the page has no
	 * field for (a whole table).
	 */
	static String formField(String documentField) {
		if (documentField == null) {
			return null;
		}
		Matcher row = DOCUMENT_ROW.matcher(documentField);
		if (row.matches()) {
			int index = Integer.parseInt(row.group(2)) - 1;
			if (row.group(1).equals("tasks")) {
				return "task:" + index + ":" + row.group(3);
			}
			return "ind:" + index + ":" + INDICATOR_FIELDS.getOrDefault(row.group(3), row.group(3));
		}
		if (documentField.startsWith("goalReport.totals.")) {
			return "total:" + documentField.substring("goalReport.totals.".length());
		}
		return switch (documentField) {
			case "goalReport.annualGoal.expected" -> "goal:expected";
			case "goalReport.annualGoal.actual" -> "goal:actual";
			case "goalReport.unit" -> "unit";
			default -> null;
		};
	}

	/** The message key of the field's label: 任务名称, 预算数总额, 指标值 … */
	static String labelKey(String formField) {
		String[] parts = formField.split(":");
		return switch (parts[0]) {
			case "task" -> "goals.label.task." + parts[parts.length - 1];
			case "ind" -> "goals.label.ind." + parts[parts.length - 1];
			case "total" -> "goals.label.total." + parts[1];
			case "goal" -> "goals.label.goal." + parts[1];
			default -> "goals.label.unit";
		};
	}

	/**
	 * Where the field is, for the list at the top: the message key of its table's row
	 * ({@code goals.at.task} with the row number from 1), or null outside the tables.
	 */
	static String rowKey(String formField) {
		if (formField.startsWith("task:")) {
			return "goals.at.task";
		}
		return formField.startsWith("ind:") ? "goals.at.ind" : null;
	}

	/** The row number from 1 of a table's field. */
	static int rowNumber(String formField) {
		return Integer.parseInt(formField.split(":")[1]) + 1;
	}

	/**
	 * Fields in the order the page shows them: 单位, the tasks, 金额合计, 年度总体目标, the
	 * indicators; row by row, column by column.
	 */
	static final Comparator<String> PAGE_ORDER = Comparator.comparingInt(GoalFields::section)
		.thenComparingInt(field -> field.startsWith("task:") || field.startsWith("ind:") ? rowNumber(field) : 0)
		.thenComparingInt(GoalFields::column);

	private static final List<String> TASK_COLUMNS = List.of("name", "content", "completion", "budgetTotal",
			"budgetFiscal", "actualTotal", "actualFiscal");

	private static final List<String> INDICATOR_COLUMNS = List.of("level1", "level2", "name", "nature", "target",
			"unit", "achieved", "level", "points", "reason");

	private static int section(String field) {
		return List.of("unit", "task", "total", "goal", "ind").indexOf(field.split(":")[0]);
	}

	private static int column(String field) {
		String[] parts = field.split(":");
		String column = parts[parts.length - 1];
		return switch (parts[0]) {
			case "task", "total" -> TASK_COLUMNS.indexOf(column);
			case "ind" -> INDICATOR_COLUMNS.indexOf(column);
			default -> column.equals("expected") ? 0 : 1;
		};
	}

	/**
	 * The task's or the indicator's name: a row whose name cannot be stored is not saved.
	 */
	static boolean isRowName(String formField) {
		return (formField.startsWith("task:") || formField.startsWith("ind:")) && formField.endsWith(":name");
	}

}
