package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.GoalNature;

/**
 * Turns the typed 自评表 into the document's {@link EvaluationDocument.GoalReport},
 * collecting a message code for every field that cannot be stored (keyed by the field's
 * name in the form).
 */
final class GoalReportReader {

	private final Map<String, String> errors = new LinkedHashMap<>();

	Map<String, String> errors() {
		return errors;
	}

	/** The report, or null when nothing is filled in (a unit alone is no report). */
	EvaluationDocument.GoalReport read(GoalPageView view) {
		List<EvaluationDocument.GoalTask> tasks = new ArrayList<>();
		for (GoalPageView.TaskRow task : view.tasks()) {
			String prefix = "task:" + task.index() + ":";
			if (task.name().isEmpty()) {
				errors.put(prefix + "name", "goals.error.required");
			}
			tasks.add(new EvaluationDocument.GoalTask(task.name(), nullIfEmpty(task.content()),
					nullIfEmpty(task.completion()), amount(task.amounts(), "budgetTotal", prefix),
					amount(task.amounts(), "budgetFiscal", prefix), amount(task.amounts(), "actualTotal", prefix),
					amount(task.amounts(), "actualFiscal", prefix)));
		}
		Map<String, String> stated = view.stated();
		EvaluationDocument.Money totals = stated.values().stream().allMatch(String::isEmpty) ? null
				: new EvaluationDocument.Money(amount(stated, "budgetTotal", "total:"),
						amount(stated, "budgetFiscal", "total:"), amount(stated, "actualTotal", "total:"),
						amount(stated, "actualFiscal", "total:"));
		EvaluationDocument.AnnualGoal goal = view.expected().isEmpty() && view.actual().isEmpty() ? null
				: new EvaluationDocument.AnnualGoal(nullIfEmpty(view.expected()), nullIfEmpty(view.actual()));
		List<EvaluationDocument.GoalIndicator> indicators = view.indicators().stream().map(this::indicator).toList();
		if (tasks.isEmpty() && totals == null && goal == null && indicators.isEmpty()) {
			return null;
		}
		return new EvaluationDocument.GoalReport(nullIfEmpty(view.unit()), tasks.isEmpty() ? null : tasks, totals, goal,
				indicators.isEmpty() ? null : indicators);
	}

	/**
	 * =, ≥, ≤: 指标值 and 完成值 are numbers and the published texts go along, to be kept where
	 * they still say the same; 定性 or no 指标性质: what is typed is the text.
	 */
	private EvaluationDocument.GoalIndicator indicator(GoalPageView.IndicatorRow row) {
		String prefix = "ind:" + row.index() + ":";
		if (row.name().isEmpty()) {
			errors.put(prefix + "name", "goals.error.required");
		}
		GoalNature nature = row.natureValue();
		String unit = nullIfEmpty(row.unit());
		if (nature == null || !nature.quantitative()) {
			return new EvaluationDocument.GoalIndicator(nullIfEmpty(row.level1()), nullIfEmpty(row.level2()),
					row.name(), nullIfEmpty(row.target()), nullIfEmpty(row.achieved()), nature, null, unit, null,
					nullIfEmpty(row.reason()));
		}
		BigDecimal target = number(row.target(), row.unit(), prefix + "target");
		if (row.target().isEmpty()) {
			errors.put(prefix + "target", "goals.error.targetRequired");
		}
		BigDecimal achieved = number(row.achieved(), row.unit(), prefix + "achieved");
		return new EvaluationDocument.GoalIndicator(nullIfEmpty(row.level1()), nullIfEmpty(row.level2()), row.name(),
				row.expectedText(), row.actualText(), nature, target, unit, achieved, nullIfEmpty(row.reason()));
	}

	private BigDecimal amount(Map<String, String> row, String column, String prefix) {
		BigDecimal amount = number(row.get(column), null, prefix + column);
		if (amount != null && amount.signum() < 0) {
			errors.put(prefix + column, "goals.error.negative");
		}
		return amount;
	}

	private BigDecimal number(String typed, String unit, String field) {
		if (typed == null || typed.isEmpty()) {
			return null;
		}
		BigDecimal number = GoalPageView.number(typed, unit);
		if (number == null) {
			errors.put(field, "goals.error.number");
		}
		return number;
	}

	private static String nullIfEmpty(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
