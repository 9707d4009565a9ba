package io.github.perfeval.framework.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editor's form: the draft's version it was shown at, every field by its JSON pointer
 * ({@code values[/indicators/0/children/0/weight]}), and what to do ({@code save},
 * {@code publish}, {@code renumber}, or {@code add|remove|up|down:pointer}).
 */
class DraftForm {

	@NotNull
	private Long version;

	@Size(max = DraftLimits.MAX_OP)
	@Pattern(regexp = "(save|publish|renumber|(add|remove|up|down):/.*)?")
	private String op;

	@Size(max = DraftLimits.MAX_FIELDS)
	private Map<@Size(max = DraftLimits.MAX_POINTER) String, @Size(
			max = DraftLimits.MAX_TEXT) String> values = new LinkedHashMap<>();

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getOp() {
		return op;
	}

	public void setOp(String op) {
		this.op = op;
	}

	public Map<String, String> getValues() {
		return values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
	}

}
