package io.github.perfeval.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture: the real SZ-COMMON framework
 * ({@code classpath:frameworks/sz-common.json}) as an {@link IndicatorTree}, each leaf
 * with its stored rule, plus small helpers to score one leaf.
 */
final class SzCommon {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final TypeReference<List<Component>> RULE = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, InputText>> INPUTS = new TypeReference<>() {
	};

	private static final TypeReference<List<JudgmentLevel>> LEVELS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private static final IndicatorTree TREE = load();

	private SzCommon() {
	}

	static IndicatorTree tree() {
		return TREE;
	}

	static Indicator leaf(String code) {
		return TREE.leaf(code).orElseThrow();
	}

	/**
	 * The common tree with a customization applied; fails when the customization is
	 * rejected.
	 */
	static IndicatorTree customized(Customization customization) {
		Customization.Result result = customization.applyTo(TREE);
		if (!result.violations().isEmpty()) {
			throw new AssertionError("Customization rejected: " + result.violations());
		}
		return result.tree();
	}

	/** Scores one leaf of the common tree on its own: no other leaf gets input. */
	static Scored score(String code, Object... keyValues) {
		return score(TREE, code, values(keyValues));
	}

	static Scored score(IndicatorTree tree, String code, Map<String, Object> values) {
		ScoringEngine.Assessment assessment = ScoringEngine.assess(tree, Map.of(code, new LeafInputs(values)),
				Map.of());
		return new Scored(assessment.sheet().leaf(code).computed(),
				assessment.violations().stream().filter(v -> code.equals(v.indicator())).toList(), assessment);
	}

	/**
	 * key1, value1, key2, value2, …; a String value that parses as a number becomes a
	 * BigDecimal.
	 */
	static Map<String, Object> values(Object... keyValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put((String) keyValues[i], keyValues[i + 1]);
		}
		return values;
	}

	/** The items list of a checklist from "1,0.5,1". */
	static List<BigDecimal> items(String csv) {
		List<BigDecimal> items = new ArrayList<>();
		for (String item : csv.split("[,;]")) {
			items.add(new BigDecimal(item.trim()));
		}
		return items;
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	/**
	 * Reads a JSON object into raw values, as an evaluation document's leaf inputs
	 * arrive.
	 */
	static Map<String, Object> object(JsonNode node) {
		return JSON.convertValue(node, OBJECT);
	}

	/** One leaf scored: its computed score (null without one) and its own violations. */
	record Scored(BigDecimal computed, List<Violation> violations, ScoringEngine.Assessment assessment) {
	}

	private static IndicatorTree load() {
		try (InputStream in = SzCommon.class.getResourceAsStream("/frameworks/sz-common.json")) {
			JsonNode document = JSON.readTree(in);
			List<Indicator> roots = new ArrayList<>();
			List<JudgmentLevel> levels = JSON.convertValue(document.get("judgmentLevels"), LEVELS);
			document.get("indicators").forEach(node -> roots.add(indicator(node, levels)));
			return new IndicatorTree(document.get("code").asString(), document.get("version").asInt(),
					document.get("name").asString(), document.get("judgmentDescription").asString(),
					document.get("judgmentCriteria").asString(), roots, grades(document.get("grades")), null, null,
					levels);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The framework's 评分等级 as its JSON states them. */
	static GradeScale grades(JsonNode grades) {
		List<GradeScale.Step> steps = new ArrayList<>();
		grades.forEach(
				grade -> steps.add(new GradeScale.Step(grade.get("name").asString(), grade.get("min").decimalValue())));
		return new GradeScale(steps);
	}

	/** SZ-COMMON's 评分等级. */
	static GradeScale grades() {
		return TREE.grades();
	}

	/** SZ-COMMON's 成效档次. */
	static List<JudgmentLevel> levels() {
		return TREE.judgmentLevels();
	}

	private static Indicator indicator(JsonNode node, List<JudgmentLevel> levels) {
		String code = node.get("code").asString();
		String name = node.get("name").asString();
		if (node.has("children")) {
			List<Indicator> children = new ArrayList<>();
			node.get("children").forEach(child -> children.add(indicator(child, levels)));
			return Indicator.group(code, name, children);
		}
		List<Component> rule = JSON.convertValue(node.get("rule"), RULE)
			.stream()
			.map(component -> component instanceof Judgment judgment ? judgment.withFrameworkLevels(levels) : component)
			.toList();
		return Indicator.leafWithTexts(code, name, node.get("weight").decimalValue(),
				node.get("description").asString(), node.get("criteria").asString(),
				JSON.convertValue(node.get("inputs"), INPUTS), rule);
	}

}
