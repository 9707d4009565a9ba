package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 评分表: every leaf's computed and final score, the group subtotals, the 综合评分 and the 评分等级
 * ({@code grade} is null while inputs are missing). {@code rescale} is null unless leaves
 * marked 不适用 are excluded from the total.
 */
public record ScoringSheet(BigDecimal total, String grade, List<MissingLeaf> missing, List<Notice> warnings,
		List<GroupScore> groups, List<LeafScore> leaves, Rescale rescale) {

	public ScoringSheet {
		missing = List.copyOf(missing);
		warnings = List.copyOf(warnings);
		groups = List.copyOf(groups);
		leaves = List.copyOf(leaves);
	}

	/**
	 * One 三级 row. {@code computed} is null without (valid, complete) input. A leaf marked
	 * 不适用 has {@code notApplicable} and its reason; it scores its weight where the
	 * framework gives N/A leaves full points, and nothing (all scores null) where it
	 * excludes them.
	 */
	public record LeafScore(String code, String level1, String level2, String name, BigDecimal weight,
			BigDecimal computed, ScoreOverride override, BigDecimal finalScore, BigDecimal lost, boolean notApplicable,
			String notApplicableReason) {
	}

	/**
	 * A 一级 or 二级 subtotal: the sum of its rounded leaf scores; {@code maximum} is the
	 * weight of its leaves that count (its weight less the leaves excluded as 不适用).
	 */
	public record GroupScore(String code, String name, int level, BigDecimal weight, BigDecimal score,
			BigDecimal maximum) {
	}

	/**
	 * Where 不适用 leaves are excluded: the sum of the scored leaves and the weight of the
	 * applicable ones; the total is {@code scored × 100 ÷ maximum}, rounded once.
	 */
	public record Rescale(BigDecimal scored, BigDecimal maximum) {

		/**
		 * {@code scored × 100 ÷ maximum}, exact, rounded once half-up to two decimals
		 * (0.00 where nothing is applicable): the 综合评分 these figures give.
		 */
		public BigDecimal total() {
			if (maximum.signum() == 0) {
				return BigDecimal.ZERO.setScale(2);
			}
			return Exact.rounded(Exact.of(scored).multiply(Exact.of(IndicatorTree.TOTAL)).divide(Exact.of(maximum)));
		}

		/** The same maximum with another sum of scored leaves (a what-if). */
		public Rescale withScored(BigDecimal other) {
			return new Rescale(other, maximum);
		}

	}

	/** A leaf with no score yet, and the inputs it still needs. */
	public record MissingLeaf(String code, String name, List<String> fields) {
	}

	/**
	 * The same sheet with further warnings (e.g. the units table's totals) added at the
	 * end.
	 */
	public ScoringSheet withWarnings(List<Notice> more) {
		List<Notice> all = new ArrayList<>(warnings);
		all.addAll(more);
		return new ScoringSheet(total, grade, missing, all, groups, leaves, rescale);
	}

	public LeafScore leaf(String code) {
		return leaves.stream().filter(leaf -> leaf.code().equals(code)).findFirst().orElseThrow();
	}

	public GroupScore group(String code) {
		return groups.stream().filter(group -> group.code().equals(code)).findFirst().orElseThrow();
	}

}
