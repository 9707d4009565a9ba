package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.numbers.fraction.BigFraction;

/** Rates over summed inputs, shared by ratio, bands and excess-deduction components. */
final class Quotient {

	private Quotient() {
	}

	static List<InputSpec> inputs(List<String> numerator, List<String> denominator, InputType type) {
		List<InputSpec> specs = new ArrayList<>();
		Stream.concat(numerator.stream(), denominator.stream())
			.distinct()
			.forEach(name -> specs.add(InputSpec.of(name, type == null ? InputType.AMOUNT : type)));
		return specs;
	}

	static void check(LeafContext context, List<String> numerator, List<String> denominator, ZeroDenominator zero,
			boolean numeratorAtMostDenominator) {
		BigDecimal num = context.inputs().sum(numerator);
		BigDecimal den = context.inputs().sum(denominator);
		String field = denominator.get(denominator.size() - 1);
		if (den.signum() == 0 && zero != ZeroDenominator.FULL) {
			context.reject(field, "zeroDenominator");
		}
		else if (numeratorAtMostDenominator && num.compareTo(den) > 0) {
			context.reject(numerator.get(0), "exceedsDenominator",
					String.join(" + ", denominator.stream().map(name -> label(context.leaf(), name)).toList()));
		}
	}

	/** An input's label as the page shows it, its name when the framework gives none. */
	private static String label(Indicator leaf, String input) {
		String label = leaf.labelOf(input);
		return label == null ? input : label;
	}

	/** numerator ÷ denominator, exactly. */
	static BigFraction ratio(BigDecimal numerator, BigDecimal denominator) {
		return Exact.quotient(numerator, denominator);
	}

	/** numerator ÷ denominator × 100, exactly. */
	static BigFraction percent(BigDecimal numerator, BigDecimal denominator) {
		return Exact.quotient(numerator.scaleByPowerOfTen(2), denominator);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}
