package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Test oracle: a rational of two BigIntegers, written here on its own so that the
 * property tests check the engine against arithmetic that shares no code with it.
 */
record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {

	static final Rational ZERO = of(0);

	static final Rational ONE = of(1);

	Rational {
		if (den.signum() == 0) {
			throw new ArithmeticException("zero denominator");
		}
		if (den.signum() < 0) {
			num = num.negate();
			den = den.negate();
		}
		BigInteger gcd = num.gcd(den);
		if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
			num = num.divide(gcd);
			den = den.divide(gcd);
		}
		if (num.signum() == 0) {
			den = BigInteger.ONE;
		}
	}

	static Rational of(long value) {
		return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
	}

	static Rational of(String decimal) {
		return of(new BigDecimal(decimal));
	}

	static Rational of(BigDecimal decimal) {
		BigInteger unscaled = decimal.unscaledValue();
		int scale = decimal.scale();
		return scale >= 0 ? new Rational(unscaled, BigInteger.TEN.pow(scale))
				: new Rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
	}

	Rational plus(Rational other) {
		return new Rational(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
	}

	Rational minus(Rational other) {
		return plus(new Rational(other.num.negate(), other.den));
	}

	Rational times(Rational other) {
		return new Rational(num.multiply(other.num), den.multiply(other.den));
	}

	Rational over(Rational other) {
		return new Rational(num.multiply(other.den), den.multiply(other.num));
	}

	Rational times(long value) {
		return times(of(value));
	}

	Rational over(long value) {
		return over(of(value));
	}

	Rational min(Rational other) {
		return compareTo(other) <= 0 ? this : other;
	}

	Rational max(Rational other) {
		return compareTo(other) >= 0 ? this : other;
	}

	@Override
	public int compareTo(Rational other) {
		return num.multiply(other.den).compareTo(other.num.multiply(den));
	}

	/** The greatest integer at most this value. */
	BigInteger floor() {
		BigInteger[] qr = num.divideAndRemainder(den);
		return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
	}

	/** Half-up to two places for a value ≥ 0: floor((200·n + d) ÷ 2d) hundredths. */
	BigDecimal roundHalfUp2() {
		if (num.signum() < 0) {
			throw new ArithmeticException("negative");
		}
		BigInteger twoDen = den.shiftLeft(1);
		BigInteger cents = num.multiply(BigInteger.valueOf(200)).add(den).divide(twoDen);
		return new BigDecimal(cents, 2);
	}

	@Override
	public String toString() {
		return num + "/" + den;
	}

}
