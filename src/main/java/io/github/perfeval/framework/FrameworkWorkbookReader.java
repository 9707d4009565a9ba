package io.github.perfeval.framework;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a framework workbook ({@link WorkbookLayout}) into the JSON tree of a
 * {@link FrameworkDocument}, with every cell that could not be read and where each
 * indicator and setting stands, so that the document's own problems
 * ({@link FrameworkCheck}) can be told by sheet, row and column. 一级 and 二级 cells left
 * blank (merged, or not repeated) take the row above's. Columns are found by their header
 * texts.
 */
final class FrameworkWorkbookReader {

	/** Where something stands in the workbook: a sheet, its row (1-based) and column. */
	record Place(String sheetKey, Integer row, String columnKey, String item) {

		String cell() {
			return sheetKey + "|" + row + "|" + columnKey;
		}

	}

	/** A cell that could not be read: a message key under framework.workbook.error. */
	record Problem(Place place, String key, Object... args) {
	}

	/** An indicator's row: the row, its level (1-based) and whether it is a leaf. */
	record NodePlace(int row, int level, boolean leaf) {
	}

	/** What was read. */
	record Parsed(ObjectNode document, List<Problem> problems, Map<String, List<NodePlace>> nodes,
			Map<String, Integer> groupRows, Map<String, Integer> settingRows, Map<String, Place> settingPointers,
			Map<String, NodePlace> nodePointers) {
	}

	/** A workbook refused as a whole (not an .xlsx, not a framework workbook). */
	static final class Unreadable extends RuntimeException {

		private final transient Problem problem;

		Unreadable(Problem problem) {
			super(problem.key());
			this.problem = problem;
		}

		Problem problem() {
			return problem;
		}

	}

	private static final int MAX_ROWS = FrameworkCheck.MAX_INDICATORS;

	private static final int MAX_SETTING_ROWS = 100;

	private static final int MAX_COLUMNS = 64;

	private final JsonMapper json;

	private final WorkbookLayout.Texts texts;

	private final ObjectNode document;

	private final List<Problem> problems = new ArrayList<>();

	private final Map<String, List<NodePlace>> nodes = new LinkedHashMap<>();

	private final Map<String, Integer> groupRows = new HashMap<>();

	private final Map<String, Integer> settingRows = new HashMap<>();

	/** 基本信息 rows by the JSON pointer of their field ("/region"). */
	private final Map<String, Place> settingPointers = new HashMap<>();

	/** Indicators by their JSON pointer ("/indicators/0/children/1"). */
	private final Map<String, NodePlace> nodePointers = new HashMap<>();

	/** The groups by their path of codes ("1/1.1"), and by code. */
	private final Map<String, ObjectNode> groupsByPath = new HashMap<>();

	private final Map<String, ObjectNode> groupsByCode = new HashMap<>();

	private final Map<String, String> pointerByPath = new HashMap<>();

	private final Map<String, Integer> leafRowByPath = new HashMap<>();

	FrameworkWorkbookReader(JsonMapper json, WorkbookLayout.Texts texts) {
		this.json = json;
		this.texts = texts;
		this.document = json.createObjectNode();
	}

	Parsed read(InputStream in) {
		try (XSSFWorkbook workbook = open(in)) {
			Sheet indicators = workbook.getSheet(texts.text(WorkbookLayout.INDICATORS));
			if (indicators == null) {
				throw new Unreadable(new Problem(null, "noSheet", texts.text(WorkbookLayout.INDICATORS)));
			}
			Sheet settings = workbook.getSheet(texts.text(WorkbookLayout.SETTINGS));
			if (settings != null) {
				settings(settings);
			}
			Sheet grades = workbook.getSheet(texts.text(WorkbookLayout.GRADES));
			if (grades != null) {
				grades(grades);
			}
			indicators(indicators);
			Sheet groups = workbook.getSheet(texts.text(WorkbookLayout.GROUPS));
			if (groups != null) {
				groups(groups);
			}
			return new Parsed(document, problems, nodes, groupRows, settingRows, settingPointers, nodePointers);
		}
		catch (IOException ex) {
			throw new Unreadable(new Problem(null, "notXlsx"));
		}
	}

