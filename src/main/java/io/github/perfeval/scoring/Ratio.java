package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 比率：points × min(1, numerator ÷ denominator). With {@code overMeansZero} a numerator
 * above the denominator scores 0 (政府采购: 实际采购金额大于采购计划金额，本项得0分).
 */
public record Ratio(BigDecimal points, List<String> numerator, List<String> denominator, InputType inputType,
		boolean overMeansZero, ZeroDenominator zeroDenominator,
		boolean numeratorAtMostDenominator) implements Component {

	public Ratio {
		numerator = Quotient.orEmpty(numerator);
		denominator = Quotient.orEmpty(denominator);
		zeroDenominator = zeroDenominator == null ? ZeroDenominator.INVALID : zeroDenominator;
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
		Quotient.check(context, numerator, denominator, zeroDenominator, numeratorAtMostDenominator);
	}

	@Override
	public BigFraction score(LeafContext context) {
		BigDecimal num = context.inputs().sum(numerator);
		BigDecimal den = context.inputs().sum(denominator);
		boolean over = num.compareTo(den) > 0;
		if (overMeansZero && over) {
			return BigFraction.ZERO;
		}
		if (den.signum() == 0 || over) {
			return Exact.of(points);
		}
		return Quotient.ratio(points.multiply(num), den);
	}

}
