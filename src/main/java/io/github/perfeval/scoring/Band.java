package io.github.perfeval.scoring;

import java.math.BigDecimal;

/**
 * One band of a bands rule: bounds with explicit inclusivity (null = unbounded) and its
 * points.
 */
public record Band(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal points) {

	public boolean contains(BigDecimal rate) {
		boolean aboveMin = min == null || (minInclusive ? rate.compareTo(min) >= 0 : rate.compareTo(min) > 0);
		boolean belowMax = max == null || (maxInclusive ? rate.compareTo(max) <= 0 : rate.compareTo(max) < 0);
		return aboveMin && belowMax;
	}

}
