package io.github.perfeval.report;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * How the 评分表 prints on A4 landscape, one page wide: the column widths, the scale that
 * fitting them to the page width gives, and where pages start.
 * <p>
 * Pages start between 二级 groups where the page is three quarters full, else between the
 * rows of a group, and the last leaf row stays with 综合评分, 评分等级 and 填表人, so that no page
 * holds only the header and the totals. At each page start the workbook repeats the 一级
 * label (and the 二级 label where a group is split) with 「（续）」: a merged cell prints its
 * label only once, on the page where it starts, and the header rows that Excel repeats
 * cannot carry it. Breaking before every 一级 group instead would leave pages half empty (a
 * 一级 group of four long rows fills half a page).
 */
final class SheetPrintLayout {

	/** Column widths in characters: 名称, 分值, 名称, 分值, 名称, 分值, 说明, 标准, 分数, 备注. */
	static final int[] WIDTHS = { 7, 7, 7, 7, 14, 7, 30, 50, 9, 24 };

	/** Padding added to every column, in 1/256 of a character. */
	static final int PADDING = 200;

	/** Margins in inches: 左右, 上, 下, and the footer's distance from the edge. */
	static final double SIDE_MARGIN = 0.4;

	static final double TOP_MARGIN = 0.5;

	static final double BOTTOM_MARGIN = 0.7;

	static final double HEADER_MARGIN = 0.3;

	static final double FOOTER_MARGIN = 0.3;

	/** A4 in points (297 × 210 mm), landscape. */
	private static final double PAGE_WIDTH = 841.89;

	private static final double PAGE_HEIGHT = 595.28;

	/**
	 * A character of the workbook's default font (Calibri 11) is 7 pixels wide at 96 dpi:
	 * 5.25 points.
	 */
	private static final double CHARACTER_POINTS = 7 * 72 / 96.0;

	/**
	 * Share of a page the rows are planned to fill: viewers round row heights and the
	 * scale differently, and a planned break must come before the viewer's own.
	 */
	private static final double SAFETY = 0.97;

	/**
	 * A page filled this far ends before a 二级 group that does not fit; a page less full
	 * takes the group's first rows and the group continues on the next page.
	 */
	private static final double FULL_ENOUGH = 0.75;

	private SheetPrintLayout() {
	}

	/** The printed width of all columns at 100 %, in points. */
	static double sheetWidth() {
		double characters = 0;
		for (int width : WIDTHS) {
			characters += (width * 256 + PADDING) / 256.0;
		}
		return characters * CHARACTER_POINTS;
	}

	/**
	 * The scale that fits the columns to the printable width, as Excel picks it for "1
	 * page wide": whole percents, at most 100. The text's 9 and 10 points print at this
	 * share of their size.
	 */
	static double scale() {
		double printable = PAGE_WIDTH - 2 * SIDE_MARGIN * 72;
		return Math.min(100, Math.floor(printable / sheetWidth() * 100)) / 100;
	}

	/** Height of the page's printable area at the sheet's scale, in unscaled points. */
	static double pageHeight() {
		return (PAGE_HEIGHT - (TOP_MARGIN + BOTTOM_MARGIN) * 72) / scale();
	}

	/**
	 * Indexes of the leaf rows that start a new page.
	 * @param rows the leaf rows with their 二级 spans
	 * @param heights each leaf row's height in points
	 * @param title height of the rows printed only on the first page, above the header
	 * @param header height of the header rows repeated on every page
	 * @param tail height of the rows that must stay with the last group (综合评分 …)
	 */
	static NavigableSet<Integer> pageStarts(List<SheetView.Row> rows, float[] heights, double title, double header,
			double tail) {
		NavigableSet<Integer> starts = new TreeSet<>();
		double room = pageHeight() * SAFETY - header - title;
		double used = 0;
		int start = 0;
		while (start < rows.size()) {
			int end = start + Math.max(1, rows.get(start).level2Span());
			double group = tail(end == rows.size(), tail);
			for (int i = start; i < end; i++) {
				group += heights[i];
			}
			if (used + group <= room) {
				used += group;
			}
			else if (used >= room * FULL_ENOUGH && group <= pageHeight() * SAFETY - header) {
				starts.add(start);
				used = group;
				room = pageHeight() * SAFETY - header;
			}
			else {
				// The page is not full enough to leave the rest empty, or the group is
				// taller than a page: it breaks between its rows.
				for (int i = start; i < end; i++) {
					double row = heights[i] + tail(i == rows.size() - 1, tail);
					if (used > 0 && used + row > room) {
						starts.add(i);
						used = 0;
						room = pageHeight() * SAFETY - header;
					}
					used += row;
				}
			}
			start = end;
		}
		return starts;
	}

	private static double tail(boolean last, double tail) {
		return last ? tail : 0;
	}

}
