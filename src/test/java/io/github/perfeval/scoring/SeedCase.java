package io.github.perfeval.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The scoring part of an evaluation document (FRAMEWORK.md §4): {@code customIndicators},
 * {@code weights}, {@code indicators} and {@code overrides}, translated to the engine's
 * types.
 */
record SeedCase(Customization customization, Map<String, LeafInputs> inputs, Map<String, ScoreOverride> overrides) {

	/**
	 * The seed cases of the shared spec; the tests hold the same data, this is only to
	 * compare.
	 */
	/**
	 * The spec's case files as the project keeps them (copied from shared/spec/cases).
	 */
	static final Path SPEC_CASES = Path.of("src", "test", "resources", "cases");

	static SeedCase parse(String json) {
		return of(SzCommon.JSON.readTree(json));
	}

	static JsonNode read(Path file) {
		try {
			return SzCommon.JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static SeedCase of(JsonNode document) {
		return new SeedCase(customization(document), inputs(document.path("indicators")),
				overrides(document.path("overrides")));
	}

	ScoringEngine.Assessment assess() {
		return ScoringEngine.assess(SzCommon.customized(customization), inputs, overrides);
	}

	SeedCase withOverride(String code, String score, String reason) {
		Map<String, ScoreOverride> more = new LinkedHashMap<>(overrides);
		more.put(code, new ScoreOverride(new BigDecimal(score), reason));
		return new SeedCase(customization, inputs, more);
	}

	SeedCase without(String code) {
		Map<String, LeafInputs> fewer = new LinkedHashMap<>(inputs);
		fewer.remove(code);
		return new SeedCase(customization, fewer, overrides);
	}

	private static Customization customization(JsonNode document) {
		JsonNode custom = document.path("customIndicators");
		List<String> remove = new ArrayList<>();
		custom.path("remove").forEach(code -> remove.add(code.asString()));
		List<Customization.CustomLeaf> add = new ArrayList<>();
		custom.path("add")
			.forEach(leaf -> add.add(new Customization.CustomLeaf(leaf.path("group").asString(),
					leaf.path("code").asString(), leaf.path("name").asString(), leaf.path("weight").decimalValue(),
					leaf.path("rule").asString())));
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		document.path("weights")
			.properties()
			.forEach(entry -> weights.put(entry.getKey(), entry.getValue().decimalValue()));
		return new Customization(remove, add, weights);
	}

	private static Map<String, LeafInputs> inputs(JsonNode indicators) {
		Map<String, LeafInputs> inputs = new LinkedHashMap<>();
		indicators.properties()
			.forEach(entry -> inputs.put(entry.getKey(), new LeafInputs(SzCommon.object(entry.getValue()))));
		return inputs;
	}

	private static Map<String, ScoreOverride> overrides(JsonNode overrides) {
		Map<String, ScoreOverride> result = new LinkedHashMap<>();
		overrides.properties()
			.forEach(
					entry -> result.put(entry.getKey(), new ScoreOverride(entry.getValue().path("score").decimalValue(),
							entry.getValue().path("reason").asString())));
		return result;
	}

}
