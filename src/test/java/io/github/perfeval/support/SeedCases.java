package io.github.perfeval.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The two seed evaluations of shared/spec/cases as test fixtures. */
public final class SeedCases {

	public static final String LUOHU = "luohu-2024.json";

	public static final String HKU = "hku-szh-2021.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private SeedCases() {
	}

	public static String text(String name) {
		try (InputStream in = SeedCases.class.getResourceAsStream("/cases/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ObjectNode tree(String name) {
		return (ObjectNode) JSON.readTree(text(name));
	}

	/** Any JSON text as a tree, decimals exact. */
	public static tools.jackson.databind.JsonNode read(String json) {
		return JSON.readTree(json);
	}

	/**
	 * A seed with a short text in each report section it leaves empty and a name for each
	 * signatory it lacks: complete, so that it is submitted without warnings and approved
	 * at the last level.
	 */
	public static ObjectNode complete(ObjectNode document) {
		ObjectNode texts = document.has("texts") ? (ObjectNode) document.get("texts") : document.putObject("texts");
		for (String section : io.github.perfeval.evaluation.ReportGaps.REQUIRED_SECTIONS) {
			if (!texts.has(section) || texts.get(section).asString().isBlank()) {
				texts.put(section, "本部分内容见部门年度工作总结。");
			}
		}
		ObjectNode people = document.has("signatories") ? (ObjectNode) document.get("signatories")
				: document.putObject("signatories");
		for (String role : io.github.perfeval.evaluation.ReportGaps.REQUIRED_SIGNATORIES) {
			if (!people.has(role)) {
				people.put(role, "李明");
			}
		}
		return document;
	}

	/** {@link #complete} of the named seed, as JSON. */
	public static String completeText(String name) {
		return json(complete(tree(name)));
	}

	public static String json(ObjectNode node) {
		return JSON.writeValueAsString(node);
	}

}
