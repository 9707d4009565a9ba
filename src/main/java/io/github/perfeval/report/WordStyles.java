package io.github.perfeval.report;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The paragraph styles of the report, built in code because a blank {@code XWPFDocument}
 * has none: Normal (仿宋 三号, 28 pt lines, first line indented two characters), Title,
 * heading 1 and heading 2 with outline levels (what Word's 目录 collects), TOC 1 / TOC 2
 * with dot leaders, and a compact style for table cells.
 */
final class WordStyles {

	static final String TITLE = "Title";

	static final String HEADING1 = "Heading1";

	static final String HEADING2 = "Heading2";

	static final String TABLE = "TableText";

	static final String CAPTION = "TableCaption";

	private WordStyles() {
	}

	/** Fonts: body, heading, subheading (East Asian names, e.g. 仿宋, 黑体, 楷体). */
	record Fonts(String body, String heading, String subheading, String table) {
	}

	static void define(XWPFDocument document, Fonts fonts, int textWidthTwips) {
		XWPFStyles styles = document.createStyles();
		CTFonts defaults = CTFonts.Factory.newInstance();
		defaults.setEastAsia(fonts.body());
		defaults.setAscii("Times New Roman");
		defaults.setHAnsi("Times New Roman");
		styles.setDefaultFonts(defaults);

		CTStyle normal = style("Normal", "Normal", null);
		normal.addNewQFormat();
		spacing(normal, 0, 0, 560, true);
		normal.getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
		normal.getPPr().addNewJc().setVal(STJc.BOTH);
		font(normal, fonts.body(), 32, false);
		styles.addStyle(new XWPFStyle(normal, styles));

		CTStyle title = style(TITLE, "Title", "Normal");
		spacing(title, 0, 0, 0, false);
		title.getPPr().addNewInd().setFirstLineChars(BigInteger.ZERO);
		title.getPPr().addNewJc().setVal(STJc.CENTER);
		font(title, fonts.heading(), 44, true);
		styles.addStyle(new XWPFStyle(title, styles));

		CTStyle heading1 = heading(HEADING1, "heading 1", 0, fonts.heading(), false);
		styles.addStyle(new XWPFStyle(heading1, styles));
		CTStyle heading2 = heading(HEADING2, "heading 2", 1, fonts.subheading(), true);
		styles.addStyle(new XWPFStyle(heading2, styles));

		styles.addStyle(new XWPFStyle(toc("TOC1", "toc 1", 0, textWidthTwips), styles));
		styles.addStyle(new XWPFStyle(toc("TOC2", "toc 2", 640, textWidthTwips), styles));

		CTStyle table = style(TABLE, "Table Text", "Normal");
		spacing(table, 0, 0, 0, false);
		table.getPPr().addNewInd().setFirstLineChars(BigInteger.ZERO);
		table.getPPr().getInd().setFirstLine(BigInteger.ZERO);
		font(table, fonts.table(), 21, false);
		styles.addStyle(new XWPFStyle(table, styles));

		CTStyle caption = style(CAPTION, "Table Caption", "Normal");
		spacing(caption, 120, 60, 0, false);
		caption.getPPr().addNewInd().setFirstLineChars(BigInteger.ZERO);
		caption.getPPr().getInd().setFirstLine(BigInteger.ZERO);
		caption.getPPr().addNewJc().setVal(STJc.CENTER);
		caption.getPPr().addNewKeepNext();
		font(caption, fonts.heading(), 24, true);
		styles.addStyle(new XWPFStyle(caption, styles));
	}

	private static CTStyle heading(String id, String name, int level, String font, boolean bold) {
		CTStyle heading = style(id, name, "Normal");
		heading.addNewNext().setVal("Normal");
		heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
		heading.addNewQFormat();
		spacing(heading, level == 0 ? 240 : 120, 60, 560, true);
		heading.getPPr().addNewKeepNext();
		heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
		heading.getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
		font(heading, font, 32, bold);
		return heading;
	}

	private static CTStyle toc(String id, String name, int indent, int textWidthTwips) {
		CTStyle toc = style(id, name, "Normal");
		toc.addNewNext().setVal("Normal");
		toc.addNewUiPriority().setVal(BigInteger.valueOf(39));
		spacing(toc, 0, 0, 480, true);
		toc.getPPr().addNewInd().setFirstLineChars(BigInteger.ZERO);
		toc.getPPr().getInd().setFirstLine(BigInteger.ZERO);
		toc.getPPr().getInd().setLeft(BigInteger.valueOf(indent));
		CTTabStop tab = toc.getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setLeader(STTabTlc.DOT);
		tab.setPos(BigInteger.valueOf(textWidthTwips));
		font(toc, null, 28, false);
		return toc;
	}

	private static CTStyle style(String id, String name, String basedOn) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		style.addNewPPr();
		return style;
	}

	private static void spacing(CTStyle style, int before, int after, int line, boolean exact) {
		CTPPrGeneral properties = style.getPPr();
		var spacing = properties.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(before));
		spacing.setAfter(BigInteger.valueOf(after));
		spacing.setLine(BigInteger.valueOf(line > 0 ? line : 240));
		spacing.setLineRule(exact && line > 0 ? STLineSpacingRule.EXACT : STLineSpacingRule.AUTO);
	}

	private static void font(CTStyle style, String eastAsia, int halfPoints, boolean bold) {
		CTRPr run = style.addNewRPr();
		if (eastAsia != null) {
			CTFonts fonts = run.addNewRFonts();
			fonts.setEastAsia(eastAsia);
			fonts.setAscii("Times New Roman");
			fonts.setHAnsi("Times New Roman");
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			run.addNewB();
		}
	}

}
