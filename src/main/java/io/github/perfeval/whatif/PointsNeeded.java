package io.github.perfeval.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.github.perfeval.scoring.ScoringSheet;

/**
 * The fewest points (in cents) the scored leaves must gain together for the 综合评分 to reach
 * a grade's lowest total.
 */
final class PointsNeeded {

	private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

	private PointsNeeded() {
	}

	/**
	 * Without a rescale the total is the sum of the leaves: threshold − total. With one
	 * (不适用 leaves excluded) the total is {@code round(scored × 100 ÷ maximum)}, half-up
	 * to cents, and reaches the threshold {@code t} exactly when
	 * {@code scored × 100 ÷ maximum
	 * ≥ t − 0.005}: the least sum of cents is {@code (t − 0.005) × maximum ÷ 100} rounded
	 * up to the cent — sometimes a cent less than {@code t × maximum ÷ 100} rounded up
	 * (87.38 of 97.09 gives 89.9989… → 90.00). A threshold with more than two decimals
	 * counts as the next cent, the least total the sheet can show that reaches it. Null
	 * where no leaf counts (every leaf excluded).
	 */
	static BigDecimal of(ScoringSheet sheet, BigDecimal threshold) {
		BigDecimal target = threshold.setScale(2, RoundingMode.CEILING);
		ScoringSheet.Rescale rescale = sheet.rescale();
		if (rescale == null) {
			return atLeastZero(target.subtract(sheet.total()));
		}
		if (rescale.maximum().signum() == 0) {
			return null;
		}
		BigDecimal least = target.subtract(HALF_CENT)
			.multiply(rescale.maximum())
			.movePointLeft(2)
			.setScale(2, RoundingMode.CEILING);
		return atLeastZero(least.subtract(rescale.scored()));
	}

	private static BigDecimal atLeastZero(BigDecimal points) {
		return points.signum() < 0 ? BigDecimal.ZERO.setScale(2) : points.setScale(2);
	}

}
