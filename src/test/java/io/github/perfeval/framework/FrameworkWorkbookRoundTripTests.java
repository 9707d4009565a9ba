package io.github.perfeval.framework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook loses nothing of a document, without a database: fields this code does not
 * know (a framework's further lists and policies, a leaf's or a group's further settings)
 * travel as JSON in 基本信息 and 其他设置, texts as text, and come back as they were.
 */
class FrameworkWorkbookRoundTripTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final WorkbookLayout.Texts texts = texts();

	@Test
	void everyFieldOfTheDocumentComesBackKnownOrNot() throws IOException {
		ObjectNode document;
		try (InputStream in = getClass().getResourceAsStream("/frameworks/sz-common.json")) {
			document = (ObjectNode) JSON.readTree(in);
		}
		document.putArray("judgmentLevels").addObject().put("name", "成效显著").put("from", 0.8).put("to", 1);
		document.put("notApplicable", "rescale");
		document.putObject("policy").put("note", "按财政局口径");
		ObjectNode decision = (ObjectNode) document.get("indicators").get(0);
		decision.put("description", "部门决策的说明");
		decision.putObject("display").put("collapsed", true);
		ObjectNode leaf = (ObjectNode) decision.get("children").get(0).get("children").get(0);
		leaf.put("notApplicable", "fullPoints");
		leaf.putObject("inputs").putObject("items").put("label", "评分项得分").put("unit", "项");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new FrameworkWorkbookWriter(JSON, texts, RuleCheck.KINDS).write(document, out);
		FrameworkWorkbookReader.Parsed parsed = new FrameworkWorkbookReader(JSON, texts)
			.read(new ByteArrayInputStream(out.toByteArray()));

		assertThat(parsed.problems()).isEmpty();
		assertThat(normalized(parsed.document())).isEqualTo(normalized(document));
		assertThat(parsed.document().get("notApplicable").asString()).isEqualTo("rescale");
	}

	/** Numbers as their plain value, so that 5 and 5.0 are the same. */
	private static String normalized(JsonNode node) {
		return JSON.writeValueAsString(sorted(node));
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode sorted = JSON.createObjectNode();
			node.propertyNames().stream().sorted().forEach(name -> sorted.set(name, sorted(node.get(name))));
			return sorted;
		}
		if (node.isArray()) {
			var array = JSON.createArrayNode();
			node.forEach(element -> array.add(sorted(element)));
			return array;
		}
		if (node.isNumber()) {
			return JSON.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
		}
		return node;
	}

	private static WorkbookLayout.Texts texts() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages-framework");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return (key, args) -> messages.getMessage(key, args.length == 0 ? null : args, null, Locale.CHINA);
	}

}
