package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.InputSpec;

import org.springframework.util.MultiValueMap;

/**
 * Reads the editor's form. Field names say where a value goes:
 * {@code in:2.1.1:plannedAmount}, {@code in:1.1.1:items:0}, {@code cm:2.1.1} (comment),
 * {@code text:functions}, {@code unit:0:name}, {@code total:finalAccounts},
 * {@code sig:filledBy}. A number that does not parse is kept as typed, so the page can
 * mark it and nothing typed is lost.
 */
final class EditorForm {

	static final String[] AMOUNT_COLUMNS = { "initialBudget", "adjustedBudget", "finalAccounts" };

	private final MultiValueMap<String, String> params;

	EditorForm(MultiValueMap<String, String> params) {
		this.params = params;
	}

	long version() {
		return Long.parseLong(value("version", "0"));
	}

	Map<String, Map<String, Object>> leaves(IndicatorTree tree) {
		Map<String, Map<String, Object>> leaves = new LinkedHashMap<>();
		for (Indicator leaf : tree.leaves()) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (InputSpec spec : leaf.inputs()) {
				Object value = read(leaf.code(), spec);
				if (value != null) {
					values.put(spec.name(), value);
				}
			}
			String comment = value("cm:" + leaf.code(), "").strip();
			if (!comment.isEmpty()) {
				values.put("comment", comment);
			}
			leaves.put(leaf.code(), values);
		}
		return leaves;
	}

	Map<String, String> texts(List<String> sections) {
		Map<String, String> texts = new LinkedHashMap<>();
		sections.forEach(section -> {
			String text = value("text:" + section, "").strip();
			if (!text.isEmpty()) {
				texts.put(section, text);
			}
		});
		return texts;
	}

	/** The units table as typed: name and the three amounts, rows left empty dropped. */
	List<Map<String, String>> units() {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; params.containsKey("unit:" + i + ":name"); i++) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("name", value("unit:" + i + ":name", "").strip());
			for (String column : AMOUNT_COLUMNS) {
				row.put(column, value("unit:" + i + ":" + column, "").strip());
			}
			if (row.values().stream().anyMatch(cell -> !cell.isEmpty())) {
				rows.add(row);
			}
		}
		return rows;
	}

	Map<String, String> totals() {
		Map<String, String> totals = new LinkedHashMap<>();
		for (String column : AMOUNT_COLUMNS) {
			totals.put(column, value("total:" + column, "").strip());
		}
		return totals;
	}

	Map<String, String> signatories() {
		Map<String, String> signatories = new LinkedHashMap<>();
		for (String role : new String[] { "filledBy", "headOfUnit", "phone" }) {
			signatories.put(role, value("sig:" + role, "").strip());
		}
		return signatories;
	}

	private Object read(String code, InputSpec spec) {
		String name = "in:" + code + ":" + spec.name();
		return switch (spec.type()) {
			case ITEMS -> items(name, spec.itemPoints().size());
			case BOOLEAN -> switch (value(name, "")) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> null;
			};
			case OPTION, BAND, TEXT -> blankToNull(value(name, "").strip());
			default -> number(value(name, ""));
		};
	}

	private List<Object> items(String name, int count) {
		List<Object> items = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < count; i++) {
			Object item = number(value(name + ":" + i, ""));
			any |= item != null;
			items.add(item);
		}
		return any ? items : null;
	}

	/** A number as typed: thousands separators and a trailing % or 万元 are allowed. */
	static Object number(String typed) {
		String text = typed.strip().replace(",", "").replace("，", "").replaceAll("(%|％|万元|元|分)$", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return typed.strip();
		}
	}

	private String value(String name, String fallback) {
		String value = params.getFirst(name);
		return value == null ? fallback : value;
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
