package io.github.perfeval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the documents write numbers, one formatter per kind: amounts in 万元 with thousands
 * separators (13,966.91), rates with two places (24.48%), scores with two places in the
 * tables (0.49, 18.00) and without trailing zeros in sentences (0.49 分, 18 分). Scores,
 * weights and points are public: the other pages that print them (提分测算) use these.
 */
public final class Numbers {

	private Numbers() {
	}

	/** 571,010.03 */
	static String amount(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return outOfBounds(value) ? value.toString() : format("#,##0.00", value.setScale(2, RoundingMode.HALF_UP));
	}

	/** 0.49, 88.18 */
	public static String score(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return outOfBounds(value) ? value.toString() : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * A number no input may hold (one stored before the bounds existed): written as
	 * stored ({@code 1E+999999999}), never expanded.
	 */
	static boolean outOfBounds(BigDecimal value) {
		long integerDigits = (long) value.precision() - value.scale();
		return integerDigits > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS;
	}

	/** Far more than any input holds (NumberKind) or any sum of them reaches. */
	private static final int MAX_DIGITS = 20;

	/** A 参考分值 as the seeds print it: 5, 0.5, 20 (written as {@link #points}). */
	public static String weight(BigDecimal value) {
		return points(value);
	}

	/**
	 * A score or a weight in a sentence, as the seeds write it: "该指标总分 2 分，实际得分 0.49 分",
	 * "18 分", "5.8 分", "96.6 分" — without trailing zeros (the tables print scores with
	 * two places: {@link #score}).
	 */
	public static String points(BigDecimal value) {
		if (value == null) {
			return "";
		}
		if (outOfBounds(value)) {
			return value.toString();
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * numerator ÷ denominator as a percentage with two places, e.g. 87.62%; empty for a
	 * zero denominator.
	 */
	static String percent(BigDecimal numerator, BigDecimal denominator) {
		BigDecimal rate = rate(numerator, denominator);
		return rate == null ? "" : rate.toPlainString() + "%";
	}

	static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0 || outOfBounds(numerator)
				|| outOfBounds(denominator)) {
			return null;
		}
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
	}

	/** A percentage the department entered (87.62 means 87.62%). */
	static String enteredPercent(BigDecimal value) {
		return value == null ? "" : score(value) + "%";
	}

	/** A count or plain quantity, without trailing zeros and with separators: 1,194. */
	static String quantity(BigDecimal value) {
		if (value == null) {
			return "";
		}
		if (outOfBounds(value)) {
			return value.toString();
		}
		BigDecimal stripped = value.stripTrailingZeros();
		int scale = Math.max(0, stripped.scale());
		return format("#,##0" + (scale == 0 ? "" : "." + "0".repeat(scale)), stripped);
	}

	private static String format(String pattern, BigDecimal value) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
