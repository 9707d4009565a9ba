package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.Target;

/**
 * How an evaluation on a framework that scores its 年度绩效指标 (the 绩效自评表) scores its 自评表, for
 * the goals page: the 定性 levels to choose from, the framework's fixed leaves (预算执行率) with
 * the figures they read and their score, each indicator row's 得分 (by its stored
 * position), the 分值 added up and the problems of the rows, in Chinese.
 */
public record GoalScoring(List<Target.Level> levels, List<FixedLeaf> fixed, Map<Integer, BigDecimal> scores,
		BigDecimal pointsTotal, List<String> problems) {

	/** A label and a value as shown: 全年预算数 50,000.00. */
	public record Figure(String label, BigDecimal value) {
	}

	/** A leaf of the framework itself: code, name, 分值, 得分 (null until computable). */
	public record FixedLeaf(String code, String name, BigDecimal weight, BigDecimal score, String criteria,
			List<Figure> figures) {
	}

	public GoalScoring {
		levels = List.copyOf(levels);
		fixed = List.copyOf(fixed);
		scores = Map.copyOf(scores);
		problems = List.copyOf(problems);
	}

	/** The 得分 of the stored row, or null. */
	public BigDecimal score(Integer row) {
		return row == null ? null : scores.get(row);
	}

	/** Whether the 分值 add up to 100. */
	public boolean complete() {
		return pointsTotal.compareTo(BigDecimal.valueOf(100)) == 0;
	}

}
