package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/** A yes/no item of a checklist: its points when true. */
public record Flag(String input, String label, BigDecimal points) implements Component {

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return points;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.of(input, InputType.BOOLEAN));
	}

	@Override
	public BigFraction score(LeafContext context) {
		return context.inputs().flag(input) ? Exact.of(points) : BigFraction.ZERO;
	}

}
