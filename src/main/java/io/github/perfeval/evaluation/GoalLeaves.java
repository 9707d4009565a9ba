package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.perfeval.scoring.GoalScheme;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.LeafInputs;
import io.github.perfeval.scoring.Target;
import io.github.perfeval.scoring.Violation;

/**
 * A framework that scores the evaluation's own 年度绩效指标 ({@link GoalScheme}) applied to one
 * document: the indicators with a 分值 become leaves, the budget leaf reads 表 1-1's 全年预算数
 * and 全年执行数 (the stated totals, else the 下属单位 added up), and a problem of an indicator's
 * leaf is named by its row of the 自评表. A framework without a scheme is left as it is.
 */
final class GoalLeaves {

	/** Where a problem of a goal leaf is shown: its row's field. */
	private static final List<String> ROW_FIELDS = List.of(Target.NATURE, Target.TARGET, Target.ACHIEVED, Target.LEVEL,
			Target.REASON);

	record Applied(IndicatorTree tree, Map<String, LeafInputs> inputs, List<Violation> violations,
			Map<String, Integer> rows) {

		/** The violation as the 自评表 names it: the row's field for a goal leaf. */
		Violation located(Violation violation) {
			Integer row = violation.indicator() == null ? null : rows.get(violation.indicator());
			if (row == null || !ROW_FIELDS.contains(violation.field())) {
				return violation;
			}
			return new Violation(violation.indicator(), GoalScheme.rowField(row, violation.field()), violation.code(),
					violation.args());
		}

	}

	private GoalLeaves() {
	}

	static Applied apply(IndicatorTree common, EvaluationDocument document) {
		Map<String, LeafInputs> inputs = DocumentMapping.inputs(document);
		GoalScheme goals = common.goals();
		if (goals == null) {
			return new Applied(common, inputs, List.of(), Map.of());
		}
		GoalScheme.Expanded expanded = goals.expand(common, entries(document));
		if (goals.budgetLeaf() != null) {
			expanded.tree()
				.leaf(goals.budgetLeaf())
				.ifPresent(leaf -> inputs.put(leaf.code(), budgetInputs(leaf, inputs.get(leaf.code()), document)));
		}
		return new Applied(expanded.tree(), inputs, expanded.violations(), expanded.rows());
	}

	/** The 自评表's indicators as the engine reads them, their structure completed. */
	static List<GoalScheme.Entry> entries(EvaluationDocument document) {
		if (document.goalReport() == null || document.goalReport().indicators() == null) {
			return List.of();
		}
		List<GoalScheme.Entry> entries = new ArrayList<>();
		for (EvaluationDocument.GoalIndicator stated : document.goalReport().indicators()) {
			EvaluationDocument.GoalIndicator indicator = stated == null ? null : GoalValueParser.complete(stated);
			entries.add(indicator == null
					? new GoalScheme.Entry(null, null, null, null, null, null, null, null, null, null, null)
					: new GoalScheme.Entry(indicator.level1(), indicator.level2(), indicator.name(),
							indicator.expected(), indicator.actual(),
							indicator.nature() == null ? null : indicator.nature().name(), indicator.target(),
							indicator.achieved(), indicator.level(), indicator.points(), indicator.deviationReason()));
		}
		return entries;
	}

	/**
	 * The budget leaf's inputs: 年初预算数, 全年预算数 and 全年执行数 of 表 1-1 where it has them, else
	 * what the leaf was given.
	 */
	private static LeafInputs budgetInputs(Indicator leaf, LeafInputs given, EvaluationDocument document) {
		Map<String, Object> values = new LinkedHashMap<>(given == null ? Map.of() : given.values());
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		amounts.put("initialBudget",
				amount(document, EvaluationDocument.Amounts::initialBudget, EvaluationDocument.Unit::initialBudget));
		amounts.put("adjustedBudget",
				amount(document, EvaluationDocument.Amounts::adjustedBudget, EvaluationDocument.Unit::adjustedBudget));
		amounts.put("finalAccounts",
				amount(document, EvaluationDocument.Amounts::finalAccounts, EvaluationDocument.Unit::finalAccounts));
		List<String> read = leaf.inputs().stream().map(InputSpec::name).toList();
		amounts.forEach((name, amount) -> {
			if (amount != null && read.contains(name)) {
				values.put(name, amount);
			}
		});
		return new LeafInputs(values);
	}

	/** The stated total, else the units' amounts added up when every unit has one. */
	static BigDecimal amount(EvaluationDocument document, Function<EvaluationDocument.Amounts, BigDecimal> total,
			Function<EvaluationDocument.Unit, BigDecimal> ofUnit) {
		if (document.totals() != null && total.apply(document.totals()) != null) {
			return total.apply(document.totals());
		}
		List<EvaluationDocument.Unit> units = document.units() == null ? List.of()
				: document.units().stream().filter(Objects::nonNull).toList();
		if (units.isEmpty() || units.stream().anyMatch(unit -> ofUnit.apply(unit) == null)) {
			return null;
		}
		return units.stream().map(ofUnit).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
