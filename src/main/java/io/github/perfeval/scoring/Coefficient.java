package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 系数计分：the evaluator picks one option (完成, 基本完成 …), each with a coefficient in [0, 1];
 * the component scores coefficient × points.
 */
public record Coefficient(String input, String label, BigDecimal points, List<Option> options) implements Component {

	public record Option(String value, String label, BigDecimal coefficient) {
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
		Option option = options.stream().filter(o -> o.value().equals(chosen)).findFirst().orElseThrow();
		return Exact.of(points).multiply(Exact.of(option.coefficient()));
	}

	/** The points an option gives on the reference weight, for the pages. */
	public BigDecimal pointsOf(Option option) {
		return points.multiply(option.coefficient());
	}

}
