package io.github.perfeval.report;

import java.math.BigDecimal;
import java.util.List;

import io.github.perfeval.scoring.NotApplicablePolicy;
import io.github.perfeval.scoring.ScoringSheet;

/**
 * 部门整体支出绩效评分表 as every format shows it: one row per 三级指标, the 一级 and 二级 cells spanning
 * their leaves ({@code level1Span} / {@code level2Span} is 0 on the rows they cover),
 * then 综合评分 and 评分等级. {@code grade} is null while inputs are missing. A row marked 不适用
 * shows 不适用 in the 分数 column; {@code rescale} is set where such rows are left out and the
 * total is rescaled to 100.
 */
public record SheetView(long evaluationId, String department, int year, String unit, String filledBy, List<Row> rows,
		BigDecimal total, String grade, io.github.perfeval.scoring.GradeScale grades, List<String> warnings,
		NotApplicablePolicy notApplicable, ScoringSheet.Rescale rescale, List<String> notes) {

	public SheetView {
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/** Whether a leaf still lacks its data (neither complete inputs nor an override). */
	public boolean incomplete() {
		return rows.stream().anyMatch(row -> row.finalScore() == null && !row.notApplicable());
	}

	public String totalText() {
		return Numbers.score(total);
	}

	/**
	 * A leaf marked 不适用 scores its full weight (else it is left out and the total
	 * rescaled).
	 */
	public boolean notApplicableFull() {
		return notApplicable == NotApplicablePolicy.FULL;
	}

	/** 适用指标得分合计 / 适用指标分值, shown where 不适用 leaves are left out. */
	public String rescaleText() {
		return rescale == null ? null : Numbers.score(rescale.scored()) + " / " + Numbers.weight(rescale.maximum());
	}

	/**
	 * The rows by 二级指标, for the PDFs: each group is a block that a page break does not
	 * split, so that its 一级 / 二级 labels stand on the page of its rows;
	 * {@code level1First} on the first group of its 一级指标 (the one that prints the 一级
	 * weight), {@code last} on the group that carries 综合评分 and 评分等级 with it.
	 */
	public List<Group> groups() {
		List<Group> groups = new java.util.ArrayList<>();
		List<Row> current = new java.util.ArrayList<>();
		boolean level1First = true;
		for (Row row : rows) {
			if (!current.isEmpty() && (row.level2Span() > 0 || row.level1Span() > 0)) {
				groups.add(new Group(level1First, List.copyOf(current), false));
				level1First = row.level1Span() > 0;
				current.clear();
			}
			current.add(row);
		}
		if (!current.isEmpty()) {
			groups.add(new Group(level1First, List.copyOf(current), true));
		}
		return groups;
	}

	/** The rows of one 二级指标 (see {@link #groups()}). */
	public record Group(boolean level1First, List<Row> rows, boolean last) {

		public Row first() {
			return rows.get(0);
		}

		public int span() {
			return rows.size();
		}

	}

	/**
	 * One 三级 row. {@code finalScore} is null when the leaf has neither a complete input
	 * nor an override; {@code computed} is the score from the inputs, shown beside an
	 * override.
	 */
	public record Row(String code, String level1, String level1Weight, int level1Span, String level2,
			String level2Weight, int level2Span, String name, BigDecimal weight, String description, String criteria,
			BigDecimal computed, BigDecimal finalScore, String overrideReason, BigDecimal lost, String comment,
			boolean notApplicable, String notApplicableReason, boolean custom) {

		public boolean overridden() {
			return overrideReason != null;
		}

		public String weightText() {
			return Numbers.weight(weight);
		}

		public String scoreText() {
			return Numbers.score(finalScore);
		}

		public String computedText() {
			return Numbers.score(computed);
		}

		public boolean lostPoints() {
			return lost != null && lost.signum() > 0;
		}

	}

}
