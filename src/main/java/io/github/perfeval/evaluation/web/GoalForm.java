package io.github.perfeval.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * Reads the 绩效目标完成情况自评表 form as typed. Field names: {@code unit}, {@code task:0:name},
 * {@code task:0:budgetTotal}, {@code total:budgetTotal} (the stated 金额合计),
 * {@code goal:expected}, {@code ind:0:nature}, {@code ind:0:target},
 * {@code ind:0:expectedText} (the text the row was read from), {@code task:0:stored} /
 * {@code ind:0:stored} (the stored row it was shown from). Row numbers need not follow
 * each other (rows added in the browser, rows removed): rows are read in the order of
 * their numbers, whatever they are. Rows left empty are dropped; nothing is parsed here.
 */
final class GoalForm {

	static final List<String> AMOUNTS = List.of("budgetTotal", "budgetFiscal", "actualTotal", "actualFiscal");

	static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "name", "nature", "target", "unit",
			"achieved", "reason", "points", "level");

	/** A row's field: {@code task:12:name}; larger row numbers than these are no rows. */
	private static final Pattern ROW_FIELD = Pattern.compile("(task|ind):(\\d{1,9}):\\w+");

	private final MultiValueMap<String, String> params;

	GoalForm(MultiValueMap<String, String> params) {
		this.params = params;
	}

	/** The version the page was read at; -1 (never current) when it is not a number. */
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
		for (int i : rowNumbers("task")) {
			String prefix = "task:" + i + ":";
			Map<String, String> amounts = new LinkedHashMap<>();
			for (String column : AMOUNTS) {
				amounts.put(column, value(prefix + column));
			}
			String name = value(prefix + "name");
			String content = value(prefix + "content");
			String completion = value(prefix + "completion");
			boolean empty = name.isEmpty() && content.isEmpty() && completion.isEmpty()
					&& amounts.values().stream().allMatch(String::isEmpty);
			if (!empty) {
				rows.add(new GoalPageView.TaskRow(rows.size(), stored(prefix), name, content, completion, amounts));
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
		for (int i : rowNumbers("ind")) {
			String prefix = "ind:" + i + ":";
			Map<String, String> row = new LinkedHashMap<>();
			for (String field : INDICATOR_FIELDS) {
				row.put(field, value(prefix + field));
			}
			if (row.values().stream().anyMatch(cell -> !cell.isEmpty())) {
				rows.add(new GoalPageView.IndicatorRow(rows.size(), stored(prefix), row.get("level1"),
						row.get("level2"), row.get("name"), row.get("nature"), row.get("target"), row.get("unit"),
						row.get("achieved"), row.get("reason"), nullIfEmpty(value(prefix + "expectedText")),
						nullIfEmpty(value(prefix + "actualText")), row.get("points"), row.get("level")));
			}
		}
		return rows;
	}

	/** The numbers of the table's rows that have a field in the form, in order. */
	private SortedSet<Integer> rowNumbers(String table) {
		SortedSet<Integer> numbers = new TreeSet<>();
		for (String name : params.keySet()) {
			Matcher field = ROW_FIELD.matcher(name);
			if (field.matches() && field.group(1).equals(table)) {
				numbers.add(Integer.parseInt(field.group(2)));
			}
		}
		return numbers;
	}

	/** The stored row the page showed this row from; null for a row added on the page. */
	private Integer stored(String prefix) {
		String stored = value(prefix + "stored");
		return stored.matches("\\d{1,9}") ? Integer.valueOf(stored) : null;
	}

	private String value(String name) {
		String value = params.getFirst(name);
		return value == null ? "" : FormText.of(value).strip();
	}

	private static String nullIfEmpty(String text) {
		return text.isEmpty() ? null : text;
	}

}
