package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 二级 group as the 个性指标与分值 block shows it: its leaves with their weights, what the
 * framework gives the group, and the code a new 个性指标 would get.
 */
public record GroupWeights(String code, String name, BigDecimal expected, String nextCode, List<Leaf> leaves) {

	public GroupWeights {
		leaves = List.copyOf(leaves);
	}

	/**
	 * A leaf; {@code rule} is that of a 个性指标 ({@code judgment}, {@code manual}), else
	 * null.
	 */
	public record Leaf(String code, String name, BigDecimal weight, String rule) {

		public boolean custom() {
			return rule != null;
		}

	}

}
