package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 序时进度：each quarter's cumulative execution against its target scores min(1, q ÷ target) ×
 * quarterPoints; the average of those ratios scores × averagePoints.
 */
public record Schedule(List<String> inputs, List<BigDecimal> targets, BigDecimal quarterPoints,
		BigDecimal averagePoints) implements Component {

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return quarterPoints.multiply(BigDecimal.valueOf(inputs.size())).add(averagePoints);
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return inputs.stream().map(name -> InputSpec.of(name, InputType.PERCENT)).toList();
	}

	@Override
	public BigDecimal score(LeafContext context) {
		List<BigDecimal> ratios = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			BigDecimal ratio = Quotient.ratio(context.inputs().decimal(inputs.get(i)), targets.get(i));
			ratios.add(ratio.min(BigDecimal.ONE));
		}
		BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal average = sum.divide(BigDecimal.valueOf(ratios.size()), Quotient.PRECISION);
		return sum.multiply(quarterPoints).add(average.multiply(averagePoints), Quotient.PRECISION);
	}

}
