package io.github.perfeval.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * 部门整体支出绩效评分表 as every format shows it: one row per 三级指标, the 一级 and 二级 cells spanning
 * their leaves ({@code level1Span} / {@code level2Span} is 0 on the rows they cover),
 * then 综合评分 and 评分等级. {@code grade} is null while inputs are missing.
 */
public record SheetView(long evaluationId, String department, int year, String unit, String filledBy, List<Row> rows,
		BigDecimal total, String grade, io.github.perfeval.scoring.GradeScale grades, List<String> warnings) {

	public SheetView {
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
	}

	public String totalText() {
		return Numbers.score(total);
	}

	/**
	 * One 三级 row. {@code finalScore} is null when the leaf has neither a complete input
	 * nor an override; {@code computed} is the score from the inputs, shown beside an
	 * override.
	 */
	public record Row(String code, String level1, String level1Weight, int level1Span, String level2,
			String level2Weight, int level2Span, String name, BigDecimal weight, String description, String criteria,
			BigDecimal computed, BigDecimal finalScore, String overrideReason, BigDecimal lost, String comment,
			boolean custom) {

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
