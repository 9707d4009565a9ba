package io.github.perfeval.report;

/**
 * Where the report's pages break, estimated while it is written, for the page numbers the
 * 目录 carries as its cached result: Word replaces them when it updates the field on
 * opening, but LibreOffice (and WPS when it does not update) print them as they are. The
 * body follows the GB/T 9704 grid, which makes it predictable: lines exactly 28 pt, 22 to
 * a page, 27 characters of 三号 to a line (figures and Latin letters half as wide); tables
 * are measured row by row in their own font. An estimate, not a layout: a heading can be
 * a page off where a table or a kept-together block moves.
 */
final class WordPages {

	/** Lines of 28 pt in the portrait type area (297 − 37 − 35 mm). */
	static final double PORTRAIT_LINES = 22;

	/**
	 * The landscape type area's height in points (210 mm less 15 mm margins each side).
	 */
	static final double LANDSCAPE_HEIGHT = (11906 - 2 * 851) / 20.0;

	private static final double LINE = 28;

	private int page = 1;

	/** Points used on the current page. */
	private double used;

	private double height = PORTRAIT_LINES * LINE;

	/**
	 * The page the next line starts on (a heading that would end a page goes to the
	 * next).
	 */
	int pageOfHeading() {
		if (used + 2 * LINE > height) {
			newPage();
		}
		return page;
	}

	int page() {
		return page;
	}

	void newPage() {
		page++;
		used = 0;
	}

	/** A new page, landscape from now on. */
	void landscape() {
		newPage();
		height = LANDSCAPE_HEIGHT;
	}

	/**
	 * A paragraph of {@code text} in a face of {@code size} points and lines of
	 * {@code line} points.
	 */
	void paragraph(String text, double size, double line, double widthPoints, double indentCharacters) {
		int lines = lines(text, size, widthPoints, indentCharacters);
		for (int i = 0; i < lines; i++) {
			advance(line);
		}
	}

	/** A body paragraph (三号, 28 pt lines, first line indented two characters). */
	void bodyParagraph(String text, double widthPoints) {
		paragraph(text, 16, LINE, widthPoints, 2);
	}

	/** A table row (never split): to the next page when it does not fit. */
	void row(double rowHeight) {
		if (used > 0 && used + rowHeight > height) {
			newPage();
		}
		used += rowHeight;
	}

	/** Space that breaks like lines do. */
	void advance(double points) {
		if (used + points > height + 0.1) {
			newPage();
		}
		used += points;
	}

	/**
	 * How many lines {@code text} fills at {@code size} points in {@code widthPoints}.
	 */
	static int lines(String text, double size, double widthPoints, double indentCharacters) {
		double perLine = Math.max(1, Math.floor(widthPoints / size));
		int lines = 0;
		for (String piece : (text == null ? "" : text).split("\n", -1)) {
			double width = indentCharacters + width(piece);
			lines += Math.max(1, (int) Math.ceil(width / perLine - 1e-9));
		}
		return lines;
	}

	/**
	 * Width in ems: CJK and full-width forms 1, figures and Latin letters ½, a space ¼.
	 */
	static double width(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				width += 0.25;
			}
			else if (c < 0x2E80 && c != '—' && c != '“' && c != '”' && c != '‘' && c != '’' && c != '…') {
				width += 0.5;
			}
			else {
				width += 1;
			}
		}
		return width;
	}

}
