package io.github.perfeval.whatif.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.report.Numbers;
import io.github.perfeval.scoring.GradeScale;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.ScoringSheet;
import io.github.perfeval.whatif.WhatIf;

/**
 * 提分测算 as the page shows it: numbers written as the 评分表 writes them (scores with two
 * places, weights and points without trailing zeros), each leaf with its 评分标准.
 */
record WhatIfPage(long evaluationId, String department, int year, String state, String total, String grade,
		String standing, String rescaleScored, String rescaleMaximum, List<Missing> missing, List<Target> targets,
		List<Row> leaves) {

	/**
	 * What the hypothetical scores give: {@code count} leaves changed, the 综合评分, the
	 * grade (null while a leaf that counts has no score) and its standing.
	 */
	record Preview(int count, String total, String grade, String standing) {
	}

	/** A leaf without its data, and the inputs it lacks as the editor names them. */
	record Missing(String code, String name, String fields) {
	}

	/** A better grade, the gap to it and the plan. */
	record Target(String grade, String standing, String min, String gap, String needed, boolean reachable,
			String gainable, String totalAfter, String gradeAfter, List<Gain> plan) {
	}

	/**
	 * A leaf of a plan: {@code points} is 需提高 as the table writes it (1.80),
	 * {@code pointsText} as a sentence does (1.8 分).
	 */
	record Gain(Row leaf, String points, boolean partial, String running, String pointsText) {
	}

	/**
	 * A leaf that lost points; {@code scorePoints} is its 得分 as a sentence writes it (5
	 * 分, the table's 5.00).
	 */
	record Row(String code, String level1, String level2, String name, String weight, String score, String lost,
			boolean overridden, String running, String criteria, String scorePoints) {
	}

	static WhatIfPage of(EvaluationSummary summary, IndicatorTree tree, WhatIf whatIf) {
		GradeScale grades = tree.grades();
		Map<String, Row> rows = new java.util.LinkedHashMap<>();
		whatIf.leaves().forEach(leaf -> rows.put(leaf.code(), row(tree, leaf)));
		List<Target> targets = whatIf.targets().stream().map(target -> target(grades, rows, target)).toList();
		List<Missing> missing = whatIf.missing().stream().map(leaf -> missing(tree, leaf)).toList();
		ScoringSheet.Rescale rescale = whatIf.rescale();
		return new WhatIfPage(summary.id(), summary.departmentName(), summary.year(), whatIf.state().name(),
				Numbers.score(whatIf.total()), whatIf.grade(),
				whatIf.grade() == null ? "none" : grades.standing(whatIf.grade()),
				rescale == null ? null : Numbers.score(rescale.scored()),
				rescale == null ? null : Numbers.weight(rescale.maximum()), missing, targets,
				List.copyOf(rows.values()));
	}

	private static Target target(GradeScale grades, Map<String, Row> rows, WhatIf.Target target) {
		List<Gain> plan = target.plan()
			.stream()
			.map(gain -> new Gain(rows.get(gain.leaf().code()), Numbers.score(gain.points()), gain.partial(),
					Numbers.score(gain.runningTotal()), Numbers.points(gain.points())))
			.toList();
		BigDecimal gainable = target.plan().isEmpty() ? BigDecimal.ZERO
				: target.plan().get(target.plan().size() - 1).runningTotal();
		return new Target(target.grade(), grades.standing(target.grade()), Numbers.points(target.min()),
				Numbers.points(target.totalGap()), Numbers.points(target.pointsNeeded()), target.reachable(),
				Numbers.points(gainable), Numbers.score(target.totalAfter()), target.gradeAfter(), plan);
	}

	private static Row row(IndicatorTree tree, WhatIf.Leaf leaf) {
		String criteria = tree.leaf(leaf.code()).map(Indicator::criteria).orElse(null);
		return new Row(leaf.code(), leaf.level1(), leaf.level2(), leaf.name(), Numbers.weight(leaf.weight()),
				Numbers.score(leaf.score()), Numbers.score(leaf.lost()), leaf.overridden(),
				leaf.runningTotal() == null ? null : Numbers.score(leaf.runningTotal()), criteria,
				Numbers.points(leaf.score()));
	}

	private static Missing missing(IndicatorTree tree, ScoringSheet.MissingLeaf leaf) {
		Indicator indicator = tree.leaf(leaf.code()).orElse(null);
		List<String> labels = leaf.fields().stream().map(field -> {
			String label = indicator == null ? null : indicator.labelOf(field);
			return label == null ? field : label;
		}).toList();
		return new Missing(leaf.code(), leaf.name(), String.join("、", labels));
	}

}
