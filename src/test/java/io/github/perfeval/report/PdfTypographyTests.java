package io.github.perfeval.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.github.perfeval.report.ReportExportTests.JSON;
import static io.github.perfeval.report.ReportExportTests.compact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDFs set as GB/T 9704 sets a government document: A4 with margins 37 / 35 / 28 / 26
 * mm, the faces per element (title and body in AR PL SungtiL GB, 一、 headings in WenQuanYi
 * Micro Hei, （一） headings in AR PL KaitiM GB), every font embedded, page numbers "— 2 —"
 * on the outside corner, bookmarks for the chapters; and the 评分表 across pages: its header
 * on every page, each 三级 row's 一级 and 二级 labels on its own page, the totals never alone.
 */
@PostgresIntegrationTest
class PdfTypographyTests {

	static final float MM = 72f / 25.4f;

	static final String SONG = "BousungEG-Light-GB";

	static final String KAI = "GBZenKai-Medium";

	static final String HEI = "WenQuanYiMicroHei";

	static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*\\d+\\s*—");

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
	void luohuReportIsSetAsAGovernmentDocument() throws IOException {
		// Complete (no 草稿 mark, no 未完成事项 page): the pages as a bureau receives them.
		long id = downloads.importDocument(SeedCases.completeText(SeedCases.LUOHU));
		byte[] pdf = downloads.download("/api/evaluations/" + id + "/report.pdf", "luohu-report.pdf");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			ReportExportTests.assertEveryFontEmbedded(document);
			assertThat(fontNames(document)).anyMatch((name) -> name.endsWith("+" + SONG))
				.anyMatch((name) -> name.endsWith("+" + KAI))
				.anyMatch((name) -> name.endsWith("+" + HEI))
				.allMatch((name) -> name.contains(SONG) || name.contains(KAI) || name.contains(HEI));
			// Cover, contents, 6 pages of chapters, 8 of the landscape 评分表 (looked at).
			assertThat(document.getNumberOfPages()).isBetween(13, 19);

			List<Line> lines = Line.of(document);
			// Faces by element, on the chapters' pages (the contents list the same
			// titles).
			assertThat(line(lines, 0, "2024年度部门整体支出绩效自评报告").fonts()).containsExactly(SONG);
			assertThat(line(lines, 2, "一、部门基本情况").fonts()).containsExactly(HEI);
			assertThat(line(lines, 2, "（一）部门主要职能").fonts()).containsExactly(KAI);
			assertThat(line(lines, 2, "我局为罗湖区政府工作部门").fonts()).containsExactly(SONG);
			assertThat(line(lines, 2, "二、部门主要履职绩效分析").fonts()).containsExactly(HEI);
			assertThat(line(lines, 2, "表1-1各单位预算执行情况表").fonts()).containsExactly(HEI);

			// A4 portrait, text inside the 版心 (page numbers below it).
			PDPage page = document.getPage(2);
			assertThat(page.getMediaBox().getWidth()).isCloseTo(210 * MM, org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(1f));
			int portrait = 0;
			for (Line line : lines) {
				PDPage of = document.getPage(line.page());
				if (of.getMediaBox().getWidth() > of.getMediaBox().getHeight() || line.page() == 0
						|| PAGE_NUMBER.matcher(line.text()).matches()) {
					continue;
				}
				portrait++;
				assertThat(line.left()).as(line.text()).isGreaterThanOrEqualTo(28 * MM - 1);
				assertThat(line.right()).as(line.text()).isLessThanOrEqualTo((210 - 26) * MM + 1);
				assertThat(line.top()).as(line.text()).isGreaterThanOrEqualTo(37 * MM - 2);
				assertThat(line.bottom()).as(line.text()).isLessThanOrEqualTo((297 - 35) * MM + 2);
			}
			assertThat(portrait).isGreaterThan(100);

			// Page numbers: none on the cover, "— n —" in Song, odd pages right, even
			// left.
			assertThat(lines).noneMatch((line) -> line.page() == 0 && PAGE_NUMBER.matcher(line.text()).matches());
			Line two = line(lines, 1, "— 2 —");
			Line three = line(lines, 2, "— 3 —");
			assertThat(two.fonts()).containsExactly(SONG);
			assertThat(two.right()).isLessThan(105 * MM);
			assertThat(three.left()).isGreaterThan(105 * MM);
			assertThat(two.top()).isGreaterThan((297 - 35) * MM);

			// Bookmarks: the chapters with their sections, then the annex.
			List<String> titles = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(compact(item.getTitle()));
			}
			assertThat(titles).containsExactly("一、部门基本情况", "二、部门主要履职绩效分析", "三、总体评价和整改措施", "附件部门整体支出绩效评分表");
			PDOutlineItem first = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
			assertThat(first.getFirstChild().getTitle()).isEqualTo("（一）部门主要职能");
		}
	}

	@Test
	void hkuReportHasItsAnnexesBookmarkedAndEmbedded() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.HKU));
		byte[] pdf = downloads.download("/api/evaluations/" + id + "/report.pdf", "hku-report.pdf");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			ReportExportTests.assertEveryFontEmbedded(document);
			assertThat(document.getNumberOfPages()).isBetween(8, 18);
			List<String> titles = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(compact(item.getTitle()));
			}
			assertThat(titles).hasSizeGreaterThan(3).contains("附件1部门整体支出绩效评分表", "附件2部门（单位）整体支出绩效目标完成情况自评表");
		}
	}

	@Test
	void luohuSheetRepeatsItsHeaderAndLabelsOnEveryPage() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));
		sheetAcrossPages(id, downloads.download("/api/evaluations/" + id + "/sheet.pdf", "luohu-sheet.pdf"));
		sheetAcrossPages(id, downloads.download("/api/evaluations/" + id + "/report.pdf", "luohu-report.pdf"));
	}

	@Test
	void hkuSheetRepeatsItsHeaderAndLabelsOnEveryPage() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.HKU));
		sheetAcrossPages(id, downloads.download("/api/evaluations/" + id + "/sheet.pdf", "hku-sheet.pdf"));
	}

	/**
	 * Each page of the 评分表 (in the sheet PDF, or the report's annex: the pages that hold
	 * its header) holds the whole header, the 一级 and 二级 labels of every 三级 row on it, and
	 * the page with 综合评分 holds rows too.
	 */
	private void sheetAcrossPages(long id, byte[] pdf) throws IOException {
		JsonNode sheet = JSON.readTree(downloads.get("/api/evaluations/" + id + "/sheet").getContentAsByteArray());
		Map<String, String> groupNames = new HashMap<>();
		sheet.get("groups")
			.forEach((group) -> groupNames.put(group.get("code").asString(), group.get("name").asString()));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			ReportExportTests.assertEveryFontEmbedded(document);
			int sheetPages = 0;
			boolean totals = false;
			for (int p = 0; p < document.getNumberOfPages(); p++) {
				String text = pageText(document, p);
				if (!text.contains("参考评分标准")) {
					continue;
				}
				sheetPages++;
				// The rows end at 综合评分; the 附注 and 审核提示 below may name leaves too.
				String rowsText = text.contains("综合评分") ? text.substring(0, text.indexOf("综合评分")) : text;
				assertThat(text).as("page %d", p + 1).contains("评价指标指标说明参考评分标准分数一级指标二级指标三级指标名称参考分值名称参考分值名称参考分值");
				int rows = 0;
				for (JsonNode leaf : sheet.get("leaves")) {
					String name = compact(leaf.get("name").asString());
					if (!rowsText.contains(name)) {
						continue;
					}
					rows++;
					String level1 = compact(
							groupNames.getOrDefault(leaf.get("level1").asString(), leaf.get("level1").asString()));
					String level2 = compact(
							groupNames.getOrDefault(leaf.get("level2").asString(), leaf.get("level2").asString()));
					assertThat(text).as("page %d, %s", p + 1, name).contains(level1, level2);
				}
				assertThat(rows).as("page %d", p + 1).isPositive();
				if (text.contains("综合评分")) {
					totals = true;
				}
			}
			assertThat(sheetPages).isGreaterThan(1);
			assertThat(totals).isTrue();
		}
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		return compact(stripper.getText(document));
	}

	private static Set<String> fontNames(PDDocument document) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				names.add(page.getResources().getFont(name).getName());
			}
		}
		return names;
	}

	/**
	 * The first line on or after the page (0-based) whose text, compacted, starts with
	 * the given one.
	 */
	private static Line line(List<Line> lines, int fromPage, String start) {
		return lines.stream()
			.filter((line) -> line.page() >= fromPage && compact(line.text()).startsWith(compact(start)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line " + start));
	}

	/**
	 * A line of text as PDFBox reads it: its page (0-based), the base font names drawing
	 * it (subset prefix dropped) and its bounds in points from the top left.
	 */
	record Line(int page, String text, Set<String> fonts, float left, float right, float top, float bottom) {

		static List<Line> of(PDDocument document) throws IOException {
			List<Line> lines = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					Set<String> fonts = new LinkedHashSet<>();
					float left = Float.MAX_VALUE;
					float right = 0;
					float top = Float.MAX_VALUE;
					float bottom = 0;
					for (TextPosition position : positions) {
						if (position.getUnicode().isBlank()) {
							continue;
						}
						String name = position.getFont().getName();
						fonts.add(name.substring(name.indexOf('+') + 1));
						left = Math.min(left, position.getXDirAdj());
						right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
						top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
						bottom = Math.max(bottom, position.getYDirAdj());
					}
					if (!fonts.isEmpty()) {
						lines.add(new Line(getCurrentPageNo() - 1, text, fonts, left, right, top, bottom));
					}
					super.writeString(text, positions);
				}
			};
			stripper.getText(document);
			return lines;
		}

	}

}
