package io.github.perfeval.overview;

import java.math.BigDecimal;
import java.util.List;

/**
 * The counts of all rows the filters select (every page): how many, the average 综合评分
 * (null without any score), how many have each 评分等级 (best first; {@code name} null for
 * those still pending), and the average of each 单位类型 (in the types' order; {@code name}
 * null for departments without a type).
 */
public record OverviewSummary(int count, BigDecimal average, List<GradeCount> grades, List<TypeAverage> types) {

	public OverviewSummary {
		grades = List.copyOf(grades);
		types = List.copyOf(types);
	}

	public record GradeCount(String name, int count) {
	}

	public record TypeAverage(String name, int count, BigDecimal average) {
	}

}
