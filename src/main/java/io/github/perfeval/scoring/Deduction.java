package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/** 扣分：points − per × count, never below 0. */
public record Deduction(String input, BigDecimal points, BigDecimal per) implements Component {

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return points;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.of(input, InputType.COUNT));
	}

	@Override
	public BigFraction score(LeafContext context) {
		return Exact.of(points.subtract(per.multiply(context.inputs().decimal(input))).max(BigDecimal.ZERO));
	}

}
