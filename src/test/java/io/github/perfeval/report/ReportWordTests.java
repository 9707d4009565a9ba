package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import io.github.perfeval.support.LibreOffice;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 自评报告 .docx as Word and WPS read it: every part valid against the OOXML schema
 * (poi-ooxml-full's types), Normal the default style, the heading styles in their faces
 * and sizes, the fonts with their fallbacks, a TOC field refreshed on opening, page
 * numbers odd right / even left, the 评分表's header repeated and its groups labelled on
 * every page; and the file opened by LibreOffice ({@link LibreOffice}).
 */
@PostgresIntegrationTest
class ReportWordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	ReportDownloads downloads;

	@BeforeEach
	void emptyDatabase() {
		users.reset();
		downloads = new ReportDownloads(mvc);
	}

	@Test
	void bothSeedsAndAHalfFilledReportAreValidOoxml() throws Exception {
		assertValid(docx(SeedCases.text(SeedCases.LUOHU), "luohu-report.docx"));
		assertValid(docx(SeedCases.text(SeedCases.HKU), "hku-report.docx"));
		assertValid(docx(halfFilled(), "half-filled-report.docx"));
	}

	@Test
	void normalIsTheDefaultStyleAndTheHeadingsAreInTheirFaces() throws Exception {
		try (XWPFDocument document = open(docx(SeedCases.text(SeedCases.LUOHU), "luohu-report.docx"))) {
			CTStyle normal = document.getStyles().getStyle("Normal").getCTStyle();
			assertThat(onOff(normal.getDefault())).as("Normal is w:default").isTrue();
			assertThat(normal.getName().getVal()).isEqualTo("Normal");
			assertThat(normal.getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
			assertThat(normal.getPPr().getInd().getFirstLine()).isEqualTo(BigInteger.valueOf(640));
			assertThat(normal.getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(560));
			assertThat(normal.getPPr().getSpacing().getLineRule().toString()).isEqualTo("exact");
			assertThat(face(normal)).isEqualTo("仿宋_GB2312");
			assertThat(size(normal)).isEqualTo(32);
			CTRPr defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();
			assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
			assertThat(defaults.getRFontsArray(0).getHint().toString()).isEqualTo("eastAsia");

			assertThat(styleFace(document, "Title")).isEqualTo("方正小标宋简体");
			assertThat(size(document.getStyles().getStyle("Title").getCTStyle())).isEqualTo(44);
			String[][] headings = { { "Heading1", "heading 1", "黑体", "0", "false" },
					{ "Heading2", "heading 2", "楷体_GB2312", "1", "false" },
					{ "Heading3", "heading 3", "仿宋_GB2312", "2", "true" } };
			for (String[] expected : headings) {
				CTStyle heading = document.getStyles().getStyle(expected[0]).getCTStyle();
				assertThat(heading.getName().getVal()).isEqualTo(expected[1]);
				assertThat(heading.getBasedOn().getVal()).isEqualTo("Normal");
				assertThat(face(heading)).as(expected[0]).isEqualTo(expected[2]);
				assertThat(size(heading)).as(expected[0]).isEqualTo(32);
				assertThat(heading.getPPr().getOutlineLvl().getVal()).isEqualTo(new BigInteger(expected[3]));
				boolean bold = heading.getRPr().sizeOfBArray() > 0 && onOff(heading.getRPr().getBArray(0).getVal());
				assertThat(bold).as(expected[0] + " bold").isEqualTo(Boolean.parseBoolean(expected[4]));
			}
			assertThat(ReportExportTests.headings(document, "Heading3")).as("the problems' subheadings")
				.contains("2. 政府采购执行情况");
			assertThat(document.getParagraphs())
				.as("body paragraphs use Normal or a style based on it, never one that is not defined")
				.allSatisfy(paragraph -> assertThat(
						paragraph.getStyle() == null || document.getStyles().styleExist(paragraph.getStyle()))
					.isTrue());

			List<CTFont> fonts = fontTable(document);
			assertThat(font(fonts, "仿宋_GB2312").getAltName().getVal()).isEqualTo("仿宋");
			assertThat(font(fonts, "仿宋_GB2312").getCharset().getVal()).isEqualTo(new byte[] { (byte) 0x86 });
			assertThat(font(fonts, "楷体_GB2312").getAltName().getVal()).isEqualTo("楷体");
			assertThat(font(fonts, "方正小标宋简体").getAltName().getVal()).isEqualTo("宋体");
			assertThat(fonts).extracting(CTFont::getName).contains("黑体", "宋体", "仿宋", "楷体", "Times New Roman");
		}
	}

	@Test
	void theContentsAreATocFieldThatWordUpdatesAndThePagesAreNumberedOddRightEvenLeft() throws IOException {
		try (XWPFDocument document = open(docx(SeedCases.completeText(SeedCases.HKU), "hku-report.docx"))) {
			String body = document.getDocument().xmlText();
			assertThat(body).contains("TOC \\o \"1-2\" \\h \\z \\u").contains("PAGEREF _Toc100001 \\h");
			assertThat(document.isEnforcedUpdateFields()).isTrue();
			assertThat(ReportExportTests.headings(document, "TOC1"))
				.as("the entries with the pages counted while writing, until Word updates them")
				.anyMatch(entry -> entry.matches("一、部门基本情况\t3"))
				.anyMatch(entry -> entry.matches("附件 1　部门整体支出绩效评分表\t\\d+"));
			assertThat(ReportExportTests.headings(document, "TOC2")).anyMatch(entry -> entry.matches("（一）部门主要职能\t3"));
			assertThat(document.getSettings().getCTSettings().xmlText()).contains("compatibilityMode");

			assertThat(document.getEvenAndOddHeadings()).isTrue();
			CTSectPr portrait = document.getParagraphs()
				.stream()
				.filter(paragraph -> paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr())
				.findFirst()
				.orElseThrow()
				.getCTP()
				.getPPr()
				.getSectPr();
			assertThat(portrait.isSetTitlePg()).as("no number on the cover").isTrue();
			assertThat(portrait.getFooterReferenceList()).extracting(reference -> reference.getType().toString())
				.containsExactlyInAnyOrder("default", "even", "first");
			assertThat(portrait.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
			assertThat(portrait.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
			assertThat(portrait.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1588));
			assertThat(portrait.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
			assertThat(portrait.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			XWPFFooter odd = footer(document, portrait, STHdrFtr.DEFAULT);
			XWPFFooter even = footer(document, portrait, STHdrFtr.EVEN);
			assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
			for (XWPFFooter footer : List.of(odd, even)) {
				assertThat(footer._getHdrFtr().xmlText()).contains(" PAGE ");
				assertThat(footer.getText()).contains("— 1 —");
			}
			assertThat(footer(document, portrait, STHdrFtr.FIRST).getText()).isBlank();
			CTSectPr landscape = document.getDocument().getBody().getSectPr();
			assertThat(landscape.isSetTitlePg()).isFalse();
			assertThat(landscape.getPgSz().getOrient().toString()).isEqualTo("landscape");
		}
	}

	@Test
	void theSheetRepeatsItsHeaderAndLabelsEveryGroupItShows() throws IOException {
		try (XWPFDocument document = open(docx(SeedCases.text(SeedCases.LUOHU), "luohu-report.docx"))) {
			XWPFTable sheet = document.getTables().get(1);
			int rows = sheet.getNumberOfRows();
			for (int r = 0; r < rows; r++) {
				assertThat(sheet.getRow(r).isRepeatHeader()).as("row %d tblHeader", r).isEqualTo(r < 3);
				assertThat(sheet.getRow(r).isCantSplitRow()).as("row %d cantSplit", r).isTrue();
			}
			List<String> level1Labels = new ArrayList<>();
			for (int r = 3; r < rows - 2; r++) {
				List<XWPFTableCell> cells = sheet.getRow(r).getTableCells();
				boolean level2Starts = starts(cells.get(2));
				assertThat(starts(cells.get(0))).as("row %d: the 一级 merge restarts with the 二级 one", r)
					.isEqualTo(level2Starts);
				if (level2Starts) {
					level1Labels.add(cells.get(0).getText());
					assertThat(cells.get(0).getText()).as("row %d names its 一级", r).isNotBlank();
				}
				boolean lastOfGroup = r == rows - 3 || starts(sheet.getRow(r + 1).getTableCells().get(2));
				assertThat(keepsWithNext(cells)).as("row %d keeps with the next", r)
					.isEqualTo(!lastOfGroup || r == rows - 3);
			}
			assertThat(level1Labels).as("a 一级 label for each 二级 group, repeated")
				.hasSizeGreaterThan((int) level1Labels.stream().distinct().count());
			assertThat(keepsWithNext(sheet.getRow(rows - 2).getTableCells())).as("综合评分 stays with 评分等级").isTrue();
		}
	}

	@Test
	void libreOfficeOpensTheReport() throws IOException {
		byte[] docx = // Complete: no 未完成事项 page before the 目录.
				docx(SeedCases.completeText(SeedCases.LUOHU), "luohu-report.docx");

		byte[] pdf = LibreOffice.onThisMachine().toPdf(docx, "luohu-report");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isBetween(8, 40);
			String text = new PDFTextStripper().getText(document).replace("\r", "");
			assertThat(text).contains("2024 年度部门整体支出绩效自评报告", "目录", "一、部门基本情况", "二、部门主要履职绩效分析", "三、总体评价和整改措施",
					"附件　部门整体支出绩效评分表", "综合评分", "— 2 —");
			assertThat(text).as("the 目录 gives the pages").containsPattern("一、部门基本情况\\s*\\.*\\s*\\d+");
			// the pages the 目录 carries until Word updates it are the pages LibreOffice
			// puts the headings on (give or take one, where a table moves)
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			List<String[]> entries = new ArrayList<>();
			for (String line : stripper.getText(document).split("\n")) {
				java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^(.+?)[.…·]{3,}\\s*(\\d+)\\s*$")
					.matcher(line.strip());
				if (entry.matches()) {
					entries.add(new String[] { entry.group(1).replaceAll("\\s", ""), entry.group(2) });
				}
			}
			assertThat(entries).hasSizeGreaterThan(10);
			for (String[] entry : entries) {
				assertThat(pageOfHeading(document, entry[0])).as(entry[0])
					.isBetween(Integer.parseInt(entry[1]) - 1, Integer.parseInt(entry[1]) + 1);
			}
		}
	}

	/** The first page after the 目录 with a line that is {@code title}. */
	private static int pageOfHeading(PDDocument document, String title) throws IOException {
		for (int page = 3; page <= document.getNumberOfPages(); page++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			for (String line : stripper.getText(document).split("\n")) {
				if (line.replaceAll("\\s", "").equals(title)) {
					return page;
				}
			}
		}
		return -1;
	}

	private byte[] docx(String json, String sample) {
		long id = downloads.importDocument(json);
		return downloads.download("/api/evaluations/" + id + "/report.docx", sample);
	}

	/**
	 * 罗湖 with half of its narrative sections and a third of its indicators left empty.
	 */
	static String halfFilled() {
		ObjectNode tree = SeedCases.tree(SeedCases.LUOHU);
		// another year: 罗湖's 2024 evaluation may be in the database already
		tree.put("year", 2025);
		ObjectNode texts = (ObjectNode) tree.get("texts");
		texts.remove("experience");
		texts.remove("plans");
		texts.remove("performanceGoals");
		ObjectNode indicators = (ObjectNode) tree.get("indicators");
		List<String> codes = new ArrayList<>(indicators.propertyNames());
		for (int i = 0; i < codes.size(); i += 3) {
			indicators.remove(codes.get(i));
		}
		return SeedCases.json(tree);
	}

	private static XWPFDocument open(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	/**
	 * Parses the main parts with the schema types of poi-ooxml-full and validates them;
	 * fails listing every error.
	 */
	static void assertValid(byte[] docx) throws Exception {
		List<String> errors = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx))) {
			for (PackagePart part : opc.getParts()) {
				String type = part.getContentType();
				String name = part.getPartName().getName();
				if (!type.startsWith(WORDPROCESSING)) {
					continue;
				}
				XmlObject parsed;
				try (InputStream in = part.getInputStream()) {
					parsed = parse(type.substring(WORDPROCESSING.length()), in);
				}
				if (parsed == null) {
					errors.add(name + ": a part of type " + type + " that this test cannot validate");
					continue;
				}
				checked.add(name);
				List<XmlError> found = new ArrayList<>();
				if (!parsed.validate(new XmlOptions().setErrorListener(found))) {
					found.forEach(error -> errors.add(name + ": " + error));
					if (found.isEmpty()) {
						errors.add(name + ": invalid");
					}
				}
			}
		}
		assertThat(checked).contains("/word/document.xml", "/word/styles.xml", "/word/settings.xml",
				"/word/fontTable.xml");
		assertThat(checked).anyMatch(name -> name.startsWith("/word/footer"));
		assertThat(errors).as("schema errors").isEmpty();
	}

	private static final String WORDPROCESSING = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

	private static XmlObject parse(String type, InputStream in) throws XmlException, IOException {
		return switch (type) {
			case "document.main+xml" -> DocumentDocument.Factory.parse(in);
			case "styles+xml" -> StylesDocument.Factory.parse(in);
			case "settings+xml" -> SettingsDocument.Factory.parse(in);
			case "numbering+xml" -> NumberingDocument.Factory.parse(in);
			case "footer+xml" -> FtrDocument.Factory.parse(in);
			case "header+xml" -> HdrDocument.Factory.parse(in);
			case "fontTable+xml" -> FontsDocument.Factory.parse(in);
			default -> null;
		};
	}

	private static boolean onOff(Object value) {
		return value == null || List.of("1", "true", "on").contains(String.valueOf(value));
	}

	private static String face(CTStyle style) {
		return style.getRPr().getRFontsArray(0).getEastAsia();
	}

	private static String styleFace(XWPFDocument document, String id) {
		return face(document.getStyles().getStyle(id).getCTStyle());
	}

	private static int size(CTStyle style) {
		return ((BigInteger) style.getRPr().getSzArray(0).getVal()).intValue();
	}

	private static List<CTFont> fontTable(XWPFDocument document) throws Exception {
		PackagePart part = document.getPackagePart()
			.getRelatedPart(document.getPackagePart()
				.getRelationshipsByType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable")
				.getRelationship(0));
		try (InputStream in = part.getInputStream()) {
			return FontsDocument.Factory.parse(in).getFonts().getFontList();
		}
	}

	private static CTFont font(List<CTFont> fonts, String name) {
		return fonts.stream().filter(font -> name.equals(font.getName())).findFirst().orElseThrow();
	}

	private static XWPFFooter footer(XWPFDocument document, CTSectPr section, STHdrFtr.Enum type) {
		String id = section.getFooterReferenceList()
			.stream()
			.filter(reference -> reference.getType() == type)
			.findFirst()
			.orElseThrow()
			.getId();
		return (XWPFFooter) document.getRelationById(id);
	}

	private static boolean starts(XWPFTableCell cell) {
		var properties = cell.getCTTc().getTcPr();
		return !properties.isSetVMerge() || properties.getVMerge().getVal() == STMerge.RESTART;
	}

	private static boolean keepsWithNext(List<XWPFTableCell> cells) {
		Iterator<XWPFTableCell> iterator = cells.iterator();
		boolean all = true;
		while (iterator.hasNext()) {
			all &= iterator.next()
				.getParagraphs()
				.stream()
				.allMatch(paragraph -> paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetKeepNext());
		}
		return all;
	}

}
