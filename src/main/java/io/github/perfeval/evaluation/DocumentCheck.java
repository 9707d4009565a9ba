package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.github.perfeval.scoring.Violation;

/**
 * Checks of the document outside the leaves (§3, §4): department and year, the units
 * table, totals, the goal report, the report's sections.
 */
final class DocumentCheck {

	/** The report's narrative sections (§4 {@code texts}). */
	static final List<String> SECTIONS = List.of("functions", "annualTasks", "budgetPreparation", "budgetExecution",
			"performanceGoals", "performanceWork", "performanceAnalysis", "experience", "problems", "plans");

	private static final Set<String> SECTION_SET = Set.copyOf(SECTIONS);

	private final List<Violation> violations = new ArrayList<>();

	private DocumentCheck() {
	}

	static List<Violation> check(EvaluationDocument document) {
		DocumentCheck check = new DocumentCheck();
		check.department(document.department());
		check.year(document.year());
		if (document.unit() != null && document.unit().isBlank()) {
			check.reject("unit", "required");
		}
		check.units(document.units());
		check.amounts("totals", document.totals());
		check.goalReport(document.goalReport());
		if (document.texts() != null) {
			document.texts()
				.keySet()
				.stream()
				.filter(section -> !SECTION_SET.contains(section))
				.forEach(section -> check.reject("texts." + section, "unknownSection", String.join("、", SECTIONS)));
		}
		return check.violations;
	}

	private void department(EvaluationDocument.Department department) {
		if (department == null || blank(department.code())) {
			reject("department.code", "required");
		}
		if (department == null || blank(department.name())) {
			reject("department.name", "required");
		}
	}

	private void year(Integer year) {
		if (year == null) {
			reject("year", "required");
		}
		else if (year < 2000 || year > 2100) {
			reject("year", "yearRange");
		}
	}

	private void units(List<EvaluationDocument.Unit> units) {
		if (units == null) {
			return;
		}
		for (int i = 0; i < units.size(); i++) {
			EvaluationDocument.Unit unit = units.get(i);
			String prefix = "units[" + (i + 1) + "].";
			if (blank(unit.name())) {
				reject(prefix + "name", "required");
			}
			nonNegative(prefix + "initialBudget", unit.initialBudget());
			nonNegative(prefix + "adjustedBudget", unit.adjustedBudget());
			nonNegative(prefix + "finalAccounts", unit.finalAccounts());
		}
	}

	private void amounts(String prefix, EvaluationDocument.Amounts amounts) {
		if (amounts != null) {
			nonNegative(prefix + ".initialBudget", amounts.initialBudget());
			nonNegative(prefix + ".adjustedBudget", amounts.adjustedBudget());
			nonNegative(prefix + ".finalAccounts", amounts.finalAccounts());
		}
	}

	private void goalReport(EvaluationDocument.GoalReport report) {
		if (report == null) {
			return;
		}
		money("goalReport.totals", report.totals());
		List<EvaluationDocument.GoalTask> tasks = report.tasks() == null ? List.of() : report.tasks();
		for (int i = 0; i < tasks.size(); i++) {
			EvaluationDocument.GoalTask task = tasks.get(i);
			String prefix = "goalReport.tasks[" + (i + 1) + "]";
			if (blank(task.name())) {
				reject(prefix + ".name", "required");
			}
			money(prefix, new EvaluationDocument.Money(task.budgetTotal(), task.budgetFiscal(), task.actualTotal(),
					task.actualFiscal()));
		}
		List<EvaluationDocument.GoalIndicator> indicators = report.indicators() == null ? List.of()
				: report.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			if (blank(indicators.get(i).name())) {
				reject("goalReport.indicators[" + (i + 1) + "].name", "required");
			}
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
			nonNegative(prefix + "." + names.get(i), getters.get(i).apply(money));
		}
	}

	private void nonNegative(String field, BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			reject(field, "negative");
		}
	}

	private void reject(String field, String code, Object... args) {
		violations.add(Violation.of(null, field, code, args));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
