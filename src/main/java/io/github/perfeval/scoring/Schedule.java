package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

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
	public BigFraction score(LeafContext context) {
		BigFraction sum = BigFraction.ZERO;
		for (int i = 0; i < inputs.size(); i++) {
			BigFraction ratio = Quotient.ratio(context.inputs().decimal(inputs.get(i)), targets.get(i));
			sum = sum.add(Exact.min(ratio, BigFraction.ONE));
		}
		BigFraction average = sum.divide(inputs.size());
		return sum.multiply(Exact.of(quarterPoints)).add(average.multiply(Exact.of(averagePoints)));
	}

}
