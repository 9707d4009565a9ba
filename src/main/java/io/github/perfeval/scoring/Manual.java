package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 酌情评分：the evaluator enters a score between 0 and the points, on the leaf's own weight.
 * With {@code reason} set, a reason must come with the score.
 */
public record Manual(String input, String label, BigDecimal points, String reason) implements Component {

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return points == null ? referenceWeight : points;
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		List<InputSpec> specs = new ArrayList<>();
		specs.add(InputSpec.score(input, Exact.of(maxPoints(leaf.referenceWeight())).multiply(leaf.factor())));
		if (reason != null) {
			specs.add(InputSpec.text(reason, true));
		}
		return specs;
	}

	@Override
	public boolean scalesWithWeight() {
		return false;
	}

	@Override
	public BigFraction score(LeafContext context) {
		return Exact.of(context.inputs().decimal(input));
	}

}
