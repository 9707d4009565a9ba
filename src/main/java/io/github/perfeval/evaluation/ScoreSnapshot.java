package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * An evaluation's score as stored in the transaction of its last change that moves a
 * score ({@code evaluationVersion}: the version it was scored at): 综合评分, 评分等级 (null while
 * inputs are missing), the points lost over all leaves, how many leaves still miss
 * inputs, and its lines: the 一级 and 二级 subtotals (levels 1, 2) and each 三级 leaf's final
 * score (level 3), in the sheet's order. {@code valid} is false, and there are no lines,
 * when its 个性指标 or weights make no valid tree.
 */
public record ScoreSnapshot(long evaluationId, long evaluationVersion, BigDecimal total, String grade,
		BigDecimal pointsLost, int missingLeaves, boolean valid, List<Line> lines) {

	public ScoreSnapshot {
		lines = List.copyOf(lines);
	}

	/** The lines of one level: 1 一级, 2 二级, 3 三级. */
	public List<Line> level(int level) {
		return lines.stream().filter(line -> line.level() == level).toList();
	}

	/**
	 * One line: a group's subtotal or a leaf's final score ({@code score} null while it
	 * has none); {@code groupCode} is the group a leaf is under (its 二级, else its 一级),
	 * null for groups; {@code missing} marks a leaf that still lacks inputs.
	 */
	public record Line(int level, String code, String name, String groupCode, BigDecimal weight, BigDecimal score,
			BigDecimal lost, boolean missing) {
	}

	/** The leaves that still lack inputs, as {@code 3.2.1 预算执行率}. */
	public List<String> missingLeafNames() {
		return lines.stream().filter(Line::missing).map(line -> line.code() + " " + line.name()).toList();
	}

}
