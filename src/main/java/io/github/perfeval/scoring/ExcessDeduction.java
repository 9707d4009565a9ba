package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

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
	public BigDecimal score(LeafContext context) {
		BigDecimal rate = Quotient.percent(context.inputs().sum(numerator), context.inputs().sum(denominator));
		if (rate.compareTo(limit) <= 0) {
			return points;
		}
		return points.subtract(per.multiply(rate.subtract(limit), Quotient.PRECISION)).max(BigDecimal.ZERO);
	}

}
