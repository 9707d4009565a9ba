package io.github.perfeval.report;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The styles of the report, built in code because a blank {@code XWPFDocument} has none,
 * after the conventions of GB/T 9704 as Word and WPS expect them: {@code Normal} is the
 * default paragraph style (仿宋_GB2312 三号, lines exactly 28 pt, first line indented two
 * characters, given in characters and in twips); Title in 小标宋 二号; the built-in heading
 * 1–3 (一、 黑体, （一） 楷体, 1. bold 仿宋, all 三号, with outline levels: what Word's 目录 and
 * navigation pane collect); TOC 1 / TOC 2 with dot leaders; a compact style for table
 * cells, the caption and the page number.
 */
final class WordStyles {

	static final String NORMAL = "Normal";

	static final String TITLE = "Title";

	static final String HEADING1 = "Heading1";

	static final String HEADING2 = "Heading2";

	static final String HEADING3 = "Heading3";

	static final String TOC_HEADING = "TOCHeading";

	static final String TABLE = "TableText";

	static final String CAPTION = "TableCaption";

	static final String FOOTER = "Footer";

	/** 三号: 16 pt, in half points. */
	static final int SANHAO = 32;

	/** 二号: 22 pt, in half points. */
	static final int ERHAO = 44;

	/** 四号: 14 pt, in half points. */
	static final int SIHAO = 28;

	/** Two characters of 三号 in twips (the first-line indent). */
	static final int TWO_CHARACTERS = 640;

	/** Lines exactly 28 pt, in twentieths of a point. */
	static final int LINE = 560;

	/** Latin text (figures, units) is set in this face throughout, as the seeds do. */
	private static final String LATIN = "Times New Roman";

	private WordStyles() {
	}

	/**
	 * The East Asian faces of the report (their fontTable entries: {@link WordFonts}).
	 */
	record Fonts(String body, String heading, String subheading, String title, String table) {
	}

	static void define(XWPFDocument document, Fonts fonts, int textWidthTwips) {
		XWPFStyles styles = document.createStyles();
		CTStyles ct = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = ct.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		fonts(run.addNewRFonts(), fonts.body(), LATIN);
		run.addNewKern().setVal(BigInteger.valueOf(2));
		run.addNewSz().setVal(BigInteger.valueOf(SANHAO));
		run.addNewSzCs().setVal(BigInteger.valueOf(SANHAO));
		CTLanguage language = run.addNewLang();
		language.setVal("en-US");
		language.setEastAsia("zh-CN");
		language.setBidi("ar-SA");
		defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
		styles.setStyles(ct);

		CTStyle normal = style(NORMAL, "Normal", null);
		normal.setDefault(true);
		normal.addNewQFormat();
		normal.getPPr().addNewWidowControl();
		spacing(normal, 0, 0, LINE, true);
		indent(normal, 200, TWO_CHARACTERS);
		normal.getPPr().addNewJc().setVal(STJc.BOTH);
		font(normal, fonts.body(), LATIN, SANHAO, false);
		add(styles, normal);

		CTStyle paragraphFont = CTStyle.Factory.newInstance();
		paragraphFont.setType(STStyleType.CHARACTER);
		paragraphFont.setStyleId("DefaultParagraphFont");
		paragraphFont.setDefault(true);
		paragraphFont.addNewName().setVal("Default Paragraph Font");
		paragraphFont.addNewUiPriority().setVal(BigInteger.ONE);
		paragraphFont.addNewSemiHidden();
		paragraphFont.addNewUnhideWhenUsed();
		add(styles, paragraphFont);

		// no default table style: poi-ooxml-lite (the runtime's schema subset) has no
		// type
		// for a style's table properties, and Word's built-in Normal Table is the same
		CTStyle title = style(TITLE, "Title", NORMAL);
		title.addNewNext().setVal(NORMAL);
		title.addNewUiPriority().setVal(BigInteger.valueOf(10));
		title.addNewQFormat();
		spacing(title, 0, 0, 0, false);
		indent(title, 0, 0);
		title.getPPr().addNewJc().setVal(STJc.CENTER);
		font(title, fonts.title(), fonts.title(), ERHAO, false);
		add(styles, title);

		add(styles, heading(HEADING1, "heading 1", 0, fonts.heading(), false));
		add(styles, heading(HEADING2, "heading 2", 1, fonts.subheading(), false));
		add(styles, heading(HEADING3, "heading 3", 2, fonts.body(), true));

		CTStyle tocHeading = style(TOC_HEADING, "TOC Heading", NORMAL);
		tocHeading.addNewNext().setVal(NORMAL);
		tocHeading.addNewUiPriority().setVal(BigInteger.valueOf(39));
		tocHeading.getPPr().addNewKeepNext();
		spacing(tocHeading, 0, 240, LINE, true);
		indent(tocHeading, 0, 0);
		tocHeading.getPPr().addNewJc().setVal(STJc.CENTER);
		font(tocHeading, fonts.heading(), fonts.heading(), SANHAO, false);
		add(styles, tocHeading);

		add(styles, toc("TOC1", "toc 1", 0, textWidthTwips));
		add(styles, toc("TOC2", "toc 2", TWO_CHARACTERS, textWidthTwips));

		CTStyle cells = style(TABLE, "Table Text", NORMAL);
		spacing(cells, 0, 0, 0, false);
		indent(cells, 0, 0);
		font(cells, fonts.table(), LATIN, 21, false);
		add(styles, cells);

		CTStyle caption = style(CAPTION, "Table Caption", NORMAL);
		spacing(caption, 120, 60, 0, false);
		indent(caption, 0, 0);
		caption.getPPr().addNewJc().setVal(STJc.CENTER);
		caption.getPPr().addNewKeepNext();
		font(caption, fonts.heading(), fonts.heading(), 24, false);
		add(styles, caption);

		CTStyle footer = style(FOOTER, "footer", NORMAL);
		footer.addNewUiPriority().setVal(BigInteger.valueOf(99));
		footer.addNewUnhideWhenUsed();
		spacing(footer, 0, 0, 0, false);
		indent(footer, 0, 0);
		font(footer, fonts.table(), fonts.table(), SIHAO, false);
		add(styles, footer);
	}

