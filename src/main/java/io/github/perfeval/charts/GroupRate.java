package io.github.perfeval.charts;

import java.math.BigDecimal;

/**
 * A 二级指标 of one evaluation: its 分值, 得分 and 得分率 (得分 ÷ 分值, in per cent, two decimals),
 * beside the average 得分率 of the group over the year's complete evaluations on the same
 * framework and over those of its 单位类型, each with how many it averages.
 */
public record GroupRate(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal rate,
		BigDecimal average, long count, BigDecimal typeAverage, long typeCount) {
}
