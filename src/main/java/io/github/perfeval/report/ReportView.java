package io.github.perfeval.report;

import java.util.List;

/**
 * 部门整体支出绩效自评报告 as the PDF and the Word document lay it out: cover, chapters with their
 * sections, the annexes. Text is plain (never markup): each renderer escapes it.
 */
record ReportView(String title, String department, String yearText, String filledBy, String headOfUnit, String phone,
		String intro, List<Chapter> chapters, SheetView sheet, GoalReportView goals, Annexes annexes,
		List<EvidenceLine> evidence, Draft draft, Closing closing) {

	/**
	 * The 草稿 mark of an evaluation not yet complete: {@code mark} on every page and
	 * {@code missing}, each thing still to do (an empty section by its heading, a leaf
	 * without its data, a signatory), in the 未完成事项 box near the front. Null once nothing
	 * is missing or the evaluation is approved.
	 */
	record Draft(String mark, String title, String intro, List<String> missing) {
	}

	/**
	 * The end of the report after the last chapter, right-aligned as a government
	 * document ends: the signatories' lines (a value null is left blank to be written by
	 * hand), the department with its 公章 place, and the date (the day of approval, else
	 * blank).
	 */
	record Closing(List<String> lines, String seal, String date) {
	}

	/**
	 * The annexes' titles: 附件 1, 2, 3 when there are several, 附件 alone when the 评分表 is
	 * the only one; {@code goals} and {@code evidence} null when the report has none.
	 */
	record Annexes(String sheet, String goals, String evidence) {
	}

	/**
	 * A 佐证材料 in the annex's list: its number, the leaf (code and name, or 整体自评), name,
	 * kind, size and upload date.
	 */
	record EvidenceLine(String number, String leaf, String fileName, String type, String size, String uploaded) {
	}

	record Chapter(String id, String title, List<Section> sections) {
	}

	record Section(String id, String title, List<Block> blocks) {
	}

	/** A piece of a section's body. */
	sealed interface Block permits Paragraph, Subheading, UnitsTable, RectificationTable {

		String kind();

	}

	/** A paragraph; {@code unwritten} when the department wrote nothing here. */
	record Paragraph(String text, boolean unwritten) implements Block {

		@Override
		public String kind() {
			return "paragraph";
		}

	}

	/** "1. 政府采购执行情况" of the problems draft. */
	record Subheading(String text) implements Block {

		@Override
		public String kind() {
			return "subheading";
		}

	}

	/**
	 * 表 1-1 各单位预算执行情况表; amounts formatted, {@code unit} e.g. 万元. The 合计 row holds the
	 * sums of the rows; {@code notes} (附注, printed right under the table) state where a
	 * total the department gives differs, with both figures.
	 */
	record UnitsTable(String unit, List<UnitRow> rows, UnitRow total, List<String> notes) implements Block {

		UnitsTable {
			notes = notes == null ? List.of() : List.copyOf(notes);
		}

		@Override
		public String kind() {
			return "units";
		}

	}

	record UnitRow(String number, String name, String initialBudget, String adjustedBudget, String finalAccounts,
			String rate) {
	}

	/**
	 * 上年整改事项落实情况 under 存在问题: the caption with the year, the summary sentence, one row per
	 * item of last year (number, 存在问题, 责任科室, 整改期限, 落实情况, how many 佐证材料 files).
	 */
	record RectificationTable(String caption, String summary, List<RectificationRow> rows) implements Block {

		RectificationTable {
			rows = List.copyOf(rows);
		}

		@Override
		public String kind() {
			return "rectification";
		}

	}

	record RectificationRow(String number, String problem, String office, String deadline, String status,
			String files) {
	}

}
