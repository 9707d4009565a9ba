package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One leaf scored: type checks of each input, checks between inputs, then the sum of the
 * components, scaled, clamped to [0, weight] and rounded half-up to 2 decimals (§2).
 */
record LeafScoring(BigDecimal computed, List<String> missingFields, List<Violation> violations) {

	static LeafScoring of(Indicator leaf, LeafInputs inputs) {
		LeafContext context = new LeafContext(leaf, inputs, new ArrayList<>());
		List<InputSpec> specs = leaf.inputs();
		Set<String> known = new HashSet<>(LeafInputs.COMMON_KEYS);
		specs.forEach(spec -> known.add(spec.name()));
		inputs.values()
			.keySet()
			.stream()
			.filter(key -> !known.contains(key))
			.forEach(key -> context.reject(key, "unknownField"));
		Set<String> usable = new HashSet<>();
		List<String> missing = new ArrayList<>();
		for (InputSpec spec : specs) {
			if (!inputs.has(spec.name())) {
				if (spec.required()) {
					missing.add(spec.name());
				}
			}
			else if (InputCheck.check(context, spec, inputs.raw(spec.name()))) {
				usable.add(spec.name());
			}
		}
		boolean vetoed = leaf.rule()
			.stream()
			.anyMatch(
					component -> component instanceof Veto veto && usable.contains(veto.input()) && veto.holds(inputs));
		if (vetoed) {
			return new LeafScoring(BigDecimal.ZERO.setScale(2), List.of(), context.violations());
		}
		for (Component component : leaf.rule()) {
			if (component.inputs(leaf)
				.stream()
				.allMatch(spec -> usable.contains(spec.name()) || !spec.required() || spec.type() == InputType.TEXT)) {
				component.check(context);
			}
		}
		boolean computable = context.violations().isEmpty() && specs.stream()
			.filter(spec -> spec.type() != InputType.TEXT)
			.allMatch(spec -> usable.contains(spec.name()));
		BigDecimal computed = computable ? total(leaf, context) : null;
		return new LeafScoring(computed, missing, context.violations());
	}

	/** Exact throughout; rounded once, at the end. */
	private static BigDecimal total(Indicator leaf, LeafContext context) {
		BigFraction factor = leaf.factor();
		BigFraction sum = BigFraction.ZERO;
		for (Component component : leaf.rule()) {
			BigFraction score = component.score(context);
			sum = sum.add(component.scalesWithWeight() ? score.multiply(factor) : score);
		}
		return Exact.rounded(Exact.min(Exact.max(sum, BigFraction.ZERO), Exact.of(leaf.weight())));
	}

}
