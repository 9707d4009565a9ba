package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What the editor's 个性指标与分值 block of one 二级 group asks for, all at once: each leaf's
 * weight (分值, null when what was typed is not a number), each 个性指标's name, the 个性指标 to
 * remove, and one to add ({@code added} null for none), stated against {@code version}.
 */
public record GroupCustomization(long version, String group, Map<String, BigDecimal> weights, Map<String, String> names,
		Set<String> remove, NewIndicator added) {

	public GroupCustomization {
		weights = weights == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(weights));
		names = names == null ? Map.of() : Map.copyOf(names);
		remove = remove == null ? Set.of() : Set.copyOf(remove);
	}

	/**
	 * A 个性指标 to add: its code ({@code null} or blank: the next free one under the group),
	 * name, rule ({@code judgment} or {@code manual}) and weight.
	 */
	public record NewIndicator(String code, String name, String rule, BigDecimal weight) {
	}

}
