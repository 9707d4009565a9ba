package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The engine's arithmetic (§2): every intermediate value is an exact rational
 * ({@link BigFraction}); decimals come in from the inputs and the framework and go out
 * only as a leaf's score, rounded once half-up to two places, or as a bound shown to the
 * user.
 */
final class Exact {

	private static final BigInteger FIVE = BigInteger.valueOf(5);

	/** 10^0 to 10^18, the scales of the numbers the application accepts. */
	private static final BigInteger[] POWERS_OF_TEN = new BigInteger[19];

	static {
		for (int i = 0; i < POWERS_OF_TEN.length; i++) {
			POWERS_OF_TEN[i] = BigInteger.TEN.pow(i);
		}
	}

	private Exact() {
	}

	/** The decimal as a fraction, exactly: its unscaled digits over 10^scale. */
	static BigFraction of(BigDecimal decimal) {
		if (decimal.scale() <= 0) {
			return BigFraction.of(decimal.toBigIntegerExact());
		}
		return BigFraction.of(decimal.unscaledValue(), tenTo(decimal.scale()));
	}

	/**
	 * {@code numerator ÷ denominator}, exactly, as one fraction: the digits of each over
	 * the other's power of ten (one reduction instead of three).
	 */
	static BigFraction quotient(BigDecimal numerator, BigDecimal denominator) {
		int scales = denominator.scale() - numerator.scale();
		BigInteger top = numerator.unscaledValue();
		BigInteger bottom = denominator.unscaledValue();
		if (scales >= 0) {
			top = top.multiply(tenTo(scales));
		}
		else {
			bottom = bottom.multiply(tenTo(-scales));
		}
		return BigFraction.of(top, bottom);
	}

	private static BigInteger tenTo(int exponent) {
		return exponent < POWERS_OF_TEN.length ? POWERS_OF_TEN[exponent] : BigInteger.TEN.pow(exponent);
	}

	/**
	 * A leaf's score: rounded half-up to two decimals, the only rounding of the engine.
	 */
	static BigDecimal rounded(BigFraction value) {
		return value.bigDecimalValue(2, RoundingMode.HALF_UP);
	}

	/**
	 * Whether the fraction has a finite decimal expansion (its denominator is 2^a·5^b).
	 */
	static boolean terminates(BigFraction value) {
		BigInteger den = value.getDenominator().abs();
		den = den.shiftRight(den.getLowestSetBit());
		while (den.mod(FIVE).signum() == 0) {
			den = den.divide(FIVE);
		}
		return den.equals(BigInteger.ONE);
	}

	/**
	 * A score's upper bound as the user is shown it: the exact value when its decimal
	 * expansion ends (0.3 × 1/3 shows 0.1), else rounded down to two decimals (1/3 shows
	 * 0.33, 2/3 shows 0.66): scores carry two decimals at most, so that is the greatest
	 * score the exact check accepts. The check itself always compares with the exact
	 * bound.
	 */
	static BigDecimal shown(BigFraction bound) {
		BigDecimal shown = terminates(bound) ? bound.bigDecimalValue() : bound.bigDecimalValue(2, RoundingMode.DOWN);
		return shown.signum() == 0 ? BigDecimal.ZERO : shown.stripTrailingZeros();
	}

	static BigFraction min(BigFraction a, BigFraction b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	static BigFraction max(BigFraction a, BigFraction b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/**
	 * The sign of {@code a - b}, exactly, without making {@code b} a fraction: the cross
	 * products of a over a positive denominator and b's digits over 10^scale (no greatest
	 * common divisor).
	 */
	static int compare(BigFraction a, BigDecimal b) {
		BigInteger numerator = a.getNumerator();
		BigInteger denominator = a.getDenominator();
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		if (b.scale() <= 0) {
			return numerator.compareTo(b.toBigIntegerExact().multiply(denominator));
		}
		return numerator.multiply(tenTo(b.scale())).compareTo(b.unscaledValue().multiply(denominator));
	}

	/** Whether the decimal is at most the exact bound. */
	static boolean atMost(BigDecimal value, BigFraction bound) {
		return of(value).compareTo(bound) <= 0;
	}

}
