package io.github.perfeval.report;

import io.github.perfeval.system.OfficeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.SheetMessages;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * 自评报告 as a Word document that Word and WPS open as they would a document made in them:
 * {@code Normal} and the built-in heading styles (see {@link WordStyles}), the fonts
 * named with their fallbacks ({@link WordFonts}), cover, 目录 as a real TOC field (its
 * current entries as the field's result; Word refreshes it on opening), the chapters,
 * then the annexes on landscape pages; page numbers "— 1 —" as PAGE fields, odd pages
 * right, even pages left, none on the cover. Every text is set as run text (never
 * parsed), so user input stays text.
 */
final class ReportWordDocument {

	/** A4 portrait: 210 mm less the margins of 28 mm (left) and 26 mm (right). */
	private static final int PORTRAIT_TEXT_WIDTH = 11906 - 1588 - 1474;

	private static final int LANDSCAPE_TEXT_WIDTH = 16838 - 720 - 720;

	/** The levels the 目录 lists: 一、 and （一）. */
	private static final String TOC_INSTRUCTION = " TOC \\o \"1-2\" \\h \\z \\u ";

	private final ReportView report;

	private final SheetMessages messages;

	private final XWPFDocument document = new XWPFDocument();

	/** Every heading written so far, in order: what the 目录 lists. */
	private final List<Heading> written = new ArrayList<>();

	/** Where the pages break, for the pages the 目录 gives before Word updates it. */
	private final WordPages pages = new WordPages();

	/** The width of the type area in points, of the section being written. */
	private double textWidth = PORTRAIT_TEXT_WIDTH / 20.0;

	private record Heading(String style, String title, String bookmark, int page) {
	}

	private ReportWordDocument(ReportView report, SheetMessages messages) {
		this.report = report;
		this.messages = messages;
	}

	static byte[] write(ReportView report, SheetMessages messages) {
		return new ReportWordDocument(report, messages).build();
	}

	private byte[] build() {
		String body = text("report.office.bodyFontGb");
		String heading = text("report.office.headingFont");
		String subheading = text("report.office.subheadingFontGb");
		String title = text("report.office.titleFont");
		String song = text("report.office.font");
		WordStyles.define(document, new WordStyles.Fonts(body, heading, subheading, title, song), PORTRAIT_TEXT_WIDTH);
		WordFonts.write(document, faces(body, heading, subheading, title, song));
		document.getProperties().getCoreProperties().setTitle(OfficeText.xml(report.title()));
		document.getProperties().getCoreProperties().setCreator(OfficeText.xml(report.department()));
		cover();
		missing();
		XWPFParagraph endOfContents = pageBreak();
		body();
		closing();
		XWPFParagraph endOfPortrait = document.createParagraph();
		annexes(endOfPortrait);
		tableOfContents(endOfContents);
		WordSettings.apply(document);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			// Not close(): a new document's package saves itself again on closing, into a
			// buffer nobody reads. revert() lets it go unsaved.
			document.getPackage().revert();
		}
	}

	/** The font table: each face once, the GB2312 cuts with the names Windows knows. */
	private List<WordFonts.Face> faces(String body, String heading, String subheading, String title, String song) {
		Map<String, WordFonts.Face> faces = new LinkedHashMap<>();
		List.of(WordFonts.Face.latin("Times New Roman", WordFonts.PANOSE_TIMES),
				WordFonts.Face.gb(body, text("report.office.bodyFont"), WordFonts.PANOSE_GB2312),
				WordFonts.Face.gb(text("report.office.bodyFont"), null, WordFonts.PANOSE_CJK),
				WordFonts.Face.gb(heading, text("report.office.headingFontLatin"), WordFonts.PANOSE_CJK),
				WordFonts.Face.gb(subheading, text("report.office.subheadingFont"), WordFonts.PANOSE_GB2312),
				WordFonts.Face.gb(text("report.office.subheadingFont"), null, WordFonts.PANOSE_CJK),
				WordFonts.Face.gbDisplay(title, song),
				WordFonts.Face.gb(song, text("report.office.fontLatin"), WordFonts.PANOSE_SONG))
			.forEach(face -> faces.putIfAbsent(face.name(), face));
		return List.copyOf(faces.values());
	}

	private void cover() {
		for (int i = 0; i < 6; i++) {
			plain("", ParagraphAlignment.CENTER);
		}
		XWPFParagraph title = document.createParagraph();
		title.setStyle(WordStyles.TITLE);
		title.createRun().setText(OfficeText.xml(report.title()));
		for (int i = 0; i < 6; i++) {
			plain("", ParagraphAlignment.CENTER);
		}
		coverLine("report.cover.department", report.department());
		coverLine("report.cover.filledBy", report.filledBy());
		coverLine("report.cover.headOfUnit", report.headOfUnit());
		coverLine("report.cover.phone", report.phone());
		pageBreak();
	}

	/** Where a cover value starts and where its underline ends, in twips. */
	private static final int COVER_VALUE_START = 3700;

	private static final int COVER_LINE_END = 8600;

	/**
	 * A cover line: the label, then the value underlined from one tab stop to the next,
	 * so that every line's underline starts and ends at the same place.
	 */
	private void coverLine(String labelKey, String value) {
		XWPFParagraph paragraph = document.createParagraph();
		noIndent(paragraph);
		paragraph.setIndentationLeft(600);
		paragraph.setSpacingBetween(36, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs tabs = properties.isSetTabs()
				? properties.getTabs() : properties.addNewTabs();
		for (int position : new int[] { COVER_VALUE_START, COVER_LINE_END }) {
			org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop stop = tabs.addNewTab();
			stop.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
			stop.setPos(BigInteger.valueOf(position));
		}
		XWPFRun label = paragraph.createRun();
		label.setText(text(labelKey));
		label.addTab();
		XWPFRun filled = paragraph.createRun();
		filled.setText(OfficeText.xml(value == null ? "" : value));
		filled.addTab();
		filled.setUnderline(UnderlinePatterns.SINGLE);
	}

	/** 未完成事项: what a draft still lacks, on its own page after the cover. */
	private void missing() {
		ReportView.Draft draft = report.draft();
		if (draft == null) {
			return;
		}
		XWPFParagraph title = plain(draft.title(), ParagraphAlignment.CENTER);
		title.getRuns().get(0).setBold(true);
		title.getRuns().get(0).setColor(DRAFT_COLOR);
		title.getRuns().get(0).setFontFamily(text("report.office.headingFont"));
		plain(draft.intro(), null);
		for (int i = 0; i < draft.missing().size(); i++) {
			XWPFParagraph item = plain((i + 1) + ". " + draft.missing().get(i), null);
			item.getRuns().get(0).setColor(DRAFT_COLOR);
		}
		pageBreak();
	}

	private static final String DRAFT_COLOR = "B00000";

	/**
	 * 落款 after the last chapter: the signatories, the department with its 公章 and the
	 * date, right-aligned four characters in from the margin.
	 */
	private void closing() {
		ReportView.Closing closing = report.closing();
		plain("", null);
		for (String line : closing.lines()) {
			plain(line, ParagraphAlignment.RIGHT).setIndentationRight(1280);
		}
		plain("", null);
		plain("", null);
		plain(closing.seal(), ParagraphAlignment.RIGHT).setIndentationRight(1280);
		plain(closing.date(), ParagraphAlignment.RIGHT).setIndentationRight(1280);
	}

	/**
	 * 目录, written last (before {@code before}, the page break that ends it) from the
	 * headings the document holds: a TOC field whose result is one line per 一、 and （一）
	 * heading (styles TOC 1 / TOC 2, dot leaders), each a hyperlink to the heading's
	 * bookmark with its page as a PAGEREF field, as Word writes its own 目录. Word updates
	 * the fields on opening (settings), so its pages are Word's; LibreOffice computes the
	 * PAGEREF pages as it lays the document out.
	 */
	private void tableOfContents(XWPFParagraph before) {
		XWPFParagraph heading = insertBefore(before);
		heading.setStyle(WordStyles.TOC_HEADING);
		heading.createRun().setText(text("report.toc"));
		List<Heading> entries = written.stream()
			.filter(entry -> entry.style().equals(WordStyles.HEADING1) || entry.style().equals(WordStyles.HEADING2))
			.toList();
		// the pages were counted with a 目录 of one page
		int contentsPages = (int) Math.ceil((entries.size() + 2) / WordPages.PORTRAIT_LINES);
		int shift = Math.max(0, contentsPages - 1);
		for (int i = 0; i < entries.size(); i++) {
			Heading entry = entries.get(i);
			XWPFParagraph line = insertBefore(before);
			line.setStyle(entry.style().equals(WordStyles.HEADING1) ? "TOC1" : "TOC2");
			CTP paragraph = line.getCTP();
			if (i == 0) {
				field(paragraph.addNewR(), STFldCharType.BEGIN);
				paragraph.addNewR().addNewInstrText().setStringValue(TOC_INSTRUCTION);
				field(paragraph.addNewR(), STFldCharType.SEPARATE);
			}
			CTHyperlink link = paragraph.addNewHyperlink();
			link.setAnchor(entry.bookmark());
			link.setHistory(true);
			link.addNewR().addNewT().setStringValue(OfficeText.xml(entry.title()));
			link.addNewR().addNewTab();
			field(link.addNewR(), STFldCharType.BEGIN);
			CTText instruction = link.addNewR().addNewInstrText();
			instruction.setStringValue(" PAGEREF " + entry.bookmark() + " \\h ");
			field(link.addNewR(), STFldCharType.SEPARATE);
			link.addNewR().addNewT().setStringValue(String.valueOf(entry.page() + shift));
			field(link.addNewR(), STFldCharType.END);
			if (i == entries.size() - 1) {
				field(paragraph.addNewR(), STFldCharType.END);
			}
		}
	}

	private XWPFParagraph insertBefore(XWPFParagraph paragraph) {
		try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
			return document.insertNewParagraph(cursor);
		}
	}

	private static void field(CTR run, STFldCharType.Enum type) {
		run.addNewFldChar().setFldCharType(type);
	}

	private void body() {
		plain(report.intro(), null);
		for (ReportView.Chapter chapter : report.chapters()) {
			heading(WordStyles.HEADING1, chapter.title());
			for (ReportView.Section section : chapter.sections()) {
				heading(WordStyles.HEADING2, section.title());
				for (ReportView.Block block : section.blocks()) {
					if (block instanceof ReportView.Paragraph paragraph) {
						XWPFParagraph written = plain(paragraph.text(), null);
						if (paragraph.unwritten()) {
							written.getRuns().get(0).setColor(DRAFT_COLOR);
						}
					}
					else if (block instanceof ReportView.Subheading subheading) {
						subheading(subheading.text());
					}
					else if (block instanceof ReportView.UnitsTable units) {
						unitsTable(units);
					}
					else if (block instanceof ReportView.RectificationTable rectification) {
						rectificationTable(rectification);
					}
				}
			}
		}
	}

	private void unitsTable(ReportView.UnitsTable units) {
		XWPFParagraph caption = document.createParagraph();
		caption.setStyle(WordStyles.CAPTION);
		caption.createRun().setText(text("report.units.caption"));
		pages.advance(6 + 3 + 12 * 1.3);
		XWPFParagraph unit = document.createParagraph();
		unit.setStyle(WordStyles.TABLE);
		unit.setAlignment(ParagraphAlignment.RIGHT);
		unit.setKeepNext(true);
		unit.createRun().setText(text("report.units.unit", units.unit()));
		pages.advance(10.5 * 1.3);
		WordTable table = new WordTable(new int[] { 700, 2900, 1450, 1450, 1450, 894 }, 1, 21);
		table.row(List.of(header("report.units.no"), header("report.units.name"), header("report.units.initial"),
				header("report.units.adjusted"), header("report.units.final"), header("report.units.rate")));
		for (ReportView.UnitRow row : units.rows()) {
			table.row(unitRow(row, WordTable.Look.CENTER, WordTable.Look.TEXT, WordTable.Look.AMOUNT));
		}
		ReportView.UnitRow total = units.total();
		table.row(List.of(WordTable.Cell.of(total.name(), WordTable.Look.BOLD_CENTER).span(2, 1),
				WordTable.Cell.of(total.initialBudget(), WordTable.Look.AMOUNT),
				WordTable.Cell.of(total.adjustedBudget(), WordTable.Look.AMOUNT),
				WordTable.Cell.of(total.finalAccounts(), WordTable.Look.AMOUNT),
				WordTable.Cell.of(total.rate(), WordTable.Look.AMOUNT)));
		table.writeTo(document);
		table.measure(pages);
		units.notes().forEach(this::small);
		plain("", null);
	}

	/** 上年整改事项落实情况: the summary sentence, the caption, one row per item. */
	private void rectificationTable(ReportView.RectificationTable rectification) {
		plain(rectification.summary(), null);
		XWPFParagraph caption = document.createParagraph();
		caption.setStyle(WordStyles.CAPTION);
		caption.setKeepNext(true);
		caption.createRun().setText(rectification.caption());
		pages.advance(6 + 3 + 12 * 1.3);
		WordTable table = new WordTable(new int[] { 700, 3394, 1450, 1550, 1050, 700 }, 1, 21);
		table.row(List.of(header("rectification.col.no"), header("rectification.col.problem"),
				header("rectification.col.office"), header("rectification.col.deadline"),
				header("rectification.col.status"), header("report.rectification.files")));
		for (ReportView.RectificationRow row : rectification.rows()) {
			table.row(List.of(WordTable.Cell.of(row.number(), WordTable.Look.CENTER),
					WordTable.Cell.of(row.problem(), WordTable.Look.TEXT),
					WordTable.Cell.of(row.office(), WordTable.Look.CENTER),
					WordTable.Cell.of(row.deadline(), WordTable.Look.CENTER),
					WordTable.Cell.of(row.status(), WordTable.Look.CENTER),
					WordTable.Cell.of(row.files(), WordTable.Look.CENTER)));
		}
		table.writeTo(document);
		table.measure(pages);
		plain("", null);
	}

	private static List<WordTable.Cell> unitRow(ReportView.UnitRow row, WordTable.Look number, WordTable.Look name,
			WordTable.Look amount) {
		return List.of(WordTable.Cell.of(row.number(), number), WordTable.Cell.of(row.name(), name),
				WordTable.Cell.of(row.initialBudget(), amount), WordTable.Cell.of(row.adjustedBudget(), amount),
				WordTable.Cell.of(row.finalAccounts(), amount), WordTable.Cell.of(row.rate(), amount));
	}

	/**
	 * Ends the portrait section at {@code endOfPortrait}; the annexes follow on landscape
	 * pages. Both sections number their pages in the footers (odd right, even left); the
	 * portrait one has an empty footer on its first page, the cover.
	 */
	private void annexes(XWPFParagraph endOfPortrait) {
		XWPFFooter odd = document.createFooter(HeaderFooterType.DEFAULT);
		pageNumber(odd, ParagraphAlignment.RIGHT);
		XWPFFooter even = document.createFooter(HeaderFooterType.EVEN);
		pageNumber(even, ParagraphAlignment.LEFT);
		XWPFFooter cover = document.createFooter(HeaderFooterType.FIRST);
		cover.getParagraphs().forEach(paragraph -> paragraph.setStyle(WordStyles.FOOTER));
		CTSectPr landscape = document.getDocument().getBody().getSectPr();
		// the footer for a first page belongs to the cover's section only
		for (int i = landscape.sizeOfFooterReferenceArray() - 1; i >= 0; i--) {
			if (landscape.getFooterReferenceArray(i).getType() == STHdrFtr.FIRST) {
				landscape.removeFooterReference(i);
			}
		}
		if (landscape.isSetTitlePg()) {
			landscape.unsetTitlePg();
		}
		CTSectPr portrait = endOfPortrait.getCTP().addNewPPr().addNewSectPr();
		footer(portrait, STHdrFtr.DEFAULT, odd);
		footer(portrait, STHdrFtr.EVEN, even);
		footer(portrait, STHdrFtr.FIRST, cover);
		page(portrait, false);
		portrait.addNewTitlePg();
		draftHeader(portrait, landscape);
		pages.bodyParagraph("", textWidth);
		pages.landscape();
		textWidth = LANDSCAPE_TEXT_WIDTH / 20.0;

		heading(WordStyles.HEADING1, report.annexes().sheet());
		sheetMeta();
		sheetTable();
		if (report.sheet().filledBy() != null) {
			small(text("report.sheet.filledBy", report.sheet().filledBy()));
		}
		report.sheet().notes().forEach(this::small);
		checks(report.sheet());
		if (report.goals() != null) {
			pages.newPage();
			XWPFParagraph breakBefore = heading(WordStyles.HEADING1, report.annexes().goals());
			breakBefore.setPageBreak(true);
			goalTable(report.goals());
		}
		if (report.annexes().evidence() != null) {
			pages.newPage();
			XWPFParagraph breakBefore = heading(WordStyles.HEADING1, report.annexes().evidence());
			breakBefore.setPageBreak(true);
			evidenceTable();
		}
		page(landscape, true);
	}

	private void footer(CTSectPr section, STHdrFtr.Enum type, XWPFFooter footer) {
		CTHdrFtrRef reference = section.addNewFooterReference();
		reference.setType(type);
		reference.setId(document.getRelationId(footer));
	}

	/**
	 * "— 1 —" in 四号 宋体, one character in from the outer edge (GB/T 9704), the number a
	 * PAGE field.
	 */
	private void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph number = footer.getParagraphs().isEmpty() ? footer.createParagraph()
				: footer.getParagraphs().get(0);
		number.setStyle(WordStyles.FOOTER);
		number.setAlignment(alignment);
		CTPPr properties = number.getCTP().isSetPPr() ? number.getCTP().getPPr() : number.getCTP().addNewPPr();
		CTInd indent = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
		BigInteger oneCharacter = BigInteger.valueOf(WordStyles.SIHAO * 10);
		if (alignment == ParagraphAlignment.RIGHT) {
			indent.setRightChars(BigInteger.valueOf(100));
			indent.setRight(oneCharacter);
		}
		else {
			indent.setLeftChars(BigInteger.valueOf(100));
			indent.setLeft(oneCharacter);
		}
		String[] around = text("report.office.pageNumber", "\u0000").split("\u0000", -1);
		number.createRun().setText(around[0]);
		CTP paragraph = number.getCTP();
		field(paragraph.addNewR(), STFldCharType.BEGIN);
		paragraph.addNewR().addNewInstrText().setStringValue(" PAGE ");
		field(paragraph.addNewR(), STFldCharType.SEPARATE);
		paragraph.addNewR().addNewT().setStringValue("1");
		field(paragraph.addNewR(), STFldCharType.END);
		if (around.length > 1) {
			number.createRun().setText(around[1]);
		}
	}

	/** 审核提示 under the 评分表: the sheet's 一致性提示, numbered. */
	private void checks(SheetView sheet) {
		if (sheet.warnings().isEmpty()) {
			return;
		}
		small(text("report.checks.title"));
		for (int i = 0; i < sheet.warnings().size(); i++) {
			small(text("report.checks.item", String.valueOf(i + 1), sheet.warnings().get(i)));
		}
	}

	/**
	 * The 草稿 mark in the header of every page of a draft: odd and even pages of both
	 * sections (even and odd headers are on) and the cover.
	 */
	private void draftHeader(CTSectPr portrait, CTSectPr landscape) {
		if (report.draft() == null) {
			return;
		}
		for (HeaderFooterType type : new HeaderFooterType[] { HeaderFooterType.DEFAULT, HeaderFooterType.EVEN,
				HeaderFooterType.FIRST }) {
			XWPFHeader header = document.createHeader(type);
			XWPFParagraph mark = header.getParagraphs().isEmpty() ? header.createParagraph()
					: header.getParagraphs().get(0);
			mark.setStyle(WordStyles.FOOTER);
			mark.setAlignment(ParagraphAlignment.RIGHT);
			XWPFRun run = mark.createRun();
			run.setText(OfficeText.xml(report.draft().mark()));
			run.setFontFamily(text("report.office.headingFont"));
			run.setColor(DRAFT_COLOR);
			STHdrFtr.Enum kind = type == HeaderFooterType.FIRST ? STHdrFtr.FIRST
					: type == HeaderFooterType.EVEN ? STHdrFtr.EVEN : STHdrFtr.DEFAULT;
			CTHdrFtrRef reference = portrait.addNewHeaderReference();
			reference.setType(kind);
			reference.setId(document.getRelationId(header));
		}
		// The landscape section (where createHeader put them) has no first page of its
		// own.
		for (int i = landscape.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
			if (landscape.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) {
				landscape.removeHeaderReference(i);
			}
		}
		if (landscape.isSetTitlePg()) {
			landscape.unsetTitlePg();
		}
	}

	private void sheetMeta() {
		small(text("report.sheet.department", report.sheet().department()) + "\u3000\u3000"
				+ text("report.sheet.year", report.yearText()));
	}

	private void sheetTable() {
		int[] widths = scale(new int[] { 13, 11, 13, 11, 30, 11, 55, 91, 30 }, LANDSCAPE_TEXT_WIDTH);
		WordTable table = new WordTable(widths, 3, 18);
		table.row(List.of(header("report.sheet.indicators").span(6, 1), header("report.sheet.description").span(1, 3),
				header("report.sheet.criteria").span(1, 3), header("report.sheet.score").span(1, 3)));
		table.row(List.of(header("report.sheet.level1").span(2, 1), header("report.sheet.level2").span(2, 1),
				header("report.sheet.level3").span(2, 1)));
		List<WordTable.Cell> names = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			names.add(header("report.sheet.name"));
			names.add(header("report.sheet.weight"));
		}
		table.row(names);
		List<SheetView.Row> rows = report.sheet().rows();
		int groupLeft = 0;
		for (int r = 0; r < rows.size(); r++) {
			SheetView.Row row = rows.get(r);
			List<WordTable.Cell> cells = new ArrayList<>();
			// Word repeats no merged cell after a page break: the 一级 cells are merged
			// over
			// one 二级 group at a time, each with the 一级 name (its weight on the first),
			// and a 二级 group keeps its rows on one page where it fits, so that every
			// page names the groups it shows.
			if (row.level2Span() > 0) {
				groupLeft = row.level2Span();
				cells.add(WordTable.Cell.of(row.level1(), WordTable.Look.CENTER).span(1, row.level2Span()));
				cells.add(WordTable.Cell.of(row.level1Span() > 0 ? row.level1Weight() : "", WordTable.Look.CENTER)
					.span(1, row.level2Span()));
				cells.add(WordTable.Cell.of(row.level2(), WordTable.Look.CENTER).span(1, row.level2Span()));
				cells.add(WordTable.Cell.of(row.level2Weight(), WordTable.Look.CENTER).span(1, row.level2Span()));
			}
			WordTable.Cell name = WordTable.Cell.of(row.name(), WordTable.Look.CENTER);
			cells.add(row.custom() ? name.withNote(text("report.sheet.custom")) : name);
			cells.add(WordTable.Cell.of(row.weightText(), WordTable.Look.CENTER));
			cells.add(WordTable.Cell.of(row.description(), WordTable.Look.SMALL));
			cells.add(WordTable.Cell.of(row.criteria(), WordTable.Look.SMALL));
			WordTable.Cell score = WordTable.Cell.of(
					row.notApplicable() ? text("report.sheet.notApplicable")
							: row.finalScore() == null ? text("report.none") : row.scoreText(),
					WordTable.Look.BOLD_CENTER);
			if (row.notApplicable()) {
				score = score.withNote(
						(report.sheet().notApplicableFull() ? text("report.sheet.notApplicableFull", row.weightText())
								: text("report.sheet.notApplicableExcluded")) + "\n"
								+ text("report.sheet.notApplicableReason", row.notApplicableReason()));
			}
			if (row.overridden()) {
				score = score.withNote((row.computed() == null ? text("report.sheet.notComputed")
						: text("report.sheet.computed", row.computedText())) + "\n"
						+ text("report.sheet.reason", row.overrideReason()));
			}
			cells.add(score);
			groupLeft--;
			// the last row stays with the totals, so that no page holds only them
			table.row(cells, groupLeft > 0 || r == rows.size() - 1);
		}
		SheetView sheet = report.sheet();
		if (sheet.rescale() != null) {
			table.row(List.of(WordTable.Cell.of(text("report.sheet.rescaled"), WordTable.Look.BOLD_CENTER).span(8, 1),
					WordTable.Cell.of(sheet.rescaleText(), WordTable.Look.BOLD_CENTER)), true);
		}
		table.row(List.of(WordTable.Cell.of(text("report.sheet.total"), WordTable.Look.BOLD_CENTER).span(8, 1),
				WordTable.Cell.of(sheet.totalText(), WordTable.Look.BOLD_CENTER)), true);
		table.row(List.of(WordTable.Cell.of(text("report.sheet.grade"), WordTable.Look.BOLD_CENTER).span(8, 1),
				WordTable.Cell.of(sheet.grade() == null ? text("report.grade.pending") : sheet.grade(),
						WordTable.Look.BOLD_CENTER)));
		table.writeTo(document);
		table.measure(pages);
	}

	private void goalTable(GoalReportView goals) {
		int[] widths = scale(new int[] { 16, 28, 54, 54, 30, 30, 30, 30 }, LANDSCAPE_TEXT_WIDTH);
		WordTable table = new WordTable(widths, 0, 18);
		table.row(List.of(header("report.goals.department").span(2, 1),
				WordTable.Cell.of(goals.department(), WordTable.Look.TEXT).span(3, 1), header("report.goals.year"),
				WordTable.Cell.of(goals.yearText(), WordTable.Look.CENTER).span(2, 1)));
		int taskRows = goals.tasks().size() + (goals.totals() == null ? 2 : 3);
		table.row(List.of(header("report.goals.tasksBlock").span(1, taskRows),
				header("report.goals.taskName").span(1, 2), header("report.goals.content").span(1, 2),
				header("report.goals.completion").span(1, 2),
				WordTable.Cell.of(text("report.goals.budget", goals.unit()), WordTable.Look.HEADER).span(2, 1),
				WordTable.Cell.of(text("report.goals.actual", goals.unit()), WordTable.Look.HEADER).span(2, 1)));
		table.row(List.of(header("report.goals.total"), header("report.goals.fiscal"), header("report.goals.total"),
				header("report.goals.fiscal")));
		for (GoalReportView.Task task : goals.tasks()) {
			table.row(List.of(WordTable.Cell.of(task.name(), WordTable.Look.TEXT),
					WordTable.Cell.of(task.content(), WordTable.Look.SMALL),
					WordTable.Cell.of(task.completion(), WordTable.Look.SMALL),
					WordTable.Cell.of(task.budgetTotal(), WordTable.Look.AMOUNT),
					WordTable.Cell.of(task.budgetFiscal(), WordTable.Look.AMOUNT),
					WordTable.Cell.of(task.actualTotal(), WordTable.Look.AMOUNT),
					WordTable.Cell.of(task.actualFiscal(), WordTable.Look.AMOUNT)));
		}
		if (goals.totals() != null) {
			GoalReportView.Task totals = goals.totals();
			table.row(List.of(WordTable.Cell.of(totals.name(), WordTable.Look.BOLD_CENTER).span(3, 1),
					WordTable.Cell.of(totals.budgetTotal(), WordTable.Look.AMOUNT),
					WordTable.Cell.of(totals.budgetFiscal(), WordTable.Look.AMOUNT),
					WordTable.Cell.of(totals.actualTotal(), WordTable.Look.AMOUNT),
					WordTable.Cell.of(totals.actualFiscal(), WordTable.Look.AMOUNT)));
		}
		table.row(List.of(header("report.goals.goalBlock").span(1, 2), header("report.goals.expected").span(3, 1),
				header("report.goals.actualGoal").span(4, 1)));
		table.row(List.of(WordTable.Cell.of(goals.expected(), WordTable.Look.SMALL).span(3, 1),
				WordTable.Cell.of(goals.actual(), WordTable.Look.SMALL).span(4, 1)));
		int valueSpan = goals.withDeviation() ? 1 : 2;
		List<WordTable.Cell> head = new ArrayList<>(
				List.of(header("report.goals.indicatorBlock").span(1, goals.indicators().size() + 1),
						header("report.goals.level1"), header("report.goals.level2"), header("report.goals.level3"),
						header("report.goals.expectedValue").span(valueSpan, 1),
						header("report.goals.actualValue").span(valueSpan, 1)));
		if (goals.withDeviation()) {
			head.add(header("report.goals.deviation").span(2, 1));
		}
		table.row(head);
		for (GoalReportView.IndicatorRow row : goals.indicators()) {
			List<WordTable.Cell> cells = new ArrayList<>();
			if (row.level1Span() > 0) {
				cells.add(WordTable.Cell.of(row.level1(), WordTable.Look.CENTER).span(1, row.level1Span()));
			}
			if (row.level2Span() > 0) {
				cells.add(WordTable.Cell.of(row.level2(), WordTable.Look.CENTER).span(1, row.level2Span()));
			}
			cells.add(WordTable.Cell.of(row.name(), WordTable.Look.TEXT));
			cells.add(WordTable.Cell.of(row.expected(), WordTable.Look.CENTER).span(valueSpan, 1));
			WordTable.Cell actual = WordTable.Cell.of(row.actual(), WordTable.Look.CENTER).span(valueSpan, 1);
			cells.add(row.missed() ? actual.withNote(text("report.goals.missed")) : actual);
			if (goals.withDeviation()) {
				cells.add(WordTable.Cell.of(row.deviation(), WordTable.Look.SMALL).span(2, 1));
			}
			table.row(cells);
		}
		table.writeTo(document);
		table.measure(pages);
	}

	private void evidenceTable() {
		int[] widths = scale(new int[] { 8, 52, 70, 14, 16, 22 }, LANDSCAPE_TEXT_WIDTH);
		WordTable table = new WordTable(widths, 1, 18);
		table.row(List.of(header("report.evidence.number"), header("report.evidence.leaf"),
				header("report.evidence.name"), header("report.evidence.type"), header("report.evidence.size"),
				header("report.evidence.uploaded")));
		for (ReportView.EvidenceLine line : report.evidence()) {
			table.row(List.of(WordTable.Cell.of(line.number(), WordTable.Look.CENTER),
					WordTable.Cell.of(line.leaf(), WordTable.Look.TEXT),
					WordTable.Cell.of(line.fileName(), WordTable.Look.TEXT),
					WordTable.Cell.of(line.type(), WordTable.Look.CENTER),
					WordTable.Cell.of(line.size(), WordTable.Look.CENTER),
					WordTable.Cell.of(line.uploaded(), WordTable.Look.CENTER)));
		}
		table.writeTo(document);
		table.measure(pages);
	}

	private static int[] scale(int[] parts, int total) {
		int sum = java.util.Arrays.stream(parts).sum();
		int[] widths = new int[parts.length];
		int used = 0;
		for (int i = 0; i < parts.length; i++) {
			widths[i] = i == parts.length - 1 ? total - used : parts[i] * total / sum;
			used += widths[i];
		}
		return widths;
	}

	private static void page(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
		size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(landscape ? 851 : 2098));
		margins.setBottom(BigInteger.valueOf(landscape ? 851 : 1984));
		margins.setLeft(BigInteger.valueOf(landscape ? 720 : 1588));
		margins.setRight(BigInteger.valueOf(landscape ? 720 : 1474));
		margins.setHeader(BigInteger.valueOf(567));
		// the page number sits about 7 mm below the type area (GB/T 9704)
		margins.setFooter(BigInteger.valueOf(landscape ? 400 : 1304));
		margins.setGutter(BigInteger.ZERO);
	}

	private WordTable.Cell header(String key) {
		return WordTable.Cell.of(text(key), WordTable.Look.HEADER);
	}

	/**
	 * A heading in one of the heading styles, bookmarked {@code _TocN} so that the 目录 can
	 * refer to its page.
	 */
	private XWPFParagraph heading(String style, String title) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		int id = written.size() + 1;
		Heading heading = new Heading(style, title, "_Toc" + (100000 + id), pages.pageOfHeading());
		pages.bodyParagraph(title, textWidth);
		written.add(heading);
		CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
		start.setId(BigInteger.valueOf(id));
		start.setName(heading.bookmark());
		paragraph.createRun().setText(OfficeText.xml(title));
		paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
		return paragraph;
	}

	/** "1. 政府采购执行情况": a heading 3 (bold 仿宋), not listed in the 目录. */
	private XWPFParagraph subheading(String title) {
		return heading(WordStyles.HEADING3, title);
	}

	/** A Normal paragraph (or one with the given alignment and no indent). */
	private XWPFParagraph plain(String content, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		if (alignment != null) {
			paragraph.setAlignment(alignment);
			noIndent(paragraph);
		}
		paragraph.createRun().setText(OfficeText.xml(content));
		pages.paragraph(content, 16, 28, textWidth, alignment == null ? 2 : 0);
		return paragraph;
	}

	/**
	 * No first-line indent, in characters and in twips: Word lets the style's indent in
	 * characters win over a paragraph's twips.
	 */
	private static void noIndent(XWPFParagraph paragraph) {
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTInd indent = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
		indent.setFirstLineChars(BigInteger.ZERO);
		indent.setFirstLine(BigInteger.ZERO);
	}

	private void small(String content) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(WordStyles.TABLE);
		paragraph.setSpacingBefore(60);
		paragraph.createRun().setText(OfficeText.xml(content));
		pages.advance(3);
		pages.paragraph(content, 10.5, 10.5 * 1.3, textWidth, 0);
	}

	private XWPFParagraph pageBreak() {
		XWPFParagraph paragraph = document.createParagraph();
		noIndent(paragraph);
		paragraph.createRun().addBreak(BreakType.PAGE);
		// the paragraph's mark opens the new page: a line there
		pages.newPage();
		pages.advance(28);
		return paragraph;
	}

	private String text(String key, String... args) {
		return messages.text(key, (Object[]) args);
	}

}
