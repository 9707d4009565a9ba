package io.github.perfeval.framework;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A framework as a JSON document ({@code classpath:frameworks/sz-common.json} is one):
 * the way frameworks of other regions come into the application.
 */
public record FrameworkDocument(String code, int version, String name, String region, String judgmentDescription,
		String judgmentCriteria, List<Node> indicators) {

	/** A group (with children) or a leaf (with weight, texts, input labels and rule). */
	public record Node(String code, String name, BigDecimal weight, String description, String criteria,
			JsonNode inputs, JsonNode rule, List<Node> children) {

		public List<Node> children() {
			return children == null ? List.of() : children;
		}

	}

}
