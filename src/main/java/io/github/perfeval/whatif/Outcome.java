package io.github.perfeval.whatif;

import java.math.BigDecimal;
import java.util.Map;

import io.github.perfeval.scoring.GradeScale;
import io.github.perfeval.scoring.ScoringSheet;

/**
 * What a sheet would give with some leaves' scores replaced by hypothetical ones: the sum
 * of the scored leaves, the 综合评分 (rescaled as the sheet is) and the 评分等级 (null while a
 * leaf that counts still has no score). Nothing is saved.
 */
public record Outcome(BigDecimal scored, BigDecimal total, String grade) {

	/**
	 * {@code scores} by leaf code, each already checked to lie in [0, the leaf's weight]
	 * with two decimals; a leaf excluded as 不适用 keeps counting for nothing.
	 */
	public static Outcome of(ScoringSheet sheet, GradeScale grades, Map<String, BigDecimal> scores) {
		BigDecimal scored = BigDecimal.ZERO.setScale(2);
		boolean complete = true;
		for (ScoringSheet.LeafScore leaf : sheet.leaves()) {
			if (excluded(sheet, leaf)) {
				continue;
			}
			BigDecimal score = scores.getOrDefault(leaf.code(), leaf.finalScore());
			if (score == null) {
				complete = false;
			}
			else {
				scored = scored.add(score);
			}
		}
		BigDecimal total = totalOf(sheet, scored);
		return new Outcome(scored, total, complete ? grades.of(total) : null);
	}

	/** The sum of the sheet's scored leaves, as its total is computed from. */
	static BigDecimal scored(ScoringSheet sheet) {
		return sheet.rescale() != null ? sheet.rescale().scored() : sheet.total();
	}

	/** The 综合评分 of a sum of scored leaves on this sheet. */
	static BigDecimal totalOf(ScoringSheet sheet, BigDecimal scored) {
		return sheet.rescale() == null ? scored.setScale(2) : sheet.rescale().withScored(scored).total();
	}

	/** A leaf marked 不适用 where the framework excludes such leaves: no score at all. */
	private static boolean excluded(ScoringSheet sheet, ScoringSheet.LeafScore leaf) {
		return leaf.notApplicable() && leaf.finalScore() == null;
	}

}
