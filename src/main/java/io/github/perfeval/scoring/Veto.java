package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/** 一票否决：when the input is true the whole leaf scores 0. */
public record Veto(String input, String label) implements Component {

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return BigDecimal.ZERO;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.of(input, InputType.BOOLEAN));
	}

	@Override
	public BigFraction score(LeafContext context) {
		return BigFraction.ZERO;
	}

	public boolean holds(LeafInputs inputs) {
		return inputs.flag(input);
	}

}
