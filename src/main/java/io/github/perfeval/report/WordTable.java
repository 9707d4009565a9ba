package io.github.perfeval.report;

import io.github.perfeval.system.OfficeText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A Word table described like HTML (cells with colspan and rowspan), written as OOXML:
 * fixed column grid, gridSpan for colspans, vMerge for rowspans, header rows repeated on
 * every page (tblHeader), rows that never split (cantSplit), rows kept with the next one
 * where asked (keepNext on their paragraphs). Cell text is set as run text, so it is
 * never read as markup.
 */
final class WordTable {

	enum Look {

		HEADER, TEXT, CENTER, AMOUNT, SMALL, BOLD_CENTER

	}

	record Cell(String text, String note, int colspan, int rowspan, Look look) {

		static Cell of(String text, Look look) {
			return new Cell(text, null, 1, 1, look);
		}

		Cell span(int columns, int rows) {
			return new Cell(text, note, columns, rows, look);
		}

		Cell withNote(String newNote) {
			return new Cell(text, newNote, colspan, rowspan, look);
		}

	}

	private final int[] columns;

	private final int headerRows;

	private final int fontHalfPoints;

	private final List<List<Cell>> rows = new ArrayList<>();

	WordTable(int[] columns, int headerRows, int fontHalfPoints) {
		this.columns = columns;
		this.headerRows = headerRows;
		this.fontHalfPoints = fontHalfPoints;
	}

	private final List<Boolean> keepWithNext = new ArrayList<>();

	/** The estimated height of each row written, in points. */
	private final List<Double> heights = new ArrayList<>();

	WordTable row(List<Cell> cells) {
		return row(cells, false);
	}

	/**
	 * A row that Word keeps on the page of the next one ({@code keepWithNext}): the rows
	 * of a group, the last row with the totals.
	 */
	WordTable row(List<Cell> cells, boolean keepWithNext) {
		rows.add(cells);
		this.keepWithNext.add(keepWithNext);
		return this;
	}

	void writeTo(XWPFDocument document) {
		XWPFTable table = document.createTable();
		CTTblPr properties = table.getCTTbl().getTblPr();
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		properties.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
		if (!properties.isSetTblW()) {
			properties.addNewTblW();
		}
		properties.getTblW().setType(STTblWidth.DXA);
		properties.getTblW().setW(BigInteger.valueOf(java.util.Arrays.stream(columns).sum()));
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		for (int width : columns) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		// rowspan bookkeeping: for each grid column, how many rows below are still
		// covered, and by which cell
		int[] coveredRows = new int[columns.length];
		Cell[] coveringCell = new Cell[columns.length];
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
			while (!row.getTableCells().isEmpty()) {
				row.removeCell(0);
			}
			row.setCantSplitRow(true);
			if (r < headerRows) {
				row.setRepeatHeader(true);
			}
			int column = 0;
			double tallest = fontHalfPoints / 2.0 * 1.3;
			java.util.Iterator<Cell> cells = rows.get(r).iterator();
			while (column < columns.length) {
				if (coveredRows[column] > 0) {
					Cell origin = coveringCell[column];
					XWPFTableCell continuation = row.addNewTableCell();
					layout(continuation, column, origin.colspan());
					continuation.getCTTc().getTcPr().addNewVMerge();
					write(continuation, Cell.of("", origin.look()));
					for (int c = column; c < column + origin.colspan(); c++) {
						coveredRows[c]--;
					}
					column += origin.colspan();
					continue;
				}
				if (!cells.hasNext()) {
					break;
				}
				Cell cell = cells.next();
				XWPFTableCell target = row.addNewTableCell();
				layout(target, column, cell.colspan());
				if (cell.rowspan() == 1) {
					tallest = Math.max(tallest, height(cell, column));
				}
				if (cell.rowspan() > 1) {
					target.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
					for (int c = column; c < column + cell.colspan(); c++) {
						coveredRows[c] = cell.rowspan() - 1;
						coveringCell[c] = cell;
					}
				}
				write(target, cell);
				column += cell.colspan();
			}
			heights.add(tallest + 2);
			if (keepWithNext.get(r)) {
				row.getTableCells()
					.forEach(cell -> cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true)));
			}
		}
	}

	/**
	 * Counts the rows written ({@link #writeTo}) into {@code pages}: a row that does not
	 * fit goes to the next page, under the repeated header rows.
	 */
	void measure(WordPages pages) {
		double header = 0;
		for (int r = 0; r < Math.min(headerRows, heights.size()); r++) {
			header += heights.get(r);
		}
		for (int r = 0; r < heights.size(); r++) {
			int page = pages.page();
			pages.row(heights.get(r));
			if (pages.page() != page && r >= headerRows) {
				pages.row(header);
			}
		}
	}

	/**
	 * The height in points of a cell of one row starting at grid column {@code column}:
	 * lines of 1.3 times the font size, the cell's side margins off its width.
	 */
	private double height(Cell cell, int column) {
		double size = fontHalfPoints / 2.0;
		double width = -2 * 108 / 20.0;
		for (int c = column; c < column + cell.colspan() && c < columns.length; c++) {
			width += columns[c] / 20.0;
		}
		double textSize = cell.look() == Look.SMALL ? size - 1 : size;
		double height = WordPages.lines(cell.text(), textSize, width, 0) * textSize * 1.3;
		if (cell.note() != null) {
			height += WordPages.lines(cell.note(), size - 2, width, 0) * (size - 2) * 1.3;
		}
		return height;
	}

	private void layout(XWPFTableCell cell, int column, int colspan) {
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		int width = 0;
		for (int c = column; c < column + colspan && c < columns.length; c++) {
			width += columns[c];
		}
		properties.addNewTcW().setW(BigInteger.valueOf(width));
		properties.getTcW().setType(STTblWidth.DXA);
		if (colspan > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(colspan));
		}
		properties.addNewVAlign().setVal(STVerticalJc.CENTER);
	}

	private void write(XWPFTableCell cell, Cell content) {
		if (content.look() == Look.HEADER) {
			CTTcPr properties = cell.getCTTc().getTcPr();
			properties.addNewShd().setVal(STShd.CLEAR);
			properties.getShd().setFill("EDEDED");
		}
		List<String> lines = List.of(OfficeText.xml(content.text()).split("\n", -1));
		XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				paragraph = cell.addParagraph();
			}
			format(paragraph, content.look());
			XWPFRun run = paragraph.createRun();
			run.setText(lines.get(i));
			run.setFontSize(fontHalfPoints / 2.0);
			if (content.look() == Look.HEADER || content.look() == Look.BOLD_CENTER) {
				run.setBold(true);
			}
			if (content.look() == Look.SMALL) {
				run.setFontSize((fontHalfPoints - 2) / 2.0);
			}
		}
		if (content.note() != null) {
			for (String line : OfficeText.xml(content.note()).split("\n")) {
				XWPFParagraph note = cell.addParagraph();
				format(note, Look.TEXT);
				XWPFRun run = note.createRun();
				run.setText(line);
				run.setFontSize((fontHalfPoints - 4) / 2.0);
				run.setColor("555555");
			}
		}
	}

	private static void format(XWPFParagraph paragraph, Look look) {
		paragraph.setStyle(WordStyles.TABLE);
		paragraph.setAlignment(switch (look) {
			case HEADER, CENTER, BOLD_CENTER -> ParagraphAlignment.CENTER;
			case AMOUNT -> ParagraphAlignment.RIGHT;
			case TEXT, SMALL -> ParagraphAlignment.LEFT;
		});
	}

}
