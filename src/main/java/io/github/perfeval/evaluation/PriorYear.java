package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The department's latest evaluation of an earlier year, as the editor shows it beside
 * each leaf: for each 三级 leaf it had, its final score as stored in its snapshot (null
 * when it had none) and its inputs as stored.
 */
public record PriorYear(long evaluationId, int year, Map<String, Leaf> leaves) {

	public PriorYear {
		leaves = Map.copyOf(leaves);
	}

	/** One leaf of that year: its code, its final score, its inputs by name. */
	public record Leaf(String code, BigDecimal score, Map<String, Object> inputs) {

		public Leaf {
			inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
		}

	}

}
