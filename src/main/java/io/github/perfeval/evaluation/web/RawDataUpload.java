package io.github.perfeval.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;

/**
 * What a filled-in template holds: each row's value by key ({@code code:input[:index]},
 * null for an empty cell) and the Excel row it came from; the units of 表 1-1 and its
 * stated totals ({@code units} null when the file has no units sheet); the problems found
 * while reading; the evaluation's version when the file was downloaded (null for a file
 * that does not say).
 */
record RawDataUpload(Map<String, Object> values, Map<String, Integer> rows, List<EvaluationDocument.Unit> units,
		EvaluationDocument.Amounts totals, List<Problem> problems, Long downloadedVersion) {

	/** A problem on an Excel row: {@code sheet} 0 is 指标原始数据, 1 is 表 1-1. */
	record Problem(int sheet, int row, String message) {
	}

	/**
	 * The stored leaves with the file's values in place: an input whose row is in the
	 * file takes the row's value (an empty cell removes it); comments, evidence and
	 * inputs whose rows were deleted stay as stored.
	 */
	Map<String, Map<String, Object>> mergeInto(Map<String, Map<String, Object>> stored, List<RawDataRow> layout) {
		Map<String, Map<String, Object>> leaves = new LinkedHashMap<>();
		if (stored != null) {
			stored.forEach((code, inputs) -> leaves.put(code, new LinkedHashMap<>(inputs == null ? Map.of() : inputs)));
		}
		for (RawDataRow row : layout) {
			if (!values.containsKey(row.key())) {
				continue;
			}
			Map<String, Object> inputs = leaves.computeIfAbsent(row.leaf().code(), code -> new LinkedHashMap<>());
			Object value = values.get(row.key());
			// The leaves that share the input read it here; a copy stored with them would
			// contradict the new value.
			row.sharedBy().forEach(sharer -> {
				Map<String, Object> copy = leaves.get(sharer.code());
				if (copy != null) {
					copy.remove(row.spec().name());
				}
			});
			if (row.item() == RawDataRow.NO_ITEM) {
				if (value == null) {
					inputs.remove(row.spec().name());
				}
				else {
					inputs.put(row.spec().name(), value);
				}
			}
			else {
				setItem(inputs, row.spec(), row.item(), value);
			}
		}
		return leaves;
	}

	/** How many inputs of the layout the file filled in. */
	long filled(List<RawDataRow> layout) {
		return layout.stream().filter(row -> values.get(row.key()) != null).count();
	}

	private static void setItem(Map<String, Object> inputs, InputSpec spec, int item, Object value) {
		int size = spec.itemPoints().size();
		List<Object> items = new ArrayList<>();
		if (inputs.get(spec.name()) instanceof List<?> stored && stored.size() == size) {
			items.addAll(stored);
		}
		else {
			for (int i = 0; i < size; i++) {
				items.add(null);
			}
		}
		items.set(item, value);
		if (items.stream().allMatch(element -> element == null)) {
			inputs.remove(spec.name());
		}
		else {
			inputs.put(spec.name(), items);
		}
	}

	/**
	 * The row an input's problem belongs on: an item's own row for 第 n 项, else the
	 * input's first.
	 */
	Integer rowOf(Indicator leaf, String field, InputType type, Object itemNumber) {
		if (type == InputType.ITEMS && itemNumber instanceof Integer number) {
			Integer row = rows.get(RawDataRow.key(leaf.code(), field, number - 1));
			if (row != null) {
				return row;
			}
		}
		String prefix = leaf.code() + ":" + field;
		return rows.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equals(prefix) || entry.getKey().startsWith(prefix + ":"))
			.map(Map.Entry::getValue)
			.min(Integer::compare)
			.orElse(null);
	}

	/** The first row of a leaf, for a problem of the leaf as a whole. */
	Integer firstRowOf(Indicator leaf) {
		return rows.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith(leaf.code() + ":"))
			.map(Map.Entry::getValue)
			.min(Integer::compare)
			.orElse(null);
	}

}
