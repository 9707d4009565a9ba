package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.evaluation.GroupCustomization;
import io.github.perfeval.evaluation.SheetMessages;

import org.springframework.util.MultiValueMap;

/**
 * Reads the 个性指标与分值 form of one 二级 group: {@code group}, {@code version}, {@code w:2.1.1}
 * (a leaf's 分值), {@code n:3.3.6} (a 个性指标's name), {@code rm:3.3.6} (remove it), and the
 * new 个性指标 {@code new.code}, {@code new.name}, {@code new.rule}, {@code new.weight}
 * (added when its name or 分值 is filled in). Everything typed is kept as typed for the
 * page.
 */
final class CustomForm {

	private final MultiValueMap<String, String> params;

	/** What could not be read as a number, by parameter. */
	private final Map<String, String> errors = new LinkedHashMap<>();

	CustomForm(MultiValueMap<String, String> params) {
		this.params = params;
	}

	String group() {
		return value("group");
	}

	/** The value typed in a parameter, "" when absent. */
	String value(String param) {
		String value = params.getFirst(param);
		return value == null ? "" : value;
	}

	boolean has(String param) {
		return params.containsKey(param);
	}

	boolean removes(String code) {
		return params.containsKey("rm:" + code);
	}

	/** Whether a new 个性指标 is asked for. */
	boolean adds() {
		return !value("new.name").isBlank() || !value("new.weight").isBlank() || !value("new.code").isBlank();
	}

	/** Parameters whose number could not be read, with their message. */
	Map<String, String> errors() {
		return errors;
	}

	GroupCustomization toChange(SheetMessages messages) {
		Map<String, BigDecimal> weights = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		Set<String> remove = new HashSet<>();
		params.keySet().forEach(param -> {
			if (param.startsWith("w:")) {
				weights.put(param.substring(2), weight(param, messages));
			}
			else if (param.startsWith("n:")) {
				names.put(param.substring(2), value(param));
			}
			else if (param.startsWith("rm:")) {
				remove.add(param.substring(3));
			}
		});
		GroupCustomization.NewIndicator added = adds() ? new GroupCustomization.NewIndicator(value("new.code"),
				value("new.name"), value("new.rule"), weight("new.weight", messages)) : null;
		return new GroupCustomization(EditorForm.version(value("version")), group(), weights, names, remove, added);
	}

	private BigDecimal weight(String param, SheetMessages messages) {
		TypedNumber.Result typed = TypedNumber.parse(value(param), TypedNumber.Field.SCORE, null);
		if (typed instanceof TypedNumber.Unreadable unreadable) {
			errors.put(param, messages.text("violation." + unreadable.code(), unreadable.args().toArray()));
		}
		return typed.number();
	}

}
