package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 超额扣分：rate = numerator ÷ denominator × 100; up to {@code limit} full points, above it
 * {@code per} points off for each percentage point over, pro rata, never below 0.
 */
public record ExcessDeduction(BigDecimal points, List<String> numerator, List<String> denominator, InputType inputType,
		BigDecimal limit, BigDecimal per) implements Component {

	public ExcessDeduction {
		numerator = Quotient.orEmpty(numerator);
		denominator = Quotient.orEmpty(denominator);
	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return points;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return Quotient.inputs(numerator, denominator, inputType);
	}

	@Override
	public void check(LeafContext context) {
		Quotient.check(context, numerator, denominator, ZeroDenominator.INVALID, false);
	}

	@Override
	public BigFraction score(LeafContext context) {
		BigFraction rate = Quotient.percent(context.inputs().sum(numerator), context.inputs().sum(denominator));
		BigFraction excess = rate.subtract(Exact.of(limit));
		if (excess.signum() <= 0) {
			return Exact.of(points);
		}
		return Exact.max(BigFraction.ZERO, Exact.of(points).subtract(Exact.of(per).multiply(excess)));
	}

}
