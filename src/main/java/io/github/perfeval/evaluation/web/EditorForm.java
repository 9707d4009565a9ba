package io.github.perfeval.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.LeafInputs;

import org.springframework.util.MultiValueMap;

/**
 * Reads the editor's form. Field names say where a value goes:
 * {@code in:2.1.1:plannedAmount}, {@code in:1.1.1:items:0}, {@code cm:2.1.1} (comment),
 * {@code na:2.1.1} and {@code nar:2.1.1} (不适用 and its reason), {@code text:functions},
 * {@code unit:0:name}, {@code total:finalAccounts}, {@code sig:filledBy}. A number that
 * does not parse is kept as typed, so the page can mark it and nothing typed is lost.
 */
final class EditorForm {

	static final String[] AMOUNT_COLUMNS = { "initialBudget", "adjustedBudget", "finalAccounts" };

	private final MultiValueMap<String, String> params;

	private final String amountUnit;

	/** Each field whose typed number was read in another unit, or could not be read. */
	private final Map<String, TypedNumber.Result> notes = new LinkedHashMap<>();

	EditorForm(MultiValueMap<String, String> params, String amountUnit) {
		this.params = params;
		this.amountUnit = amountUnit;
	}

	/** The version the page was read at; -1 (never current) when it is not a number. */
	long version() {
		return version(value("version", ""));
	}

	/**
	 * A version as a form sends it; -1, which is never current, when it is not a number.
	 */
	static long version(String typed) {
		try {
			return Long.parseLong(typed.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The unit the evaluation's amounts are in (万元 or 元). */
	String amountUnit() {
		return amountUnit;
	}

	/**
	 * The fields read so far whose numbers were converted from another unit or could not
	 * be read, by parameter name.
	 */
	Map<String, TypedNumber.Result> notes() {
		return notes;
	}

	Map<String, Map<String, Object>> leaves(IndicatorTree tree) {
		Map<String, Map<String, Object>> leaves = new LinkedHashMap<>();
		for (Indicator leaf : tree.leaves()) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (InputSpec spec : leaf.inputs()) {
				if (tree.holderOf(leaf, spec.name()).isPresent()) {
					// Entered once, at the leaf that holds it; the page has no field
					// here.
					continue;
				}
				Object value = read(leaf.code(), spec);
				if (value != null) {
					values.put(spec.name(), value);
				}
			}
			if ("true".equals(value("na:" + leaf.code(), ""))) {
				values.put(LeafInputs.NOT_APPLICABLE, Boolean.TRUE);
			}
			String reason = value("nar:" + leaf.code(), "").strip();
			if (!reason.isEmpty()) {
				values.put(LeafInputs.NOT_APPLICABLE_REASON, reason);
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

	/**
	 * The units table as typed: name and the three amounts, rows left empty dropped; at
	 * most one row more than allowed.
	 */
	List<Map<String, String>> units(int maxRows) {
		List<Map<String, String>> rows = new ArrayList<>();
		// One row more than allowed is read, so the check can say there are too many.
		for (int i = 0; params.containsKey("unit:" + i + ":name") && rows.size() <= maxRows; i++) {
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
		for (String role : new String[] { "filledBy", "headOfUnit", "phone", "notice", "shortName" }) {
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
			case AMOUNT -> number(name, TypedNumber.Field.AMOUNT);
			case PERCENT -> number(name, TypedNumber.Field.PERCENT);
			case COUNT -> number(name, TypedNumber.Field.COUNT);
			case SCORE -> number(name, TypedNumber.Field.SCORE);
		};
	}

	private List<Object> items(String name, int count) {
		List<Object> items = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < count; i++) {
			Object item = number(name + ":" + i, TypedNumber.Field.SCORE);
			any |= item != null;
			items.add(item);
		}
		return any ? items : null;
	}

	/**
	 * The number typed in a field, in the field's unit; kept as typed when it cannot be
	 * read, so the page can mark it and nothing typed is lost.
	 */
	Object number(String name, TypedNumber.Field field) {
		TypedNumber.Result result = TypedNumber.parse(value(name, ""), field, amountUnit);
		if (result instanceof TypedNumber.Unreadable unreadable) {
			notes.put(name, unreadable);
			return unreadable.typed();
		}
		if (result instanceof TypedNumber.Value number && number.converted()) {
			notes.put(name, number);
		}
		return result.number();
	}

	private String value(String name, String fallback) {
		String value = params.getFirst(name);
		return value == null ? fallback : FormText.of(value);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
