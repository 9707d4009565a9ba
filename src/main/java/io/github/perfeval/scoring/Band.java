package io.github.perfeval.scoring;

import java.math.BigDecimal;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One band of a bands rule: bounds with explicit inclusivity (null = unbounded) and its
 * points.
 */
public record Band(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal points) {

	public boolean contains(BigDecimal rate) {
		return contains(Exact.of(rate));
	}

	/** Compared exactly: a rate of 2/3 × 100 is below a bound of 66.67. */
	public boolean contains(BigFraction rate) {
		boolean aboveMin = min == null || compare(rate, min, minInclusive, 1);
		boolean belowMax = max == null || compare(rate, max, maxInclusive, -1);
		return aboveMin && belowMax;
	}

	private static boolean compare(BigFraction rate, BigDecimal bound, boolean inclusive, int side) {
		int sign = Integer.signum(Exact.compare(rate, bound));
		return sign == side || (inclusive && sign == 0);
	}

}
