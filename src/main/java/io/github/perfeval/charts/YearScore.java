package io.github.perfeval.charts;

import java.math.BigDecimal;

/**
 * A department's 综合评分 and 评分等级 of one year (null while it has none), beside the average
 * 综合评分 of that year over the complete evaluations of its 单位类型 and over all, each with how
 * many evaluations it averages (null averages: none).
 */
public record YearScore(int year, long evaluationId, BigDecimal total, String grade, BigDecimal typeAverage,
		long typeCount, BigDecimal average, long count) {
}
