package io.github.perfeval.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.scoring.GradeScale;
import io.github.perfeval.scoring.ScoreOverride;
import io.github.perfeval.scoring.ScoringSheet;

/**
 * Test fixture: small 评分表 built by hand, the leaves in order, the total computed as the
 * engine does (the sum of the leaves, or rescaled where leaves are excluded).
 */
final class Sheets {

	static final GradeScale SZ = new GradeScale(
			List.of(new GradeScale.Step("优", dec("90")), new GradeScale.Step("良", dec("80")),
					new GradeScale.Step("中", dec("60")), new GradeScale.Step("差", dec("0"))));

	private final List<ScoringSheet.LeafScore> leaves = new ArrayList<>();

	private final List<ScoringSheet.MissingLeaf> missing = new ArrayList<>();

	static Sheets sheet() {
		return new Sheets();
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	/** A leaf of the given weight that scored {@code score}. */
	Sheets leaf(String code, String weight, String score) {
		return add(code, weight, score, null);
	}

	/** A leaf whose final score is a reviewer's 调整得分. */
	Sheets overridden(String code, String weight, String score) {
		return add(code, weight, score, new ScoreOverride(dec(score), "按公开自评报告得分"));
	}

	/** A leaf marked 不适用 and excluded (no score, out of the maximum). */
	Sheets excluded(String code, String weight) {
		leaves.add(new ScoringSheet.LeafScore(code, "一级", "二级", "指标 " + code, dec(weight), null, null, null, null, true,
				"本年度无此事项"));
		return this;
	}

	/** A leaf still without its data. */
	Sheets missing(String code, String weight) {
		leaves.add(new ScoringSheet.LeafScore(code, "一级", "二级", "指标 " + code, dec(weight), null, null, null, null,
				false, null));
		missing.add(new ScoringSheet.MissingLeaf(code, "指标 " + code, List.of("items")));
		return this;
	}

	private Sheets add(String code, String weight, String score, ScoreOverride override) {
		BigDecimal final_ = dec(score).setScale(2);
		leaves.add(new ScoringSheet.LeafScore(code, "一级 " + code.charAt(0), "二级 " + code.substring(0, 3), "指标 " + code,
				dec(weight), override == null ? final_ : null, override, final_,
				dec(weight).subtract(final_).setScale(2), false, null));
		return this;
	}

	ScoringSheet build() {
		BigDecimal scored = leaves.stream()
			.map(ScoringSheet.LeafScore::finalScore)
			.filter(score -> score != null)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		boolean anyExcluded = leaves.stream().anyMatch(ScoringSheet.LeafScore::notApplicable);
		ScoringSheet.Rescale rescale = null;
		BigDecimal total = scored;
		if (anyExcluded) {
			BigDecimal maximum = leaves.stream()
				.filter(leaf -> !leaf.notApplicable())
				.map(ScoringSheet.LeafScore::weight)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			rescale = new ScoringSheet.Rescale(scored, maximum);
			total = rescale.total();
		}
		String grade = missing.isEmpty() ? SZ.of(total) : null;
		return new ScoringSheet(total, grade, missing, List.of(), List.of(), leaves, rescale);
	}

}
