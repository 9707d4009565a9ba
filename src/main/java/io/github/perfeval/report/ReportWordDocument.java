package io.github.perfeval.report;

import io.github.perfeval.system.OfficeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * 自评报告 as a Word document: cover, 目录 (a TOC field over real heading styles, refreshed by
 * Word when the file opens), the chapters, then the annexes on landscape pages. Every
 * text is set as run text (never parsed), so user input stays text.
 */
final class ReportWordDocument {

	private static final int PORTRAIT_TEXT_WIDTH = 11906 - 1588 - 1474;

	private static final int LANDSCAPE_TEXT_WIDTH = 16838 - 720 - 720;

	private final ReportView report;

	private final SheetMessages messages;

	private final XWPFDocument document = new XWPFDocument();

	private int headings;

	private ReportWordDocument(ReportView report, SheetMessages messages) {
		this.report = report;
		this.messages = messages;
	}

	static byte[] write(ReportView report, SheetMessages messages) {
		return new ReportWordDocument(report, messages).build();
	}

	private byte[] build() {
		WordStyles.define(document, new WordStyles.Fonts(text("report.office.bodyFont"),
				text("report.office.headingFont"), text("report.office.subheadingFont"), text("report.office.font")),
				PORTRAIT_TEXT_WIDTH);
		document.getProperties().getCoreProperties().setTitle(OfficeText.xml(report.title()));
		document.getProperties().getCoreProperties().setCreator(OfficeText.xml(report.department()));
		cover();
		missing();
		tableOfContents();
		body();
		closing();
		XWPFParagraph endOfPortrait = document.createParagraph();
		annexes(endOfPortrait);
		document.enforceUpdateFields();
		try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		paragraph.setIndentationFirstLine(0);
		paragraph.setIndentationLeft(600);
		paragraph.setSpacingBetween(36, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs tabs = paragraph.getCTP().isSetPPr()
				&& paragraph.getCTP().getPPr().isSetTabs() ? paragraph.getCTP().getPPr().getTabs()
						: paragraph.getCTP().addNewPPr().addNewTabs();
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
	 * 目录: one line per heading (styles TOC 1 / TOC 2, dot leaders) whose page is a
	 * PAGEREF field to the heading's bookmark, so that Word (which updates fields on
	 * opening), WPS and LibreOffice all compute the pages. The headings carry real
	 * outline levels, so Word's own 目录 and navigation pane find them too.
	 */
	private void tableOfContents() {
		XWPFParagraph heading = plain(text("report.toc"), ParagraphAlignment.CENTER);
		heading.getRuns().get(0).setBold(true);
		heading.getRuns().get(0).setFontFamily(text("report.office.headingFont"));
		List<String[]> entries = new ArrayList<>();
		for (ReportView.Chapter chapter : report.chapters()) {
			entries.add(new String[] { "TOC1", chapter.title() });
			chapter.sections().forEach(section -> entries.add(new String[] { "TOC2", section.title() }));
		}
		entries.add(new String[] { "TOC1", report.annexes().sheet() });
		if (report.annexes().goals() != null) {
			entries.add(new String[] { "TOC1", report.annexes().goals() });
		}
		if (report.annexes().evidence() != null) {
			entries.add(new String[] { "TOC1", report.annexes().evidence() });
		}
		for (int i = 0; i < entries.size(); i++) {
			XWPFParagraph entry = document.createParagraph();
			entry.setStyle(entries.get(i)[0]);
			entry.createRun().setText(OfficeText.xml(entries.get(i)[1]));
			entry.createRun().addTab();
			// Headings are bookmarked in the order the entries list them: entry i is
			// heading i + 1.
			fieldChar(entry, STFldCharType.BEGIN);
			entry.createRun().getCTR().addNewInstrText().setStringValue(" PAGEREF " + bookmark(i + 1) + " \\h ");
			fieldChar(entry, STFldCharType.SEPARATE);
			entry.createRun().setText("");
			fieldChar(entry, STFldCharType.END);
		}
		pageBreak();
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
						plain(subheading.text(), null).getRuns().get(0).setBold(true);
					}
					else if (block instanceof ReportView.UnitsTable units) {
						unitsTable(units);
					}
				}
			}
		}
	}

	private void unitsTable(ReportView.UnitsTable units) {
		XWPFParagraph caption = document.createParagraph();
		caption.setStyle(WordStyles.CAPTION);
		caption.createRun().setText(text("report.units.caption"));
		XWPFParagraph unit = document.createParagraph();
		unit.setStyle(WordStyles.TABLE);
		unit.setAlignment(ParagraphAlignment.RIGHT);
		unit.createRun().setText(text("report.units.unit", units.unit()));
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
		units.notes().forEach(this::small);
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
	 * pages.
	 */
	private void annexes(XWPFParagraph endOfPortrait) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph number = footer.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.createRun().setText("— ");
		number.getCTP().addNewFldSimple().setInstr("PAGE");
		number.createRun().setText(" —");
		CTSectPr portrait = endOfPortrait.getCTP().addNewPPr().addNewSectPr();
		page(portrait, false);
		portrait.addNewTitlePg();
		CTHdrFtrRef reference = portrait.addNewFooterReference();
		reference.setType(STHdrFtr.DEFAULT);
		reference.setId(document.getRelationId(footer));
		draftHeader(portrait);

		heading(WordStyles.HEADING1, report.annexes().sheet());
		sheetMeta();
		sheetTable();
		if (report.sheet().filledBy() != null) {
			small(text("report.sheet.filledBy", report.sheet().filledBy()));
		}
		report.sheet().notes().forEach(this::small);
		checks(report.sheet());
		if (report.goals() != null) {
			XWPFParagraph breakBefore = heading(WordStyles.HEADING1, report.annexes().goals());
			breakBefore.setPageBreak(true);
			goalTable(report.goals());
		}
		if (report.annexes().evidence() != null) {
			XWPFParagraph breakBefore = heading(WordStyles.HEADING1, report.annexes().evidence());
			breakBefore.setPageBreak(true);
			evidenceTable();
		}
		page(document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr(), true);
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
	 * The 草稿 mark in the header of every page of a draft: the portrait pages (the cover's
	 * too) and the landscape annexes.
	 */
	private void draftHeader(CTSectPr portrait) {
		if (report.draft() == null) {
			return;
		}
		for (HeaderFooterType type : new HeaderFooterType[] { HeaderFooterType.DEFAULT, HeaderFooterType.FIRST }) {
			XWPFHeader header = document.createHeader(type);
			XWPFParagraph mark = header.createParagraph();
			mark.setAlignment(ParagraphAlignment.RIGHT);
			XWPFRun run = mark.createRun();
			run.setText(OfficeText.xml(report.draft().mark()));
			run.setBold(true);
			run.setColor(DRAFT_COLOR);
			CTHdrFtrRef reference = portrait.addNewHeaderReference();
			reference.setType(type == HeaderFooterType.FIRST ? STHdrFtr.FIRST : STHdrFtr.DEFAULT);
			reference.setId(document.getRelationId(header));
		}
		// The annexes' section keeps one footer for all its pages.
		CTSectPr body = document.getDocument().getBody().getSectPr();
		if (body != null && body.isSetTitlePg()) {
			body.unsetTitlePg();
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
		for (SheetView.Row row : report.sheet().rows()) {
			List<WordTable.Cell> cells = new ArrayList<>();
			if (row.level1Span() > 0) {
				cells.add(WordTable.Cell.of(row.level1(), WordTable.Look.CENTER).span(1, row.level1Span()));
				cells.add(WordTable.Cell.of(row.level1Weight(), WordTable.Look.CENTER).span(1, row.level1Span()));
			}
			if (row.level2Span() > 0) {
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
			table.row(cells);
		}
		SheetView sheet = report.sheet();
		if (sheet.rescale() != null) {
			table.row(List.of(WordTable.Cell.of(text("report.sheet.rescaled"), WordTable.Look.BOLD_CENTER).span(8, 1),
					WordTable.Cell.of(sheet.rescaleText(), WordTable.Look.BOLD_CENTER)));
		}
		table.row(List.of(WordTable.Cell.of(text("report.sheet.total"), WordTable.Look.BOLD_CENTER).span(8, 1),
				WordTable.Cell.of(sheet.totalText(), WordTable.Look.BOLD_CENTER)));
		table.row(List.of(WordTable.Cell.of(text("report.sheet.grade"), WordTable.Look.BOLD_CENTER).span(8, 1),
				WordTable.Cell.of(sheet.grade() == null ? text("report.grade.pending") : sheet.grade(),
						WordTable.Look.BOLD_CENTER)));
		table.writeTo(document);
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
		margins.setFooter(BigInteger.valueOf(landscape ? 400 : 992));
		margins.setGutter(BigInteger.ZERO);
	}

	private WordTable.Cell header(String key) {
		return WordTable.Cell.of(text(key), WordTable.Look.HEADER);
	}

	/** A heading, bookmarked {@code _TocN} so that the 目录 can refer to its page. */
	private XWPFParagraph heading(String style, String title) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		int id = ++headings;
		CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
		start.setId(BigInteger.valueOf(id));
		start.setName(bookmark(id));
		paragraph.createRun().setText(OfficeText.xml(title));
		paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
		return paragraph;
	}

	private static String bookmark(int heading) {
		return "_Toc" + (100000 + heading);
	}

	/** A Normal paragraph (or one with the given alignment and no indent). */
	private XWPFParagraph plain(String content, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		if (alignment != null) {
			paragraph.setAlignment(alignment);
			paragraph.setIndentationFirstLine(0);
		}
		paragraph.createRun().setText(OfficeText.xml(content));
		return paragraph;
	}

	private void small(String content) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(WordStyles.TABLE);
		paragraph.setSpacingBefore(60);
		paragraph.createRun().setText(OfficeText.xml(content));
	}

	private void pageBreak() {
		document.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
	}

	private String text(String key, String... args) {
		return messages.text(key, (Object[]) args);
	}

}
