package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The bounds of every kind of number the application accepts, in one place: how many
 * digits before and after the point, the least and the greatest value. Checked before any
 * arithmetic: a number given with a huge exponent ({@code 1e999999999}) is refused by its
 * digit count, which costs nothing to compute, instead of being expanded.
 */
public enum NumberKind {

	/** 金额（万元或元）：不超过 12 位整数、6 位小数，非负。 */
	AMOUNT(12, 6, BigDecimal.ZERO, null),
	/** 百分数：87.62 即 87.62%，0 至 1000，最多 4 位小数。 */
	PERCENT(4, 4, BigDecimal.ZERO, BigDecimal.valueOf(1000)),
	/** 个数、人数：非负整数，不超过 9 位。 */
	COUNT(9, 0, BigDecimal.ZERO, null),
	/** 分数与权重：最多 3 位整数、2 位小数，非负；上限由指标分值给出。 */
	SCORE(3, 2, BigDecimal.ZERO, null),
	/** 绩效指标的指标值与完成值：可为负（如增长率），不超过 12 位整数、6 位小数。 */
	GOAL_VALUE(12, 6, null, null);

	/**
	 * No number written out in full has more digits than this; a greater scale (even of a
	 * zero, {@code 0E-999999999}) only comes from an exponent and would be expanded by
	 * arithmetic.
	 */
	private static final int MAX_SCALE = 1000;

	private final int integerDigits;

	private final int fractionDigits;

	private final BigDecimal min;

	private final BigDecimal max;

	NumberKind(int integerDigits, int fractionDigits, BigDecimal min, BigDecimal max) {
		this.integerDigits = integerDigits;
		this.fractionDigits = fractionDigits;
		this.min = min;
		this.max = max;
	}

	/**
	 * A bound a number breaks: a message key under {@code violation.} and its arguments.
	 */
	public record Breach(String code, List<Object> args) {

		public Object[] argArray() {
			return args.toArray();
		}

	}

	public int integerDigits() {
		return integerDigits;
	}

	public int fractionDigits() {
		return fractionDigits;
	}

	/** The first bound the number breaks, or empty when it fits. */
	public Optional<Breach> breach(BigDecimal number) {
		if (integerDigitsOf(number) > integerDigits || number.scale() < -MAX_SCALE) {
			return Optional.of(new Breach("integerDigits", List.of(integerDigits)));
		}
		if (min != null && number.compareTo(min) < 0) {
			String code = switch (this) {
				case COUNT -> "notCount";
				case PERCENT -> "percentRange";
				default -> "negative";
			};
			return Optional.of(new Breach(code, List.of()));
		}
		if (max != null && number.compareTo(max) > 0) {
			return Optional.of(new Breach("percentRange", List.of()));
		}
		if (number.scale() > fractionDigits && fractionDigitsOf(number) > fractionDigits
				|| number.scale() > MAX_SCALE) {
			return Optional.of(fractionDigits == 0 ? new Breach("notCount", List.of())
					: new Breach(this == SCORE ? "scoreDecimals" : "fractionDigits", List.of(fractionDigits)));
		}
		return Optional.empty();
	}

	/** Whether the number fits this kind's bounds. */
	public boolean fits(BigDecimal number) {
		return number != null && breach(number).isEmpty();
	}

	/** Digits before the point, from precision and scale alone (never expanded). */
	static long integerDigitsOf(BigDecimal number) {
		return number.signum() == 0 ? 1 : (long) number.precision() - number.scale();
	}

	/** Digits after the point that are not trailing zeros. */
	static long fractionDigitsOf(BigDecimal number) {
		if (number.scale() <= 0) {
			return 0;
		}
		// Only the unscaled digits are touched: cheap even for a huge scale.
		return Math.max(0, number.stripTrailingZeros().scale());
	}

}