	private static XSSFWorkbook open(InputStream in) {
		try {
			return new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException ex) {
			// Not a zip, an old .xls, a zip that is not a workbook, or a damaged one.
			throw new Unreadable(new Problem(null, "notXlsx"));
		}
	}

	private void settings(Sheet sheet) {
		Map<String, Integer> columns = columns(sheet, WorkbookLayout.SETTINGS, WorkbookLayout.SETTINGS_COLUMNS);
		Integer itemColumn = columns.get(WorkbookLayout.SETTINGS_COLUMNS.get(0));
		Integer keyColumn = columns.get(WorkbookLayout.SETTINGS_COLUMNS.get(1));
		Integer valueColumn = columns.get(WorkbookLayout.SETTINGS_COLUMNS.get(2));
		if (valueColumn == null || (keyColumn == null && itemColumn == null)) {
			return;
		}
		Map<String, String> fieldsByLabel = new HashMap<>();
		WorkbookLayout.SETTING_FIELDS
			.forEach(field -> fieldsByLabel.put(texts.text("framework.field.framework." + field), field));
		for (int r = 1; r <= Math.min(sheet.getLastRowNum(), MAX_SETTING_ROWS); r++) {
			Row row = sheet.getRow(r);
			String item = text(row, itemColumn);
			String key = text(row, keyColumn);
			String field = key != null ? key : fieldsByLabel.get(item);
			Cell value = row == null ? null : row.getCell(valueColumn);
			String content = text(value);
			Place place = new Place(WorkbookLayout.SETTINGS, r + 1, WorkbookLayout.SETTINGS_COLUMNS.get(2),
					item != null ? item : key);
			if (field == null) {
				if (item != null && content != null) {
					problem(new Place(WorkbookLayout.SETTINGS, r + 1, WorkbookLayout.SETTINGS_COLUMNS.get(0), item),
							"unknownItem", item);
				}
				continue;
			}
			settingRows.putIfAbsent(field, r + 1);
			settingPointers.put("/" + field, place);
			if (content == null) {
				continue;
			}
			if ("version".equals(field)) {
				BigDecimal version = number(value);
				if (version == null || version.signum() <= 0 || version.stripTrailingZeros().scale() > 0) {
					problem(place, "version");
				}
				else {
					document.put(field, version.intValueExact());
				}
			}
			else if (WorkbookLayout.SETTING_FIELDS.contains(field)) {
				document.put(field, content);
			}
			else if (WorkbookLayout.DOCUMENT_FIELDS.contains(field)) {
				problem(place, "unknownItem", item != null ? item : key);
			}
			else {
				JsonNode parsed = setting(content, place);
				if (parsed != null) {
					document.set(field, parsed);
				}
			}
		}
	}

	private void grades(Sheet sheet) {
		Map<String, Integer> columns = columns(sheet, WorkbookLayout.GRADES, WorkbookLayout.GRADES_COLUMNS);
		Integer nameColumn = columns.get(WorkbookLayout.GRADES_COLUMNS.get(0));
		Integer minColumn = columns.get(WorkbookLayout.GRADES_COLUMNS.get(1));
		if (nameColumn == null || minColumn == null) {
			return;
		}
		ArrayNode grades = document.putArray("grades");
		for (int r = 1; r <= Math.min(sheet.getLastRowNum(), MAX_SETTING_ROWS); r++) {
			Row row = sheet.getRow(r);
			String name = text(row, nameColumn);
			Cell minCell = row == null ? null : row.getCell(minColumn);
			if (name == null && text(minCell) == null) {
				continue;
			}
			ObjectNode grade = grades.addObject();
			grade.put("name", name);
			if (text(minCell) != null) {
				BigDecimal min = number(minCell);
				if (min == null) {
					problem(new Place(WorkbookLayout.GRADES, r + 1, WorkbookLayout.GRADES_COLUMNS.get(1), null),
							"number");
				}
				grade.put("min", min);
			}
		}
	}

