package io.github.perfeval.charts;

import java.math.BigDecimal;

/**
 * A 三级指标's average points lost over the evaluations that scored it ({@code evaluations}),
 * with its average 分值, both to two decimals.
 */
public record LeafLoss(String code, String name, BigDecimal averageLost, BigDecimal averageWeight, long evaluations) {
}
