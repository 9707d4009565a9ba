package io.github.perfeval.scoring;

import java.math.BigDecimal;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One band of a bands rule: bounds with explicit inclusivity (null = unbounded) and its
 * points.
 */
public record Band(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal points) {

	/** Compared exactly, as decimals. */
	public boolean contains(BigDecimal rate) {
		boolean aboveMin = min == null || compare(rate.compareTo(min), minInclusive, 1);
		boolean belowMax = max == null || compare(rate.compareTo(max), maxInclusive, -1);
		return aboveMin && belowMax;
	}

	/** Compared exactly: a rate of 2/3 × 100 is below a bound of 66.67. */
	public boolean contains(BigFraction rate) {
		boolean aboveMin = min == null || compare(Exact.compare(rate, min), minInclusive, 1);
		boolean belowMax = max == null || compare(Exact.compare(rate, max), maxInclusive, -1);
		return aboveMin && belowMax;
	}

	/**
	 * Whether {@code numerator ÷ denominator} (the denominator above 0) is in the band:
	 * the numerator compared with each bound × the denominator, exactly.
	 */
	boolean contains(BigDecimal numerator, BigDecimal denominator) {
		boolean aboveMin = min == null || compare(numerator.compareTo(min.multiply(denominator)), minInclusive, 1);
		boolean belowMax = max == null || compare(numerator.compareTo(max.multiply(denominator)), maxInclusive, -1);
		return aboveMin && belowMax;
	}

	/**
	 * Whether the rate is on the bound's {@code side}, or on it where it is inclusive.
	 */
	private static boolean compare(int comparison, boolean inclusive, int side) {
		int sign = Integer.signum(comparison);
		return sign == side || (inclusive && sign == 0);
	}

}
