package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 清单：each item has its points; the evaluator gives each a score between 0 and those
 * points.
 */
public record Checklist(String input, List<Item> items) implements Component {

	public record Item(String label, BigDecimal points) {
	}

	public List<BigDecimal> itemPoints() {
		return items.stream().map(Item::points).toList();
	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return itemPoints().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of(InputSpec.items(input, itemPoints()));
	}

	@Override
	public BigFraction score(LeafContext context) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal score : context.inputs().decimals(input)) {
			sum = sum.add(score);
		}
		return Exact.of(sum);
	}

}
