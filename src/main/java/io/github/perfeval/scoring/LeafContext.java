package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule component sees of the leaf it scores: the leaf, its inputs and where to
 * report problems.
 */
record LeafContext(Indicator leaf, LeafInputs inputs, List<Violation> violations) {

	String code() {
		return leaf.code();
	}

	BigDecimal weight() {
		return leaf.weight();
	}

	void reject(String field, String code, Object... args) {
		violations.add(Violation.of(leaf.code(), field, code, args));
	}

}
