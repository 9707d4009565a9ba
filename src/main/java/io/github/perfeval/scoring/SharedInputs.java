package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs entered once for several leaves ({@link InputText#sameAs()}): the leaf that
 * shares an input reads the value of the leaf that holds it. A document may still give
 * the value at both places (an older export, the API); the same value is fine, a
 * different one is a violation on the sharing leaf that names the holding leaf. The one
 * place where scoring resolves them.
 */
final class SharedInputs {

	private SharedInputs() {
	}

	/**
	 * The inputs as scoring reads them: the document's, and for each leaf that shares an
	 * input given at its holder, its inputs with the holder's value put in.
	 */
	record Resolved(Map<String, LeafInputs> document, Map<String, LeafInputs> shared) {

		LeafInputs of(String code) {
			LeafInputs resolved = shared.isEmpty() ? null : shared.get(code);
			return resolved != null ? resolved : document.getOrDefault(code, LeafInputs.EMPTY);
		}

	}

	static Resolved resolve(ScoringPlan plan, Map<String, LeafInputs> inputs, List<Violation> violations) {
		Map<String, LeafInputs> resolved = new HashMap<>();
		for (ScoringPlan.LeafPlan planned : plan.leaves()) {
			Indicator leaf = planned.leaf();
			Map<String, Object> values = null;
			for (ScoringPlan.SharedInput shared : planned.shared()) {
				String input = shared.input();
				Indicator owner = shared.holder();
				LeafInputs held = inputs.getOrDefault(owner.code(), LeafInputs.EMPTY);
				LeafInputs own = inputs.getOrDefault(leaf.code(), LeafInputs.EMPTY);
				if (!held.has(input)) {
					continue;
				}
				if (own.has(input) && !same(own.raw(input), held.raw(input))) {
					violations.add(Violation.of(leaf.code(), input, "sharedInputDiffers", owner.code(), owner.name(),
							shown(held.raw(input)), shown(own.raw(input))));
				}
				if (values == null) {
					values = new LinkedHashMap<>(own.values());
				}
				values.put(input, held.raw(input));
			}
			if (values != null) {
				resolved.put(leaf.code(), new LeafInputs(values));
			}
		}
		return new Resolved(inputs, resolved);
	}

	private static boolean same(Object one, Object other) {
		BigDecimal first = LeafInputs.toDecimal(one);
		BigDecimal second = LeafInputs.toDecimal(other);
		if (first != null && second != null) {
			return first.compareTo(second) == 0;
		}
		return one.equals(other);
	}

	private static String shown(Object value) {
		BigDecimal number = LeafInputs.toDecimal(value);
		return number != null ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
	}

}
