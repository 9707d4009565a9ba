package io.github.perfeval.framework;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.system.OfficeText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a framework document as the workbook a finance bureau would write by hand
 * ({@link WorkbookLayout}): 指标体系 with one row per leaf (一级 and 二级 merged over their
 * rows), 基本信息, 评分等级, 上级指标说明 where a group has texts of its own, and 填写说明. The
 * machine-readable parts (录入项, 评分规则, and every field this writer does not know) are JSON
 * text, so that nothing is lost on the way back. Streamed: rows leave memory as they are
 * written.
 */
final class FrameworkWorkbookWriter {

	private static final int WINDOW = 100;

	private final JsonMapper json;

	private final WorkbookLayout.Texts texts;

	private final List<String> kinds;

	private SXSSFWorkbook workbook;

	private final Map<String, CellStyle> styles = new HashMap<>();

	FrameworkWorkbookWriter(JsonMapper json, WorkbookLayout.Texts texts, List<String> kinds) {
		this.json = json;
		this.texts = texts;
		this.kinds = kinds;
	}

	void write(FrameworkDocument document, OutputStream out) {
		write((ObjectNode) json.valueToTree(document), out);
	}

	/** The document as its JSON tree: every field it has, known here or not. */
	void write(ObjectNode tree, OutputStream out) {
		// Shared strings, as Excel writes them (a framework's texts are bounded).
		workbook = new SXSSFWorkbook(null, WINDOW, true, true);
		workbook.setCompressTempFiles(true);
		try {
			List<List<ObjectNode>> rows = new ArrayList<>();
			List<ObjectNode> groups = new ArrayList<>();
			paths(tree.get("indicators"), new ArrayList<>(), rows, groups);
			indicators(rows);
			settings(tree);
			grades(tree.get("grades"));
			List<ObjectNode> described = groups.stream().filter(FrameworkWorkbookWriter::hasOwnFields).toList();
			if (!described.isEmpty()) {
				groups(described);
			}
			help();
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/** Every leaf with the groups above it, in the document's order. */
	private static void paths(JsonNode nodes, List<ObjectNode> above, List<List<ObjectNode>> rows,
			List<ObjectNode> groups) {
		if (nodes == null) {
			return;
		}
		for (JsonNode node : nodes) {
			List<ObjectNode> path = new ArrayList<>(above);
			path.add((ObjectNode) node);
			JsonNode children = node.get("children");
			if (children == null || children.isEmpty()) {
				rows.add(path);
			}
			else {
				groups.add((ObjectNode) node);
				paths(children, path, rows, groups);
			}
		}
	}

	private void indicators(List<List<ObjectNode>> rows) {
		Sheet sheet = workbook.createSheet(texts.text(WorkbookLayout.INDICATORS));
		WorkbookLayout.Column[] columns = WorkbookLayout.Column.values();
		Row header = sheet.createRow(0);
		for (WorkbookLayout.Column column : columns) {
			text(header, column.ordinal(), texts.text(column.messageKey()), "header");
			sheet.setColumnWidth(column.ordinal(), column.width() * 256);
		}
		sheet.createFreezePane(0, 1);
		for (int r = 0; r < rows.size(); r++) {
			List<ObjectNode> path = rows.get(r);
			Row row = sheet.createRow(r + 1);
			for (WorkbookLayout.Column column : columns) {
				row.createCell(column.ordinal()).setCellStyle(style("text"));
			}
			for (int level = 1; level <= path.size(); level++) {
				ObjectNode node = path.get(level - 1);
				text(row, WorkbookLayout.Column.code(level).ordinal(), string(node, "code"), "text");
				text(row, WorkbookLayout.Column.name(level).ordinal(), string(node, "name"), "text");
			}
			ObjectNode leaf = path.get(path.size() - 1);
			if (leaf.get("weight") != null && leaf.get("weight").isNumber()) {
				Cell weight = row.createCell(WorkbookLayout.Column.WEIGHT.ordinal());
				weight.setCellValue(leaf.get("weight").decimalValue().doubleValue());
				weight.setCellStyle(style("number"));
			}
			text(row, WorkbookLayout.Column.DESCRIPTION.ordinal(), string(leaf, "description"), "text");
			text(row, WorkbookLayout.Column.CRITERIA.ordinal(), string(leaf, "criteria"), "text");
			text(row, WorkbookLayout.Column.INPUTS.ordinal(), jsonText(leaf.get("inputs")), "json");
			text(row, WorkbookLayout.Column.RULE.ordinal(), jsonText(leaf.get("rule")), "json");
			text(row, WorkbookLayout.Column.OTHER.ordinal(), otherText(others(leaf, WorkbookLayout.NODE_FIELDS)),
					"json");
		}
		merge(sheet, rows);
	}

	/** 一级 and 二级 cells merged over the rows of their group. */
	private static void merge(Sheet sheet, List<List<ObjectNode>> rows) {
		for (int level = 1; level < WorkbookLayout.LEVELS; level++) {
			int start = 0;
			for (int r = 1; r <= rows.size(); r++) {
				if (r == rows.size() || group(rows.get(r), level) == null
						|| group(rows.get(r), level) != group(rows.get(start), level)) {
					if (group(rows.get(start), level) != null && r - start > 1) {
						for (WorkbookLayout.Column column : List.of(WorkbookLayout.Column.code(level),
								WorkbookLayout.Column.name(level))) {
							sheet.addMergedRegion(
									new CellRangeAddress(start + 1, r, column.ordinal(), column.ordinal()));
						}
					}
					start = r;
				}
			}
		}
	}

	/** The group at the level of a leaf's path, null where the path has none there. */
	private static ObjectNode group(List<ObjectNode> path, int level) {
		return path.size() > level ? path.get(level - 1) : null;
	}

	private void settings(ObjectNode tree) {
		Sheet sheet = header(WorkbookLayout.SETTINGS, WorkbookLayout.SETTINGS_COLUMNS, 28, 22, 80);
		int r = 1;
		for (String field : WorkbookLayout.SETTING_FIELDS) {
			Row row = sheet.createRow(r++);
			text(row, 0, texts.text("framework.field.framework." + field), "text");
			text(row, 1, field, "text");
			JsonNode value = tree.get(field);
			if (value != null && value.isNumber()) {
				Cell cell = row.createCell(2);
				cell.setCellValue(value.asInt());
				cell.setCellStyle(style("number"));
			}
			else {
				text(row, 2, value == null || value.isNull() ? null : value.asString(), "text");
			}
		}
		for (Map.Entry<String, JsonNode> other : others(tree, WorkbookLayout.DOCUMENT_FIELDS).properties()) {
			Row row = sheet.createRow(r++);
			text(row, 0, label(other.getKey()), "text");
			text(row, 1, other.getKey(), "text");
			text(row, 2, other.getValue().isString() ? other.getValue().asString() : jsonText(other.getValue()),
					"json");
		}
	}

	private void grades(JsonNode grades) {
		Sheet sheet = header(WorkbookLayout.GRADES, WorkbookLayout.GRADES_COLUMNS, 16, 12);
		int r = 1;
		for (JsonNode grade : grades == null ? List.<JsonNode>of() : grades) {
			Row row = sheet.createRow(r++);
			text(row, 0, string(grade, "name"), "text");
			if (grade.get("min") != null && grade.get("min").isNumber()) {
				Cell min = row.createCell(1);
				min.setCellValue(grade.get("min").decimalValue().doubleValue());
				min.setCellStyle(style("number"));
			}
		}
	}

	private void groups(List<ObjectNode> groups) {
		Sheet sheet = header(WorkbookLayout.GROUPS, WorkbookLayout.GROUPS_COLUMNS, 12, 20, 40, 60, 30);
		int r = 1;
		for (ObjectNode group : groups) {
			Row row = sheet.createRow(r++);
			text(row, 0, string(group, "code"), "text");
			text(row, 1, string(group, "name"), "text");
			text(row, 2, string(group, "description"), "text");
			text(row, 3, string(group, "criteria"), "text");
			text(row, 4, otherText(others(group, WorkbookLayout.NODE_FIELDS)), "json");
		}
	}

	private void help() {
		Sheet sheet = header(WorkbookLayout.HELP, List.of("framework.workbook.column.help"), 120);
		for (int i = 1;; i++) {
			String key = "framework.workbook.help." + i;
			String line = texts.text(key, String.join("、", kinds));
			if (line == null) {
				return;
			}
			text(sheet.createRow(i), 0, line, "text");
		}
	}

	private Sheet header(String sheetKey, List<String> columnKeys, int... widths) {
		Sheet sheet = workbook.createSheet(texts.text(sheetKey));
		Row header = sheet.createRow(0);
		for (int c = 0; c < columnKeys.size(); c++) {
			text(header, c, texts.text(columnKeys.get(c)), "header");
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private String label(String field) {
		String label = texts.text("framework.field.framework." + field);
		return label == null ? field : label;
	}

	/** A node's fields that have no column (or sheet) of their own. */
	private ObjectNode others(ObjectNode node, java.util.Set<String> known) {
		ObjectNode others = json.createObjectNode();
		node.properties().forEach(entry -> {
			if (!known.contains(entry.getKey()) && !entry.getValue().isNull()) {
				others.set(entry.getKey(), entry.getValue());
			}
		});
		return others;
	}

	private static boolean hasOwnFields(ObjectNode group) {
		for (Map.Entry<String, JsonNode> entry : group.properties()) {
			if (!List.of("code", "name", "children", "weight").contains(entry.getKey()) && !entry.getValue().isNull()) {
				return true;
			}
		}
		return false;
	}

	private String jsonText(JsonNode value) {
		return value == null || value.isNull() ? null : json.writeValueAsString(value);
	}

	/** 其他设置: left blank where there is nothing else. */
	private String otherText(ObjectNode others) {
		return others.isEmpty() ? null : jsonText(others);
	}

	private static String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
	}

	private void text(Row row, int column, String text, String styleName) {
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		cell.setCellStyle(style(styleName));
		if (text == null) {
			return;
		}
		String value = OfficeText.cell(text);
		cell.setCellValue(value);
		if (OfficeText.looksLikeFormula(value)) {
			cell.setCellStyle(style(styleName + "-quoted"));
		}
	}

	private CellStyle style(String name) {
		return styles.computeIfAbsent(name, this::createStyle);
	}

	private CellStyle createStyle(String name) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setFontName(texts.text("framework.workbook.font"));
		font.setFontHeightInPoints((short) (name.startsWith("json") ? 9 : 10));
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (name.startsWith("header")) {
			font.setBold(true);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		if (name.startsWith("number")) {
			style.setAlignment(HorizontalAlignment.CENTER);
		}
		if (name.endsWith("-quoted")) {
			style.setQuotePrefixed(true);
		}
		style.setFont(font);
		return style;
	}

}
