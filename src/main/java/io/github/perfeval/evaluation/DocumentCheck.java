package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.NumberKind;
import io.github.perfeval.scoring.Violation;

/**
 * Checks of the document outside the leaves' rules (§3, §4): department and year, the
 * units table, totals, the goal report, the report's sections; and the bounds of
 * everything a document may bring (how many rows, how long a text, how many digits a
 * number), so that nothing out of bounds reaches the scoring or the database.
 */
final class DocumentCheck {

	/** The report's narrative sections (§4 {@code texts}). */
	static final List<String> SECTIONS = List.of("functions", "annualTasks", "budgetPreparation", "budgetExecution",
			"performanceGoals", "performanceWork", "performanceAnalysis", "experience", "problems", "plans");

	/** The amount units an evaluation may be kept in. */
	static final List<String> AMOUNT_UNITS = List.of("万元", "元");

	/**
	 * More leaves, overrides or weights than any framework has: the document is not one.
	 */
	static final int MAX_LEAVES = 300;

	/** More inputs per leaf (or items per checklist) than any rule reads. */
	static final int MAX_VALUES_PER_LEAF = 100;

	static final int MAX_EVIDENCE = 50;

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private static final Set<String> SECTION_SET = Set.copyOf(SECTIONS);

	private final InputLimits limits;

	private final List<Violation> violations = new ArrayList<>();

	private DocumentCheck(InputLimits limits) {
		this.limits = limits;
	}

	static List<Violation> check(EvaluationDocument document, InputLimits limits) {
		DocumentCheck check = new DocumentCheck(limits);
		check.department(document.department());
		check.year(document.year());
		if (document.unit() != null && !AMOUNT_UNITS.contains(document.unit())) {
			check.reject("unit", document.unit().isBlank() ? "required" : "unknownUnit",
					String.join("、", AMOUNT_UNITS));
		}
		check.leaves(document.indicators());
		check.overrides(document.overrides());
		check.custom(document.customIndicators());
		check.count("weights", document.weights() == null ? null : document.weights().keySet(), MAX_LEAVES);
		check.units(document.units());
		check.amounts("totals", document.totals());
		check.goalReport(document.goalReport());
		check.signatories(document.signatories());
		if (document.texts() != null) {
			document.texts().forEach((section, text) -> {
				if (!SECTION_SET.contains(section)) {
					check.reject("texts." + section, "unknownSection", String.join("、", SECTIONS));
				}
				else {
					check.text("texts." + section, text, TextField.FREE_TEXT);
				}
			});
		}
		return check.violations;
	}

	/**
	 * The checks of a 绩效目标完成情况自评表 alone, as {@link #check} makes them for a whole
	 * document (fields named {@code goalReport.tasks[3].name}, 1-based rows).
	 */
	static List<Violation> checkGoalReport(EvaluationDocument.GoalReport report, InputLimits limits) {
		DocumentCheck check = new DocumentCheck(limits);
		check.goalReport(report);
		return check.violations;
	}

	/** Whether the violations say the document is too large to be worth scoring. */
	static boolean tooLarge(List<Violation> violations) {
		return violations.stream().anyMatch(violation -> "tooMany".equals(violation.code()));
	}

	private void department(EvaluationDocument.Department department) {
		if (department == null || blank(department.code())) {
			reject("department.code", "required");
		}
		if (department == null || blank(department.name())) {
			reject("department.name", "required");
		}
		if (department != null) {
			text("department.code", department.code(), TextField.DEPARTMENT_CODE);
			text("department.name", department.name(), TextField.DEPARTMENT_NAME);
		}
	}

	private void year(Integer year) {
		if (year == null) {
			reject("year", "required");
		}
		else if (year < FIRST_YEAR || year > LAST_YEAR) {
			reject("year", "yearRange");
		}
	}

	private void leaves(Map<String, Map<String, Object>> leaves) {
		if (leaves == null || !count("indicators", leaves.keySet(), MAX_LEAVES)) {
			return;
		}
		leaves.forEach((code, values) -> {
			if (values == null) {
				return;
			}
			if (values.size() > MAX_VALUES_PER_LEAF) {
				violations.add(Violation.of(code, null, "tooMany", MAX_VALUES_PER_LEAF));
				return;
			}
			values.forEach((field, value) -> leafValue(code, field, value));
		});
	}

