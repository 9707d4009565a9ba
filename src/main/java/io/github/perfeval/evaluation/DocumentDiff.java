package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of an evaluation document, field by field: each leaf
 * input, each text, each signatory and stated total; the units table and each row of the
 * 自评表 as a whole.
 */
final class DocumentDiff {

	private final List<EvaluationEvent.Change> changes = new ArrayList<>();

	private DocumentDiff() {
	}

	/** The changes a draft makes: leaves, texts, 表 1-1, signatories. */
	static List<EvaluationEvent.Change> ofDraft(EvaluationDocument before, EvaluationDocument after) {
		DocumentDiff diff = new DocumentDiff();
		diff.leaves(before.indicators(), after.indicators());
		diff.map("texts.", before.texts(), after.texts());
		diff.value(null, "units", units(before.units()), units(after.units()));
		diff.amounts(before.totals(), after.totals());
		diff.signatories(before.signatories(), after.signatories());
		return diff.changes;
	}

	/** What an import brings: every value of the document, and each override. */
	static List<EvaluationEvent.Change> ofImport(Map<String, io.github.perfeval.scoring.ScoreOverride> overrides,
			EvaluationDocument document) {
		EvaluationDocument empty = new EvaluationDocument(null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
		List<EvaluationEvent.Change> changes = new ArrayList<>(ofDraft(empty, document));
		overrides.forEach((code, override) -> changes.add(new EvaluationEvent.Change(code, "override", null,
				text(override.score()) + "（" + override.reason() + "）")));
		changes.addAll(ofGoals(null, document.goalReport()));
		return changes;
	}

	/**
	 * What a document's 个性指标 and weights bring: each leaf removed, each 个性指标 with its
	 * name and 分值, each weight changed.
	 */
	static List<EvaluationEvent.Change> ofCustomization(EvaluationDocument document) {
		List<EvaluationEvent.Change> changes = new ArrayList<>();
		EvaluationDocument.CustomIndicators custom = document.customIndicators();
		if (custom != null && custom.remove() != null) {
			custom.remove()
				.forEach(code -> changes.add(new EvaluationEvent.Change(code, "customIndicators.remove", null, code)));
		}
		if (custom != null && custom.add() != null) {
			custom.add().forEach(leaf -> {
				changes.add(new EvaluationEvent.Change(leaf.code(), "customName", null, leaf.name()));
				changes.add(new EvaluationEvent.Change(leaf.code(), "customWeight", null, text(leaf.weight())));
			});
		}
		if (document.weights() != null) {
			document.weights()
				.forEach((code, weight) -> changes
					.add(new EvaluationEvent.Change(code, "customWeight", null, text(weight))));
		}
		return changes;
	}

	/** The changes a save of the 自评表 makes, row by row. */
	static List<EvaluationEvent.Change> ofGoals(EvaluationDocument.GoalReport before,
			EvaluationDocument.GoalReport after) {
		DocumentDiff diff = new DocumentDiff();
		diff.value(null, "goalReport.unit", before == null ? null : before.unit(), after == null ? null : after.unit());
		diff.rows("goalReport.tasks", before == null ? null : before.tasks(), after == null ? null : after.tasks());
		diff.value(null, "goalReport.totals", before == null ? null : text(before.totals()),
				after == null ? null : text(after.totals()));
		diff.value(null, "goalReport.annualGoal", before == null ? null : text(before.annualGoal()),
				after == null ? null : text(after.annualGoal()));
		diff.rows("goalReport.indicators", before == null ? null : before.indicators(),
				after == null ? null : after.indicators());
		return diff.changes;
	}

	private void leaves(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after) {
		Set<String> codes = union(before, after);
		for (String code : codes) {
			Map<String, Object> old = before == null ? null : before.get(code);
			Map<String, Object> now = after == null ? null : after.get(code);
			for (String field : union(old, now)) {
				value(code, field, old == null ? null : text(old.get(field)),
						now == null ? null : text(now.get(field)));
			}
		}
	}

	private void map(String prefix, Map<String, String> before, Map<String, String> after) {
		for (String key : union(before, after)) {
			value(null, prefix + key, before == null ? null : before.get(key), after == null ? null : after.get(key));
		}
	}

	private void amounts(EvaluationDocument.Amounts before, EvaluationDocument.Amounts after) {
		field("totals.initialBudget", before, after, EvaluationDocument.Amounts::initialBudget);
		field("totals.adjustedBudget", before, after, EvaluationDocument.Amounts::adjustedBudget);
		field("totals.finalAccounts", before, after, EvaluationDocument.Amounts::finalAccounts);
	}

	private void signatories(EvaluationDocument.Signatories before, EvaluationDocument.Signatories after) {
		field("signatories.filledBy", before, after, EvaluationDocument.Signatories::filledBy);
		field("signatories.headOfUnit", before, after, EvaluationDocument.Signatories::headOfUnit);
		field("signatories.phone", before, after, EvaluationDocument.Signatories::phone);
		field("signatories.notice", before, after, EvaluationDocument.Signatories::notice);
		field("signatories.shortName", before, after, EvaluationDocument.Signatories::shortName);
	}

	private <T> void field(String name, T before, T after, Function<T, Object> getter) {
		value(null, name, before == null ? null : text(getter.apply(before)),
				after == null ? null : text(getter.apply(after)));
	}

	private void rows(String prefix, List<?> before, List<?> after) {
		int size = Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
		for (int i = 0; i < size; i++) {
			value(null, prefix + "[" + (i + 1) + "]", before == null || i >= before.size() ? null : text(before.get(i)),
					after == null || i >= after.size() ? null : text(after.get(i)));
		}
	}

	private void value(String leaf, String field, String before, String after) {
		if (!Objects.equals(blankToNull(before), blankToNull(after))) {
			changes.add(new EvaluationEvent.Change(leaf, field, blankToNull(before), blankToNull(after)));
		}
	}

	private static String units(List<EvaluationDocument.Unit> units) {
		if (units == null || units.isEmpty()) {
			return null;
		}
		// A unit without amounts (a year started from an earlier one) by its name alone.
		return units.stream()
			.map(unit -> unit.initialBudget() == null && unit.adjustedBudget() == null && unit.finalAccounts() == null
					? unit.name()
					: unit.name() + "：" + text(unit.initialBudget()) + " / " + text(unit.adjustedBudget()) + " / "
							+ text(unit.finalAccounts()))
			.collect(Collectors.joining("；"));
	}

	/**
	 * A value as the record shows it: numbers without trailing zeros, never expanded; a
	 * row of the 自评表 as its cells in the form's order, separated by ｜.
	 */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof EvaluationDocument.GoalTask task) {
			return cells(task.name(), task.content(), task.completion(), task.budgetTotal(), task.budgetFiscal(),
					task.actualTotal(), task.actualFiscal());
		}
		if (value instanceof EvaluationDocument.GoalIndicator indicator) {
			return cells(indicator.level1(), indicator.level2(), indicator.name(),
					indicator.nature() == null ? null : indicator.nature().symbol(), indicator.expected(),
					indicator.target(), indicator.unit(), indicator.actual(), indicator.achieved(),
					indicator.deviationReason(), indicator.points(), indicator.level());
		}
		if (value instanceof EvaluationDocument.Money money) {
			return cells(money.budgetTotal(), money.budgetFiscal(), money.actualTotal(), money.actualFiscal());
		}
		if (value instanceof EvaluationDocument.AnnualGoal goal) {
			return cells(goal.expected(), goal.actual());
		}
		if (value instanceof BigDecimal number) {
			boolean writable = Math.abs((long) number.precision() - number.scale()) <= 40
					&& Math.abs(number.scale()) <= 40;
			return writable ? number.stripTrailingZeros().toPlainString() : number.toString();
		}
		return value.toString();
	}

	private static String cells(Object... cells) {
		return java.util.Arrays.stream(cells)
			.map(cell -> cell == null ? "" : text(cell))
			.collect(Collectors.joining("｜"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
		Set<String> keys = new LinkedHashSet<>();
		if (a != null) {
			keys.addAll(a.keySet());
		}
		if (b != null) {
			keys.addAll(b.keySet());
		}
		return keys;
	}

}