	private static void add(XWPFStyles styles, CTStyle style) {
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static CTStyle heading(String id, String name, int level, String font, boolean bold) {
		CTStyle heading = style(id, name, NORMAL);
		heading.addNewNext().setVal(NORMAL);
		heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
		heading.addNewUnhideWhenUsed();
		heading.addNewQFormat();
		heading.getPPr().addNewKeepNext();
		heading.getPPr().addNewKeepLines();
		spacing(heading, 0, 0, LINE, true);
		indent(heading, 200, TWO_CHARACTERS);
		heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
		// bold 仿宋 keeps Latin text in Times New Roman like the body; 黑体 and 楷体 set
		// their figures themselves
		font(heading, font, bold ? LATIN : font, SANHAO, bold);
		if (!bold) {
			heading.getRPr().addNewB().setVal(false);
			heading.getRPr().addNewBCs().setVal(false);
		}
		return heading;
	}

	private static CTStyle toc(String id, String name, int indent, int textWidthTwips) {
		CTStyle toc = style(id, name, NORMAL);
		toc.addNewNext().setVal(NORMAL);
		toc.addNewUiPriority().setVal(BigInteger.valueOf(39));
		toc.addNewUnhideWhenUsed();
		CTTabStop tab = toc.getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setLeader(STTabTlc.DOT);
		tab.setPos(BigInteger.valueOf(textWidthTwips));
		spacing(toc, 0, 0, LINE, true);
		indent(toc, 0, 0);
		toc.getPPr().getInd().setLeft(BigInteger.valueOf(indent));
		toc.getPPr().getInd().setLeftChars(BigInteger.valueOf(indent == 0 ? 0 : 200));
		font(toc, null, null, SANHAO, false);
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

	/**
	 * First-line indent in characters and in twips: Word reads the characters (and lets
	 * them win over the twips), other readers the twips. No indent is 0 in both, else an
	 * inherited character indent would still apply.
	 */
	private static void indent(CTStyle style, int chars, int twips) {
		CTInd indent = style.getPPr().addNewInd();
		indent.setFirstLineChars(BigInteger.valueOf(chars));
		indent.setFirstLine(BigInteger.valueOf(twips));
	}

	private static void spacing(CTStyle style, int before, int after, int line, boolean exact) {
		CTPPrGeneral properties = style.getPPr();
		var spacing = properties.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(before));
		spacing.setAfter(BigInteger.valueOf(after));
		spacing.setLine(BigInteger.valueOf(line > 0 ? line : 240));
		spacing.setLineRule(exact && line > 0 ? STLineSpacingRule.EXACT : STLineSpacingRule.AUTO);
	}

	private static void font(CTStyle style, String eastAsia, String latin, int halfPoints, boolean bold) {
		CTRPr run = style.addNewRPr();
		if (eastAsia != null) {
			fonts(run.addNewRFonts(), eastAsia, latin);
		}
		if (bold) {
			run.addNewB();
			run.addNewBCs();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
	}

	/**
	 * East Asian text in {@code eastAsia}, Latin in {@code latin}; characters that both
	 * could set (quotation marks “”, the dash —) in the East Asian face.
	 */
	private static void fonts(CTFonts fonts, String eastAsia, String latin) {
		fonts.setAscii(latin);
		fonts.setHAnsi(latin);
		fonts.setEastAsia(eastAsia);
		fonts.setCs(LATIN);
		fonts.setHint(STHint.EAST_ASIA);
	}

}