	private void leafValue(String code, String field, Object value) {
		if (value instanceof String text) {
			String problem = TextField.COMMENT.problem(text, limits);
			if (problem != null) {
				violations.add(Violation.of(code, field, problem, TextField.COMMENT.maxLength(limits)));
			}
		}
		else if (value instanceof List<?> list) {
			int max = "evidence".equals(field) ? MAX_EVIDENCE : MAX_VALUES_PER_LEAF;
			if (list.size() > max) {
				violations.add(Violation.of(code, field, "tooMany", max));
				return;
			}
			TextField kind = "evidence".equals(field) ? TextField.EVIDENCE_NAME : TextField.COMMENT;
			list.stream()
				.filter(String.class::isInstance)
				.map(String.class::cast)
				.map(text -> kind.problem(text, limits))
				.filter(problem -> problem != null)
				.findFirst()
				.ifPresent(problem -> violations.add(Violation.of(code, field, problem, kind.maxLength(limits))));
		}
		else if (value instanceof Map<?, ?>) {
			violations.add(Violation.of(code, field, "notText"));
		}
	}

	private void overrides(Map<String, EvaluationDocument.Override> overrides) {
		if (overrides == null || !count("overrides", overrides.keySet(), MAX_LEAVES)) {
			return;
		}
		overrides.forEach((code, override) -> {
			if (override != null) {
				String problem = TextField.COMMENT.problem(override.reason(), limits);
				if (problem != null) {
					violations.add(Violation.of(code, "override.reason", problem, TextField.COMMENT.maxLength(limits)));
				}
			}
		});
	}

	private void custom(EvaluationDocument.CustomIndicators custom) {
		if (custom == null) {
			return;
		}
		count("customIndicators.remove", custom.remove(), MAX_LEAVES);
		if (custom.add() == null || !count("customIndicators.add", custom.add(), limits.customIndicators())) {
			return;
		}
		for (int i = 0; i < custom.add().size(); i++) {
			EvaluationDocument.CustomIndicator leaf = custom.add().get(i);
			String prefix = "customIndicators.add[" + (i + 1) + "].";
			if (leaf != null) {
				text(prefix + "code", leaf.code(), TextField.CUSTOM_CODE);
				text(prefix + "group", leaf.group(), TextField.CUSTOM_CODE);
				text(prefix + "name", leaf.name(), TextField.CUSTOM_NAME);
				text(prefix + "rule", leaf.rule(), TextField.CUSTOM_CODE);
			}
		}
	}

	private void units(List<EvaluationDocument.Unit> units) {
		if (units == null || !count("units", units, limits.units())) {
			return;
		}
		for (int i = 0; i < units.size(); i++) {
			EvaluationDocument.Unit unit = units.get(i);
			String prefix = "units[" + (i + 1) + "].";
			if (unit == null || blank(unit.name())) {
				reject(prefix + "name", "required");
			}
			if (unit != null) {
				text(prefix + "name", unit.name(), TextField.UNIT_NAME);
				number(prefix + "initialBudget", unit.initialBudget(), NumberKind.AMOUNT);
				number(prefix + "adjustedBudget", unit.adjustedBudget(), NumberKind.AMOUNT);
				number(prefix + "finalAccounts", unit.finalAccounts(), NumberKind.AMOUNT);
			}
		}
	}

	private void amounts(String prefix, EvaluationDocument.Amounts amounts) {
		if (amounts != null) {
			number(prefix + ".initialBudget", amounts.initialBudget(), NumberKind.AMOUNT);
			number(prefix + ".adjustedBudget", amounts.adjustedBudget(), NumberKind.AMOUNT);
			number(prefix + ".finalAccounts", amounts.finalAccounts(), NumberKind.AMOUNT);
		}
	}

	private void signatories(EvaluationDocument.Signatories signatories) {
		if (signatories != null) {
			text("signatories.filledBy", signatories.filledBy(), TextField.FILLED_BY);
			text("signatories.headOfUnit", signatories.headOfUnit(), TextField.HEAD_OF_UNIT);
			text("signatories.phone", signatories.phone(), TextField.PHONE);
			text("signatories.notice", signatories.notice(), TextField.NOTICE);
			text("signatories.shortName", signatories.shortName(), TextField.SHORT_NAME);
		}
	}

