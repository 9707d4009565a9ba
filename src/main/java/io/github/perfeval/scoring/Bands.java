package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 分档：a percentage, computed as numerator ÷ denominator × 100 or entered directly
 * ({@code percent}), picks a band and scores its points.
 */
public record Bands(BigDecimal points, List<String> numerator, List<String> denominator, String percent,
		InputType inputType, ZeroDenominator zeroDenominator, boolean numeratorAtMostDenominator,
		List<Band> bands) implements Component {

	public Bands {
		numerator = Quotient.orEmpty(numerator);
		denominator = Quotient.orEmpty(denominator);
		zeroDenominator = zeroDenominator == null ? ZeroDenominator.INVALID : zeroDenominator;
		bands = Quotient.orEmpty(bands);
	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return points;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return percent != null ? List.of(InputSpec.of(percent, InputType.PERCENT))
				: Quotient.inputs(numerator, denominator, inputType);
	}

	@Override
	public void check(LeafContext context) {
		if (percent == null) {
			Quotient.check(context, numerator, denominator, zeroDenominator, numeratorAtMostDenominator);
		}
	}

	@Override
	public BigFraction score(LeafContext context) {
		if (percent != null) {
			return Exact.of(bandFor(context.inputs().decimal(percent)).points());
		}
		BigDecimal den = context.inputs().sum(denominator);
		if (den.signum() == 0) {
			return Exact.of(points);
		}
		return Exact.of(bandFor(context.inputs().sum(numerator), den).points());
	}

	/**
	 * The band of the rate {@code numerator ÷ denominator × 100}, the denominator above
	 * 0: compared exactly as decimals, the numerator × 100 against each bound × the
	 * denominator, without making the rate a fraction.
	 */
	Band bandFor(BigDecimal numerator, BigDecimal denominator) {
		BigDecimal hundredfold = numerator.scaleByPowerOfTen(2);
		for (Band band : bands) {
			if (band.contains(hundredfold, denominator)) {
				return band;
			}
		}
		throw new IllegalStateException("No band holds the rate " + Quotient.percent(numerator, denominator));
	}

	/** The band of an entered percentage, compared exactly as decimals. */
	Band bandFor(BigDecimal percent) {
		for (Band band : bands) {
			if (band.contains(percent)) {
				return band;
			}
		}
		throw new IllegalStateException("No band holds the rate " + percent);
	}

	public Band bandFor(BigFraction rate) {
		return bands.stream()
			.filter(band -> band.contains(rate))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No band holds the rate " + rate));
	}

}
