package io.github.perfeval.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.perfeval.scoring.GradeScale;
import io.github.perfeval.scoring.ScoringSheet;

/**
 * 提分测算 of one 评分表: the 综合评分 and 评分等级, for each better grade the points it needs and a
 * plan to gain them, and every leaf that lost points ({@code leaves}, most lost first,
 * with the running total of what they could gain).
 *
 * <p>
 * <b>The plan takes the fewest leaves</b>: the leaves that lost the most points first (in
 * the sheet's order where they lost the same), each to its full weight, until the points
 * needed are covered, the last one only as far as needed. No other choice of fewer leaves
 * covers the gap, since the k leaves that lost most can gain the most of any k. A leaf
 * with a reviewer's 调整得分 is listed but never planned on ({@code overridden}): its score
 * is the reviewer's, not the inputs'.
 *
 * @param state {@code MISSING} while leaves lack data (no grade yet; {@code missing} says
 * which), {@code TOP} at the scale's highest grade, else {@code BELOW_TOP}
 */
public record WhatIf(State state, BigDecimal total, String grade, List<ScoringSheet.MissingLeaf> missing,
		List<Target> targets, List<Leaf> leaves, ScoringSheet.Rescale rescale) {

	public WhatIf {
		missing = List.copyOf(missing);
		targets = List.copyOf(targets);
		leaves = List.copyOf(leaves);
	}

	/** Where the evaluation stands. */
	public enum State {

		MISSING, TOP, BELOW_TOP

	}

	/**
	 * A leaf that lost points: its 分值, 得分 and 扣分, and the points it and the leaves before
	 * it in the list could gain together ({@code runningTotal}, null on an overridden
	 * leaf, which counts in no plan).
	 */
	public record Leaf(String code, String level1, String level2, String name, BigDecimal weight, BigDecimal score,
			BigDecimal lost, boolean overridden, BigDecimal runningTotal) {
	}

	/**
	 * A better grade: its lowest total, how far the 综合评分 is from it ({@code totalGap}),
	 * the points the leaves must gain for it ({@code pointsNeeded}: the same without a
	 * rescale, otherwise in leaf points of the applicable maximum), the plan, and the
	 * total the plan gives. {@code reachable} is false where the leaves that may gain
	 * cannot cover it (the plan then gains all they can).
	 */
	public record Target(String grade, BigDecimal min, BigDecimal totalGap, BigDecimal pointsNeeded, List<Gain> plan,
			boolean reachable, BigDecimal totalAfter, String gradeAfter) {

		public Target {
			plan = List.copyOf(plan);
		}

	}

	/**
	 * One leaf of a plan: the points it gains ({@code 需提高}), all it lost unless
	 * {@code partial}, and the plan's running total with it.
	 */
	public record Gain(Leaf leaf, BigDecimal points, boolean partial, BigDecimal runningTotal) {
	}

	/** The what-if of a sheet on the framework's grade scale. */
	public static WhatIf of(ScoringSheet sheet, GradeScale grades) {
		List<Leaf> leaves = leaves(sheet);
		if (sheet.grade() == null) {
			return new WhatIf(State.MISSING, sheet.total(), null, sheet.missing(), List.of(), leaves, sheet.rescale());
		}
		List<Target> targets = new ArrayList<>();
		for (GradeScale.Step step : grades.steps()) {
			if (step.min().compareTo(sheet.total()) <= 0 || step.name().equals(sheet.grade())) {
				break;
			}
			targets.add(0, target(sheet, grades, step, leaves));
		}
		State state = targets.isEmpty() ? State.TOP : State.BELOW_TOP;
		return new WhatIf(state, sheet.total(), sheet.grade(), List.of(), targets, leaves, sheet.rescale());
	}

	/**
	 * Every leaf that lost points, most first, with the running total of the gainable.
	 */
	private static List<Leaf> leaves(ScoringSheet sheet) {
		List<ScoringSheet.LeafScore> lost = sheet.leaves()
			.stream()
			.filter(leaf -> leaf.lost() != null && leaf.lost().signum() > 0)
			.sorted(Comparator.comparing(ScoringSheet.LeafScore::lost).reversed())
			.toList();
		List<Leaf> leaves = new ArrayList<>();
		BigDecimal running = BigDecimal.ZERO.setScale(2);
		for (ScoringSheet.LeafScore leaf : lost) {
			boolean overridden = leaf.override() != null;
			if (!overridden) {
				running = running.add(leaf.lost());
			}
			leaves.add(new Leaf(leaf.code(), leaf.level1(), leaf.level2(), leaf.name(), leaf.weight(),
					leaf.finalScore(), leaf.lost(), overridden, overridden ? null : running));
		}
		return leaves;
	}

	private static Target target(ScoringSheet sheet, GradeScale grades, GradeScale.Step step, List<Leaf> leaves) {
		BigDecimal needed = PointsNeeded.of(sheet, step.min());
		List<Gain> plan = new ArrayList<>();
		BigDecimal gained = BigDecimal.ZERO.setScale(2);
		for (Leaf leaf : leaves) {
			if (needed == null || gained.compareTo(needed) >= 0) {
				break;
			}
			if (leaf.overridden()) {
				continue;
			}
			BigDecimal points = leaf.lost().min(needed.subtract(gained));
			gained = gained.add(points);
			plan.add(new Gain(leaf, points, points.compareTo(leaf.lost()) < 0, gained));
		}
		boolean reachable = needed != null && gained.compareTo(needed) >= 0;
		BigDecimal totalAfter = Outcome.totalOf(sheet, Outcome.scored(sheet).add(gained));
		BigDecimal gap = step.min().subtract(sheet.total());
		return new Target(step.name(), step.min(), gap, needed, plan, reachable, totalAfter, grades.of(totalAfter));
	}

}
