package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.GoalDraft;
import io.github.perfeval.evaluation.GoalNature;
import io.github.perfeval.scoring.Violation;

/**
 * Turns the typed 自评表 into a {@link GoalDraft}: amounts read by {@link TypedNumber} in
 * the report's unit, 指标值 and 完成值 by {@link GoalPageView#value}. A field that cannot be
 * read is left out of the draft (it keeps its stored value) and gets a problem, keyed by
 * the field's name in the form. Bounds (digits, lengths, names) are not checked here:
 * {@code GoalReportService} checks the draft against the document's bounds.
 */
final class GoalReportReader {

	private final Map<String, Violation> problems = new LinkedHashMap<>();

	private final Set<String> unread = new LinkedHashSet<>();

	/**
	 * The problems of the fields that could not be read, by the field's name in the form.
	 */
	Map<String, Violation> problems() {
		return problems;
	}

	GoalDraft read(long version, GoalPageView view) {
		String amountUnit = view.unit();
		List<EvaluationDocument.GoalTask> tasks = new ArrayList<>();
		List<Integer> taskOrigins = new ArrayList<>();
		for (GoalPageView.TaskRow task : view.tasks()) {
			int row = tasks.size();
			String prefix = "task:" + task.index() + ":";
			Map<String, BigDecimal> amounts = new LinkedHashMap<>();
			for (String column : GoalForm.AMOUNTS) {
				amounts.put(column,
						amount(task.amounts().get(column), amountUnit, prefix + column, GoalFields.task(row, column)));
			}
			tasks.add(new EvaluationDocument.GoalTask(nullIfEmpty(task.name()), nullIfEmpty(task.content()),
					nullIfEmpty(task.completion()), amounts.get("budgetTotal"), amounts.get("budgetFiscal"),
					amounts.get("actualTotal"), amounts.get("actualFiscal")));
			taskOrigins.add(task.stored());
		}
		Map<String, String> stated = view.stated();
		EvaluationDocument.Money totals = null;
		if (!stated.values().stream().allMatch(String::isEmpty)) {
			Map<String, BigDecimal> amounts = new LinkedHashMap<>();
			for (String column : GoalForm.AMOUNTS) {
				amounts.put(column,
						amount(stated.get(column), amountUnit, "total:" + column, GoalFields.total(column)));
			}
			totals = new EvaluationDocument.Money(amounts.get("budgetTotal"), amounts.get("budgetFiscal"),
					amounts.get("actualTotal"), amounts.get("actualFiscal"));
		}
		EvaluationDocument.AnnualGoal goal = view.expected().isEmpty() && view.actual().isEmpty() ? null
				: new EvaluationDocument.AnnualGoal(nullIfEmpty(view.expected()), nullIfEmpty(view.actual()));
		List<EvaluationDocument.GoalIndicator> indicators = new ArrayList<>();
		List<Integer> indicatorOrigins = new ArrayList<>();
		for (GoalPageView.IndicatorRow row : view.indicators()) {
			indicators.add(indicator(indicators.size(), row));
			indicatorOrigins.add(row.stored());
		}
		EvaluationDocument.GoalReport report = tasks.isEmpty() && totals == null && goal == null && indicators.isEmpty()
				? null : new EvaluationDocument.GoalReport(nullIfEmpty(view.unit()), tasks.isEmpty() ? null : tasks,
						totals, goal, indicators.isEmpty() ? null : indicators);
		return new GoalDraft(version, report, taskOrigins, indicatorOrigins, unread);
	}

	/**
	 * =, ≥, ≤: 指标值 and 完成值 are numbers and the published texts go along, to be kept where
	 * they still say the same; 定性 or no 指标性质: what is typed is the text.
	 */
	private EvaluationDocument.GoalIndicator indicator(int row, GoalPageView.IndicatorRow typed) {
		String prefix = "ind:" + typed.index() + ":";
		GoalNature nature = typed.natureValue();
		String unit = nullIfEmpty(typed.unit());
		if (nature == null || !nature.quantitative()) {
			return new EvaluationDocument.GoalIndicator(nullIfEmpty(typed.level1()), nullIfEmpty(typed.level2()),
					nullIfEmpty(typed.name()), nullIfEmpty(typed.target()), nullIfEmpty(typed.achieved()), nature, null,
					unit, null, nullIfEmpty(typed.reason()), points(row, typed), nullIfEmpty(typed.level()));
		}
		BigDecimal target = value(typed.target(), typed.unit(), prefix + "target", GoalFields.indicator(row, "target"));
		if (typed.target().isEmpty()) {
			refuse(prefix + "target", GoalFields.indicator(row, "target"), "goals.error.targetRequired", List.of());
		}
		BigDecimal achieved = value(typed.achieved(), typed.unit(), prefix + "achieved",
				GoalFields.indicator(row, "achieved"));
		return new EvaluationDocument.GoalIndicator(nullIfEmpty(typed.level1()), nullIfEmpty(typed.level2()),
				nullIfEmpty(typed.name()), typed.expectedText(), typed.actualText(), nature, target, unit, achieved,
				nullIfEmpty(typed.reason()), points(row, typed), nullIfEmpty(typed.level()));
	}

	/** The 分值 as typed (4.5 or 4.5分); null when empty or unreadable. */
	private BigDecimal points(int row, GoalPageView.IndicatorRow typed) {
		if (typed.points() == null || typed.points().isEmpty()) {
			return null;
		}
		return number(TypedNumber.parse(typed.points(), TypedNumber.Field.SCORE, null),
				"ind:" + typed.index() + ":points", GoalFields.indicator(row, "points"));
	}

	private BigDecimal amount(String typed, String unit, String field, String documentField) {
		return number(TypedNumber.parse(typed, TypedNumber.Field.AMOUNT, unit), field, documentField);
	}

	private BigDecimal value(String typed, String unit, String field, String documentField) {
		return number(GoalPageView.value(typed, unit), field, documentField);
	}

	private BigDecimal number(TypedNumber.Result result, String field, String documentField) {
		if (result instanceof TypedNumber.Unreadable unreadable) {
			refuse(field, documentField, "violation." + unreadable.code(), unreadable.args());
		}
		return result.number();
	}

	private void refuse(String field, String documentField, String key, List<Object> args) {
		problems.put(field, new Violation(null, field, key, args));
		unread.add(documentField);
	}

	private static String nullIfEmpty(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
