package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.CustomizationCheck;
import io.github.perfeval.evaluation.GroupWeights;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Violation;

/**
 * The 个性指标与分值 block of one 二级 group as the page shows it: each leaf with its 分值 (as
 * typed, when the page comes back with a problem), the row for a new 个性指标, the group's
 * sum against what the framework gives it, and every message by parameter.
 */
record CustomBlock(String code, String anchor, String name, String expected, String nextCode, List<Row> rows,
		NewRow added, String sum, boolean off, String groupError, Map<String, String> errors, boolean open) {

	/**
	 * A leaf: {@code rule} a message key's suffix for a 个性指标, null for the framework's.
	 */
	record Row(String code, String name, String weight, String rule, boolean removed) {

		public boolean custom() {
			return rule != null;
		}

	}

	record NewRow(String code, String name, String rule, String weight) {
	}

	/** Every message of the block, field by field, as the list under it names them. */
	public List<String> messages() {
		return new ArrayList<>(errors.values());
	}

	/** The block as stored. */
	static CustomBlock of(GroupWeights group) {
		List<Row> rows = group.leaves()
			.stream()
			.map(leaf -> new Row(leaf.code(), leaf.name(), plain(leaf.weight()), leaf.rule(), false))
			.toList();
		BigDecimal sum = group.leaves()
			.stream()
			.map(GroupWeights.Leaf::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CustomBlock(group.code(), EditorView.anchor(group.code()), group.name(), plain(group.expected()),
				group.nextCode(), rows, new NewRow("", "", "judgment", ""), plain(sum),
				group.expected() != null && sum.compareTo(group.expected()) != 0, null, Map.of(), false);
	}

	/** The block as typed, with what the check found. */
	static CustomBlock of(GroupWeights group, CustomForm form, CustomizationCheck check, SheetMessages messages) {
		List<Row> rows = group.leaves()
			.stream()
			.map(leaf -> new Row(leaf.code(),
					leaf.custom() && form.has("n:" + leaf.code()) ? form.value("n:" + leaf.code()) : leaf.name(),
					form.has("w:" + leaf.code()) ? form.value("w:" + leaf.code()) : plain(leaf.weight()), leaf.rule(),
					form.removes(leaf.code())))
			.toList();
		Map<String, String> errors = new LinkedHashMap<>();
		String groupError = null;
		for (Violation violation : check.violations()) {
			if ("weights".equals(violation.field()) && group.code().equals(violation.indicator())) {
				groupError = messages.detail(violation);
				continue;
			}
			String param = param(violation);
			if (!form.errors().containsKey(param)) {
				errors.putIfAbsent(param, label(param, group, messages) + "：" + messages.detail(violation));
			}
		}
		form.errors().forEach((param, error) -> errors.put(param, label(param, group, messages) + "：" + error));
		String rule = form.value("new.rule");
		return new CustomBlock(group.code(), EditorView.anchor(group.code()), group.name(), plain(group.expected()),
				check.nextCode() == null ? group.nextCode() : check.nextCode(), rows,
				new NewRow(form.value("new.code"), form.value("new.name"), rule.isEmpty() ? "judgment" : rule,
						form.value("new.weight")),
				check.sum() == null ? "" : plain(check.sum()),
				check.sum() != null && check.expected() != null && check.sum().compareTo(check.expected()) != 0,
				groupError, errors, true);
	}

	/** The same block, open (the group just saved). */
	CustomBlock opened() {
		return new CustomBlock(code, anchor, name, expected, nextCode, rows, added, sum, off, groupError, errors, true);
	}

	/** The message of one parameter, without the label, for the field itself. */
	public String error(String param) {
		String message = errors.get(param);
		return message == null ? null : message.substring(message.indexOf('：') + 1);
	}

	private static String param(Violation violation) {
		if (violation.indicator() == null) {
			return violation.field();
		}
		return switch (violation.field()) {
			case "customName" -> "n:" + violation.indicator();
			case "remove" -> "rm:" + violation.indicator();
			default -> "w:" + violation.indicator();
		};
	}

	/** 2.1.1 分值, 新增个性指标 · 指标名称: a field as the block names it. */
	private static String label(String param, GroupWeights group, SheetMessages messages) {
		if (param.startsWith("new.")) {
			return messages.text("custom.new") + " · " + messages.text("custom.col." + param.substring(4));
		}
		String code = param.substring(param.indexOf(':') + 1);
		String name = group.leaves()
			.stream()
			.filter(leaf -> leaf.code().equals(code))
			.map(GroupWeights.Leaf::name)
			.findFirst()
			.orElse("");
		String field = param.startsWith("n:") ? "name" : param.startsWith("rm:") ? "remove" : "weight";
		return code + " " + name + " · " + messages.text("custom.col." + field);
	}

	private static String plain(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

}
