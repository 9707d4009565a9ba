package io.github.perfeval.evaluation.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The editor's form fields for an exported document, as the page would post them. */
public final class EditorFormParams {

	private EditorFormParams() {
	}

	public static MultiValueMap<String, String> of(JsonNode document) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (Map.Entry<String, JsonNode> leaf : part(document, "indicators").properties()) {
			for (Map.Entry<String, JsonNode> input : leaf.getValue().properties()) {
				String name = input.getKey().equals("comment") ? "cm:" + leaf.getKey()
						: "in:" + leaf.getKey() + ":" + input.getKey();
				JsonNode value = input.getValue();
				if (value.isArray()) {
					for (int i = 0; i < value.size(); i++) {
						form.add(name + ":" + i, value.get(i).asString());
					}
				}
				else {
					form.add(name, value.asString());
				}
			}
		}
		part(document, "texts").properties()
			.forEach(text -> form.add("text:" + text.getKey(), text.getValue().asString()));
		JsonNode units = part(document, "units");
		for (int i = 0; i < units.size(); i++) {
			for (String column : new String[] { "name", "initialBudget", "adjustedBudget", "finalAccounts" }) {
				form.add("unit:" + i + ":" + column, units.get(i).get(column).asString());
			}
		}
		part(document, "totals").properties()
			.forEach(total -> form.add("total:" + total.getKey(), total.getValue().asString()));
		part(document, "signatories").properties()
			.forEach(person -> form.add("sig:" + person.getKey(), person.getValue().asString()));
		return form;
	}

	/** A part of the document; empty where the document has none. */
	private static JsonNode part(JsonNode document, String name) {
		JsonNode part = document.get(name);
		return part == null || part.isNull() ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : part;
	}

}