	private void goalReport(EvaluationDocument.GoalReport report) {
		if (report == null) {
			return;
		}
		text("goalReport.unit", report.unit(), TextField.UNIT);
		money("goalReport.totals", report.totals());
		if (report.annualGoal() != null) {
			text("goalReport.annualGoal.expected", report.annualGoal().expected(), TextField.FREE_TEXT);
			text("goalReport.annualGoal.actual", report.annualGoal().actual(), TextField.FREE_TEXT);
		}
		List<EvaluationDocument.GoalTask> tasks = report.tasks() == null ? List.of() : report.tasks();
		if (count("goalReport.tasks", tasks, limits.goalTasks())) {
			for (int i = 0; i < tasks.size(); i++) {
				goalTask("goalReport.tasks[" + (i + 1) + "]", tasks.get(i));
			}
		}
		List<EvaluationDocument.GoalIndicator> indicators = report.indicators() == null ? List.of()
				: report.indicators();
		if (count("goalReport.indicators", indicators, limits.goalIndicators())) {
			for (int i = 0; i < indicators.size(); i++) {
				goalIndicator("goalReport.indicators[" + (i + 1) + "]", indicators.get(i));
			}
		}
	}

	private void goalTask(String prefix, EvaluationDocument.GoalTask task) {
		if (task == null || blank(task.name())) {
			reject(prefix + ".name", "required");
		}
		if (task == null) {
			return;
		}
		text(prefix + ".name", task.name(), TextField.GOAL_TASK_NAME);
		text(prefix + ".content", task.content(), TextField.FREE_TEXT);
		text(prefix + ".completion", task.completion(), TextField.FREE_TEXT);
		money(prefix, new EvaluationDocument.Money(task.budgetTotal(), task.budgetFiscal(), task.actualTotal(),
				task.actualFiscal()));
	}

	private void goalIndicator(String prefix, EvaluationDocument.GoalIndicator indicator) {
		if (indicator == null || blank(indicator.name())) {
			reject(prefix + ".name", "required");
		}
		if (indicator == null) {
			return;
		}
		text(prefix + ".level1", indicator.level1(), TextField.GOAL_LEVEL);
		text(prefix + ".level2", indicator.level2(), TextField.GOAL_LEVEL);
		text(prefix + ".name", indicator.name(), TextField.GOAL_INDICATOR_NAME);
		text(prefix + ".expected", indicator.expected(), TextField.GOAL_VALUE_TEXT);
		text(prefix + ".actual", indicator.actual(), TextField.GOAL_VALUE_TEXT);
		text(prefix + ".unit", indicator.unit(), TextField.GOAL_UNIT);
		text(prefix + ".deviationReason", indicator.deviationReason(), TextField.FREE_TEXT);
		number(prefix + ".target", indicator.target(), NumberKind.GOAL_VALUE);
		number(prefix + ".achieved", indicator.achieved(), NumberKind.GOAL_VALUE);
		text(prefix + ".level", indicator.level(), TextField.GOAL_UNIT);
		if (indicator.points() != null && (NumberKind.SCORE.breach(indicator.points()).isPresent()
				|| indicator.points().compareTo(IndicatorTree.TOTAL) > 0)) {
			reject(prefix + ".points", "goalPointsRange");
		}
	}

	private void money(String prefix, EvaluationDocument.Money money) {
		if (money == null) {
			return;
		}
		List<Function<EvaluationDocument.Money, BigDecimal>> getters = List.of(EvaluationDocument.Money::budgetTotal,
				EvaluationDocument.Money::budgetFiscal, EvaluationDocument.Money::actualTotal,
				EvaluationDocument.Money::actualFiscal);
		List<String> names = List.of("budgetTotal", "budgetFiscal", "actualTotal", "actualFiscal");
		for (int i = 0; i < names.size(); i++) {
			number(prefix + "." + names.get(i), getters.get(i).apply(money), NumberKind.AMOUNT);
		}
	}

	/** False, with a violation, when the collection has more elements than allowed. */
	private boolean count(String field, Collection<?> elements, int max) {
		if (elements != null && elements.size() > max) {
			reject(field, "tooMany", max);
			return false;
		}
		return true;
	}

	private void number(String field, BigDecimal number, NumberKind kind) {
		if (number != null) {
			kind.breach(number).ifPresent(breach -> reject(field, breach.code(), breach.argArray()));
		}
	}

	private void text(String field, String text, TextField kind) {
		String problem = kind.problem(text, limits);
		if (problem != null) {
			reject(field, problem, kind.maxLength(limits));
		}
	}

	private void reject(String field, String code, Object... args) {
		violations.add(Violation.of(null, field, code, args));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
