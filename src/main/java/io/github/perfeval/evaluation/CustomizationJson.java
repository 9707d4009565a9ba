package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored forms of an evaluation's 个性指标 ({@code custom_indicators}) and weights
 * ({@code weights}), for the aggregate's own changes to them: JSON as the document holds
 * them.
 */
final class CustomizationJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, BigDecimal>> WEIGHTS = new TypeReference<>() {
	};

	private CustomizationJson() {
	}

	/** The leaves removed from the framework, as stored (never null). */
	static List<String> removed(String stored) {
		EvaluationDocument.CustomIndicators custom = custom(stored);
		return custom == null || custom.remove() == null ? new ArrayList<>() : new ArrayList<>(custom.remove());
	}

	/** The 个性指标 added, as stored (never null). */
	static List<EvaluationDocument.CustomIndicator> added(String stored) {
		EvaluationDocument.CustomIndicators custom = custom(stored);
		return custom == null || custom.add() == null ? new ArrayList<>() : new ArrayList<>(custom.add());
	}

	static String custom(List<String> removed, List<EvaluationDocument.CustomIndicator> added) {
		return removed.isEmpty() && added.isEmpty() ? null
				: JSON.writeValueAsString(new EvaluationDocument.CustomIndicators(removed.isEmpty() ? null : removed,
						added.isEmpty() ? null : added));
	}

	static Map<String, BigDecimal> weights(String stored) {
		return stored == null ? new LinkedHashMap<>() : new LinkedHashMap<>(JSON.readValue(stored, WEIGHTS));
	}

	static String weights(Map<String, BigDecimal> weights) {
		return weights.isEmpty() ? null : JSON.writeValueAsString(weights);
	}

	private static EvaluationDocument.CustomIndicators custom(String stored) {
		return stored == null ? null : JSON.readValue(stored, EvaluationDocument.CustomIndicators.class);
	}

}
