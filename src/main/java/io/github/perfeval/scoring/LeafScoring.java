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

	static LeafScoring of(ScoringPlan.LeafPlan plan, LeafInputs inputs) {
		LeafContext context = new LeafContext(plan.leaf(), inputs, new ArrayList<>());
		for (String key : inputs.values().keySet()) {
			if (!plan.accepts(key)) {
				context.reject(key, "unknownField");
			}
		}
		Set<String> usable = new HashSet<>();
		List<String> missing = new ArrayList<>();
		for (InputSpec spec : plan.inputs()) {
			Object value = inputs.raw(spec.name());
			if (!LeafInputs.present(value)) {
				if (spec.required()) {
					missing.add(spec.name());
				}
			}
			else if (InputCheck.check(context, spec, value)) {
				usable.add(spec.name());
			}
		}
		if (vetoed(plan, inputs, usable)) {
			return new LeafScoring(BigDecimal.ZERO.setScale(2), List.of(), context.violations());
		}
		for (ScoringPlan.RulePart part : plan.rule()) {
			if (usable.containsAll(part.needs())) {
				part.component().check(context);
			}
		}
		boolean computable = context.violations().isEmpty() && usable.containsAll(plan.scored());
		BigDecimal computed = computable ? total(plan, context) : null;
		return new LeafScoring(computed, missing, context.violations());
	}

	private static boolean vetoed(ScoringPlan.LeafPlan plan, LeafInputs inputs, Set<String> usable) {
		for (Veto veto : plan.vetoes()) {
			if (usable.contains(veto.input()) && veto.holds(inputs)) {
				return true;
			}
		}
		return false;
	}

	/** Exact throughout; rounded once, at the end. */
	private static BigDecimal total(ScoringPlan.LeafPlan plan, LeafContext context) {
		BigFraction sum = BigFraction.ZERO;
		for (ScoringPlan.RulePart part : plan.rule()) {
			Component component = part.component();
			BigFraction score = component.score(context);
			sum = sum
				.add(component.scalesWithWeight() && !plan.factor().isOne() ? score.multiply(plan.factor()) : score);
		}
		return Exact.rounded(Exact.min(Exact.max(sum, BigFraction.ZERO), plan.weight()));
	}

}