	private void indicators(Sheet sheet) {
		List<String> keys = new ArrayList<>();
		for (WorkbookLayout.Column column : WorkbookLayout.Column.values()) {
			keys.add(column.messageKey());
		}
		Map<String, Integer> found = columns(sheet, WorkbookLayout.INDICATORS, keys);
		Map<WorkbookLayout.Column, Integer> columns = new LinkedHashMap<>();
		for (WorkbookLayout.Column column : WorkbookLayout.Column.values()) {
			Integer index = found.get(column.messageKey());
			if (index != null) {
				columns.put(column, index);
			}
			else if (column.ordinal() <= WorkbookLayout.Column.LEVEL1_NAME.ordinal()
					|| column == WorkbookLayout.Column.WEIGHT || column == WorkbookLayout.Column.RULE) {
				problem(new Place(WorkbookLayout.INDICATORS, null, null, null), "noColumn",
						texts.text(column.messageKey()));
			}
		}
		if (columns.size() < WorkbookLayout.Column.values().length && !problems.isEmpty()) {
			return;
		}
		ArrayNode roots = document.putArray("indicators");
		pointerByPath.put("", "/indicators");
		List<String> previous = List.of();
		int read = 0;
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || blank(row, columns)) {
				continue;
			}
			if (++read > MAX_ROWS) {
				problem(new Place(WorkbookLayout.INDICATORS, r + 1, null, null), "tooManyRows", MAX_ROWS);
				return;
			}
			previous = row(row, r + 1, columns, previous, roots);
		}
	}

	/**
	 * Reads one leaf's row; returns its path of codes, or the previous where it failed.
	 */
	private List<String> row(Row row, int number, Map<WorkbookLayout.Column, Integer> columns, List<String> previous,
			ArrayNode roots) {
		String[] codes = new String[WorkbookLayout.LEVELS];
		String[] names = new String[WorkbookLayout.LEVELS];
		int deepest = -1;
		for (int level = 1; level <= WorkbookLayout.LEVELS; level++) {
			codes[level - 1] = text(row, columns.get(WorkbookLayout.Column.code(level)));
			names[level - 1] = text(row, columns.get(WorkbookLayout.Column.name(level)));
			if (codes[level - 1] != null || names[level - 1] != null) {
				deepest = level;
			}
		}
		if (deepest < 0) {
			problem(at(number, WorkbookLayout.Column.code(WorkbookLayout.LEVELS)), "codeMissing");
			return previous;
		}
		List<String> path = new ArrayList<>();
		boolean same = true;
		for (int level = 1; level <= deepest; level++) {
			String code = codes[level - 1];
			String name = names[level - 1];
			if (code == null && name == null) {
				// Left blank: the row above's, while the row follows it so far.
				if (level < deepest && same && previous.size() > level - 1) {
					String inherited = previous.get(level - 1);
					if (!groupsByPath.containsKey(inherited)) {
						problem(at(number, WorkbookLayout.Column.code(level + 1)), "leafHasChildren", last(inherited),
								leafRowByPath.get(inherited));
						return previous;
					}
					path.add(inherited);
					continue;
				}
				problem(at(number, WorkbookLayout.Column.code(level)), "parentMissing");
				return previous;
			}
			if (code == null) {
				problem(at(number, WorkbookLayout.Column.code(level)), "codeMissing");
				return previous;
			}
			String key = (path.isEmpty() ? "" : path.get(path.size() - 1)) + "/" + code;
			same = same && previous.size() > level - 1 && previous.get(level - 1).equals(key);
			if (level < deepest) {
				if (leafRowByPath.containsKey(key)) {
					problem(at(number, WorkbookLayout.Column.code(level + 1)), "leafHasChildren", code,
							leafRowByPath.get(key));
					return previous;
				}
				group(key, code, name, level, number, path, roots);
			}
			else {
				leaf(row, number, key, code, name, level, columns, path, roots);
			}
			path.add(key);
		}
		return path;
	}

	private void group(String key, String code, String name, int level, int number, List<String> path,
			ArrayNode roots) {
		ObjectNode group = groupsByPath.get(key);
		if (group == null) {
			group = json.createObjectNode();
			group.put("code", code);
			if (name != null) {
				group.put("name", name);
			}
			group.putArray("children");
			add(group, key, path, roots, new NodePlace(number, level, false));
			groupsByPath.put(key, group);
			groupsByCode.putIfAbsent(code, group);
			nodes.computeIfAbsent(code, c -> new ArrayList<>()).add(new NodePlace(number, level, false));
		}
		else if (name != null && group.get("name") == null) {
			group.put("name", name);
		}
		else if (name != null && !name.equals(group.get("name").asString())) {
			NodePlace first = nodes.get(code).get(0);
			problem(at(number, WorkbookLayout.Column.name(level)), "nameDiffers", first.row(),
					group.get("name").asString());
		}
	}

	private void leaf(Row row, int number, String key, String code, String name, int level,
			Map<WorkbookLayout.Column, Integer> columns, List<String> path, ArrayNode roots) {
		ObjectNode leaf = json.createObjectNode();
		leaf.put("code", code);
		if (name != null) {
			leaf.put("name", name);
		}
		Integer weightColumn = columns.get(WorkbookLayout.Column.WEIGHT);
		Cell weight = weightColumn == null ? null : row.getCell(weightColumn);
		if (text(weight) != null) {
			BigDecimal value = number(weight);
			if (value == null) {
				problem(at(number, WorkbookLayout.Column.WEIGHT), "number");
			}
			else {
				leaf.put("weight", value);
			}
		}
		textField(leaf, "description", text(row, columns.get(WorkbookLayout.Column.DESCRIPTION)));
		textField(leaf, "criteria", text(row, columns.get(WorkbookLayout.Column.CRITERIA)));
		for (WorkbookLayout.Column column : List.of(WorkbookLayout.Column.INPUTS, WorkbookLayout.Column.RULE)) {
			String content = text(row, columns.get(column));
			if (content != null) {
				JsonNode parsed = parse(content, at(number, column));
				if (parsed != null) {
					leaf.set(column.field(), parsed);
				}
			}
		}
		others(leaf, text(row, columns.get(WorkbookLayout.Column.OTHER)), at(number, WorkbookLayout.Column.OTHER));
		add(leaf, key, path, roots, new NodePlace(number, level, true));
		leafRowByPath.putIfAbsent(key, number);
		nodes.computeIfAbsent(code, c -> new ArrayList<>()).add(new NodePlace(number, level, true));
	}

	/** Adds a node under its parent (the last of the path) and notes its JSON pointer. */
	private void add(ObjectNode node, String key, List<String> path, ArrayNode roots, NodePlace place) {
		String parentKey = path.isEmpty() ? "" : path.get(path.size() - 1);
		ArrayNode siblings = path.isEmpty() ? roots : (ArrayNode) groupsByPath.get(parentKey).get("children");
		String parentPointer = pointerByPath.get(parentKey);
		String pointer = (path.isEmpty() ? parentPointer : parentPointer + "/children") + "/" + siblings.size();
		siblings.add(node);
		pointerByPath.putIfAbsent(key, pointer);
		nodePointers.put(pointer, place);
	}

	private void groups(Sheet sheet) {
		Map<String, Integer> columns = columns(sheet, WorkbookLayout.GROUPS, WorkbookLayout.GROUPS_COLUMNS);
		Integer codeColumn = columns.get(WorkbookLayout.GROUPS_COLUMNS.get(0));
		if (codeColumn == null) {
			return;
		}
		for (int r = 1; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
			Row row = sheet.getRow(r);
			String code = text(row, codeColumn);
			if (code == null) {
				continue;
			}
			ObjectNode group = groupsByCode.get(code);
			if (group == null) {
				problem(new Place(WorkbookLayout.GROUPS, r + 1, WorkbookLayout.GROUPS_COLUMNS.get(0), null),
						"unknownGroup", code);
				continue;
			}
			groupRows.putIfAbsent(code, r + 1);
			textField(group, "description", text(row, columns.get(WorkbookLayout.GROUPS_COLUMNS.get(2))));
			textField(group, "criteria", text(row, columns.get(WorkbookLayout.GROUPS_COLUMNS.get(3))));
			others(group, text(row, columns.get(WorkbookLayout.GROUPS_COLUMNS.get(4))),
					new Place(WorkbookLayout.GROUPS, r + 1, WorkbookLayout.GROUPS_COLUMNS.get(4), null));
		}
	}

	/** 其他设置: a JSON object whose fields join the node's (never replacing a column's). */
	private void others(ObjectNode node, String content, Place place) {
		if (content == null) {
			return;
		}
		JsonNode parsed = parse(content, place);
		if (parsed == null) {
			return;
		}
		if (!parsed.isObject()) {
			problem(place, "jsonObject");
			return;
		}
		parsed.properties().forEach(entry -> {
			if (!node.has(entry.getKey()) && !WorkbookLayout.NODE_FIELDS.contains(entry.getKey())) {
				node.set(entry.getKey(), entry.getValue());
			}
		});
	}

	/**
	 * A setting of its own: JSON where it is a list or an object (or reads as JSON), else
	 * the text as written.
	 */
	private JsonNode setting(String content, Place place) {
		if (content.startsWith("[") || content.startsWith("{")) {
			return parse(content, place);
		}
		try {
			return json.readTree(content);
		}
		catch (JacksonException ex) {
			return json.getNodeFactory().stringNode(content);
		}
	}

	private JsonNode parse(String content, Place place) {
		try {
			return json.readTree(content);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			problem(place, "json", location == null ? 1 : Math.max(1, location.getLineNr()),
					location == null ? 1 : Math.max(1, location.getColumnNr()));
			return null;
		}
	}

	/** The header texts found on the first row, by message key, with their columns. */
	private Map<String, Integer> columns(Sheet sheet, String sheetKey, List<String> keys) {
		Map<String, String> byText = new HashMap<>();
		keys.forEach(key -> byText.put(texts.text(key), key));
		Map<String, Integer> columns = new HashMap<>();
		Row header = sheet.getRow(0);
		if (header == null) {
			return columns;
		}
		for (int c = 0; c < Math.min(header.getLastCellNum(), MAX_COLUMNS); c++) {
			String key = byText.get(text(header.getCell(c)));
			if (key != null) {
				columns.putIfAbsent(key, c);
			}
		}
		return columns;
	}

	private Place at(int row, WorkbookLayout.Column column) {
		return new Place(WorkbookLayout.INDICATORS, row, column.messageKey(), null);
	}

	private void problem(Place place, String key, Object... args) {
		problems.add(new Problem(place, key, args));
	}

	private static void textField(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static String last(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static boolean blank(Row row, Map<WorkbookLayout.Column, Integer> columns) {
		for (Integer column : columns.values()) {
			if (text(row.getCell(column)) != null) {
				return false;
			}
		}
		return true;
	}

	private static String text(Row row, Integer column) {
		return row == null || column == null ? null : text(row.getCell(column));
	}

	/** A cell's content as text, stripped; null when blank. */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text;
		switch (type) {
			case STRING -> text = cell.getStringCellValue();
			case NUMERIC -> text = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> text = String.valueOf(cell.getBooleanCellValue());
			default -> text = null;
		}
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A cell's number (typed, or written as text), null when it holds none. */
	private static BigDecimal number(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			return Double.isFinite(value)
					? new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()) : null;
		}
		String text = text(cell);
		if (text == null || text.length() > 40) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
