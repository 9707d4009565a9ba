package io.github.perfeval.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Reads the 绩效目标完成情况自评表 form as typed. Field names: {@code unit}, {@code task:0:name},
 * {@code task:0:budgetTotal}, {@code total:budgetTotal} (the stated 金额合计),
 * {@code goal:expected}, {@code ind:0:nature}, {@code ind:0:target},
 * {@code ind:0:expectedText} (the text the row was read from). Rows left empty are
 * dropped; nothing is parsed here.
 */
final class GoalForm {

	static final List<String> AMOUNTS = List.of("budgetTotal", "budgetFiscal", "actualTotal", "actualFiscal");

	static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "name", "nature", "target", "unit",
			"achieved", "reason");

	private final MultiValueMap<String, String> params;

	GoalForm(MultiValueMap<String, String> params) {
		this.params = params;
	}

	long version() {
		try {
			return Long.parseLong(value("version"));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	String unit() {
		return value("unit");
	}

	String expected() {
		return value("goal:expected");
	}

	String actual() {
		return value("goal:actual");
	}

	List<GoalPageView.TaskRow> tasks() {
		List<GoalPageView.TaskRow> rows = new ArrayList<>();
		for (int i = 0; params.containsKey("task:" + i + ":name"); i++) {
			Map<String, String> amounts = new LinkedHashMap<>();
			for (String column : AMOUNTS) {
				amounts.put(column, value("task:" + i + ":" + column));
			}
			String name = value("task:" + i + ":name");
			String content = value("task:" + i + ":content");
			String completion = value("task:" + i + ":completion");
			boolean empty = name.isEmpty() && content.isEmpty() && completion.isEmpty()
					&& amounts.values().stream().allMatch(String::isEmpty);
			if (!empty) {
				rows.add(new GoalPageView.TaskRow(rows.size(), name, content, completion, amounts));
			}
		}
		return rows;
	}

	Map<String, String> stated() {
		Map<String, String> stated = new LinkedHashMap<>();
		AMOUNTS.forEach(column -> stated.put(column, value("total:" + column)));
		return stated;
	}

	List<GoalPageView.IndicatorRow> indicators() {
		List<GoalPageView.IndicatorRow> rows = new ArrayList<>();
		for (int i = 0; params.containsKey("ind:" + i + ":name"); i++) {
			Map<String, String> row = new LinkedHashMap<>();
			for (String field : INDICATOR_FIELDS) {
				row.put(field, value("ind:" + i + ":" + field));
			}
			if (row.values().stream().anyMatch(cell -> !cell.isEmpty())) {
				rows.add(new GoalPageView.IndicatorRow(rows.size(), row.get("level1"), row.get("level2"),
						row.get("name"), row.get("nature"), row.get("target"), row.get("unit"), row.get("achieved"),
						row.get("reason"), nullIfEmpty(value("ind:" + i + ":expectedText")),
						nullIfEmpty(value("ind:" + i + ":actualText"))));
			}
		}
		return rows;
	}

	private String value(String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static String nullIfEmpty(String text) {
		return text.isEmpty() ? null : text;
	}

}
