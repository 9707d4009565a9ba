package io.github.perfeval.evaluation;

import java.math.BigDecimal;

/**
 * 指标性质 of a 绩效指标 as the national 绩效自评表 enters it: 等于 (=), 大于等于 (≥), 小于等于 (≤) or 定性. A
 * quantitative indicator has missed its target when its 完成值 is on the wrong side of its
 * 指标值; a 定性 one is never judged here.
 */
public enum GoalNature {

	EQ("="), GE("≥"), LE("≤"), QUALITATIVE("");

	private final String symbol;

	GoalNature(String symbol) {
		this.symbol = symbol;
	}

	/** The sign written before the 指标值, e.g. ≥ in ≥190万人次; empty for 定性. */
	public String symbol() {
		return symbol;
	}

	public boolean quantitative() {
		return this != QUALITATIVE;
	}

	/** Whether {@code achieved} misses {@code target}; false while either is unknown. */
	public boolean missed(BigDecimal target, BigDecimal achieved) {
		if (target == null || achieved == null) {
			return false;
		}
		int comparison = achieved.compareTo(target);
		return switch (this) {
			case GE -> comparison < 0;
			case LE -> comparison > 0;
			case EQ -> comparison != 0;
			case QUALITATIVE -> false;
		};
	}

}
