package io.github.perfeval.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the framework says of one input of a leaf: its label, its unit (人, 个, 件, %; an
 * amount's unit is the evaluation's money unit), a help text, and {@code sameAs}: the
 * code of the leaf that holds the same input, where it is entered once. In the framework
 * JSON either a plain label ({@code "nonconformities": "不符合项数"}) or an object
 * ({@code "staff": {"label": "在编人数", "unit": "人", "sameAs": "1.2.3"}}: entered at leaf
 * 1.2.3).
 */
public record InputText(String label, String unit, String help, String sameAs) {

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public InputText(@JsonProperty("label") String label, @JsonProperty("unit") String unit,
			@JsonProperty("help") String help, @JsonProperty("sameAs") String sameAs) {
		this.label = label;
		this.unit = blankToNull(unit);
		this.help = blankToNull(help);
		this.sameAs = blankToNull(sameAs);
	}

	/** A plain label, as most inputs have. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static InputText of(String label) {
		return new InputText(label, null, null, null);
	}

	/** Labels alone, in the same order. */
	public static Map<String, InputText> of(Map<String, String> labels) {
		Map<String, InputText> texts = new LinkedHashMap<>();
		labels.forEach((name, label) -> texts.put(name, of(label)));
		return texts;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
