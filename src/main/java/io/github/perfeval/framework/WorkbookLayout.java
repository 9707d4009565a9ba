package io.github.perfeval.framework;

import java.util.List;
import java.util.Set;

/**
 * The shape of a framework as a workbook, shared by {@link FrameworkWorkbookWriter} and
 * {@link FrameworkWorkbookReader}: the sheets, their columns (found by their header texts
 * on import, so they may be moved) and the document fields each holds. Texts under
 * {@code framework.workbook.} in {@code messages-framework.properties}.
 */
final class WorkbookLayout {

	static final String INDICATORS = "framework.workbook.sheet.indicators";

	static final String SETTINGS = "framework.workbook.sheet.settings";

	static final String GRADES = "framework.workbook.sheet.grades";

	static final String GROUPS = "framework.workbook.sheet.groups";

	static final String HELP = "framework.workbook.sheet.help";

	/** The levels of the 指标体系 sheet: 一级, 二级, 三级. */
	static final int LEVELS = FrameworkCheck.MAX_LEVELS;

	/** The framework fields the 基本信息 sheet holds as text, in its order. */
	static final List<String> SETTING_FIELDS = List.of("code", "version", "name", "region", "judgmentDescription",
			"judgmentCriteria");

	/**
	 * The document fields with a sheet or row of their own; any other is JSON in 基本信息.
	 */
	static final Set<String> DOCUMENT_FIELDS = Set.of("code", "version", "name", "region", "judgmentDescription",
			"judgmentCriteria", "grades", "indicators");

	/** The node fields with a column of their own; any other is JSON in 其他设置. */
	static final Set<String> NODE_FIELDS = Set.of("code", "name", "weight", "description", "criteria", "inputs", "rule",
			"children");

	private WorkbookLayout() {
	}

	/**
	 * The workbook's texts: a message with its arguments, null for a key that has none.
	 */
	interface Texts {

		String text(String key, Object... args);

	}

	/** The columns of the 指标体系 sheet, in the order they are written. */
	enum Column {

		LEVEL1_CODE("level1Code", "code", 12), LEVEL1_NAME("level1Name", "name", 14),
		LEVEL2_CODE("level2Code", "code", 12), LEVEL2_NAME("level2Name", "name", 16),
		LEVEL3_CODE("level3Code", "code", 12), LEVEL3_NAME("level3Name", "name", 20), WEIGHT("weight", "weight", 8),
		DESCRIPTION("description", "description", 40), CRITERIA("criteria", "criteria", 60),
		INPUTS("inputs", "inputs", 30), RULE("rule", "rule", 60), OTHER("other", null, 20);

		private final String key;

		private final String field;

		private final int width;

		Column(String key, String field, int width) {
			this.key = key;
			this.field = field;
			this.width = width;
		}

		String messageKey() {
			return "framework.workbook.column." + key;
		}

		/** The node field the column holds, null for 其他设置. */
		String field() {
			return field;
		}

		int width() {
			return width;
		}

		static Column code(int level) {
			return values()[2 * (level - 1)];
		}

		static Column name(int level) {
			return values()[2 * (level - 1) + 1];
		}

		/**
		 * The column of a leaf's field at its level, else 其他设置; a path into a field
		 * ({@code rule[2].points}, {@code inputs.items}) is the field's.
		 */
		static Column of(String path, int level) {
			String field = base(path);
			if ("code".equals(field) || "children".equals(field)) {
				return code(level);
			}
			if ("name".equals(field)) {
				return name(level);
			}
			for (Column column : values()) {
				if (column.ordinal() >= WEIGHT.ordinal() && field != null && field.equals(column.field)) {
					return column;
				}
			}
			return OTHER;
		}

	}

	/**
	 * The field a path into a document or node begins with: {@code rule} of
	 * {@code rule[2].points}.
	 */
	static String base(String path) {
		return path == null ? null : path.split("[.\\[]", 2)[0];
	}

	/** The columns of the 基本信息 sheet. */
	static final List<String> SETTINGS_COLUMNS = List.of("framework.workbook.column.item",
			"framework.workbook.column.key", "framework.workbook.column.value");

	/** The columns of the 评分等级 sheet. */
	static final List<String> GRADES_COLUMNS = List.of("framework.workbook.column.gradeName",
			"framework.workbook.column.gradeMin");

	/** The columns of the 上级指标说明 sheet. */
	static final List<String> GROUPS_COLUMNS = List.of("framework.workbook.column.code",
			"framework.workbook.column.name", "framework.workbook.column.description",
			"framework.workbook.column.criteria", "framework.workbook.column.other");

}
