package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/** 分档选择：one option out of a list, each with its points. */
public record Choice(String input, String label, BigDecimal points, List<Option> options) implements Component {

	public record Option(String value, String label, BigDecimal points) {
	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return points;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.options(input, options.stream().map(Option::value).toList()));
	}

	@Override
	public BigFraction score(LeafContext context) {
		String chosen = context.inputs().text(input);
		return Exact
			.of(options.stream().filter(option -> option.value().equals(chosen)).findFirst().orElseThrow().points());
	}

}
