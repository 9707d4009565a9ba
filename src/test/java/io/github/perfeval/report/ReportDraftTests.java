package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A handed-in report prints no stand-in text such as （未填写）: while sections, leaves or
 * signatories are missing, every page of the report and the 评分表 carries the 草稿 mark and
 * the report lists what is missing; submitting warns about each empty section; the last
 * level cannot approve while one is empty; an approved report has none and ends with its
 * 落款. The introduction cites the notice and the department's short name.
 */
@PostgresIntegrationTest
class ReportDraftTests {

	private static final String MARK = "草稿 · 未完成，不作正式报送";

	private static final String SHEET_MARK = "草稿 · 尚有指标未填报";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	ReportDownloads downloads;

	@BeforeEach
	void luohuWithItsFiller() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		downloads = new ReportDownloads(mvc);
	}

	@Test
	void theLuohuDraftIsMarkedOnEveryPageAndListsItsTwoEmptySections() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		List<String> pages = pages(downloads.download("/api/evaluations/" + id + "/report.pdf", "draft-luohu.pdf"));
		assertThat(pages).allSatisfy(page -> assertThat(page).contains(compact(MARK)));
		String pdf = String.join("", pages);
		assertThat(pdf)
			.contains(compact("未完成事项"), compact("报告章节“一、部门基本情况 （三）2024 年部门预算编制情况”未填写"),
					compact("报告章节“二、部门主要履职绩效分析 （二）主要履职情况”未填写"), compact("【本节尚未填写，须补全后方可审定】"))
			.doesNotContain("（未填写）")
			.doesNotContain(compact("指标 1."), compact("未填写填报人"));
		assertThat(pdf).as("the introduction")
			.contains(compact("深圳市罗湖区卫生健康局（以下简称“我局”）按照《深圳市罗湖区财政局关于做好2025年全面实施预算绩效管理工作方案的通知》（罗财函〔2025〕37号）要求，依据《"));
		assertThat(pdf).as("the subject").contains(compact("2024 年，我局调整后预算数为 571,010.03 万元"));
		assertThat(pdf).as("the closing").contains(compact("填报人：张莹单位负责人：孔舒联系电话：0755-88161338深圳市罗湖区卫生健康局（公章）年月日"));

		Word word = word(downloads.download("/api/evaluations/" + id + "/report.docx", "draft-luohu.docx"));
		assertThat(word.headers()).contains(MARK);
		assertThat(word.text())
			.contains("未完成事项", "1. 报告章节“一、部门基本情况 （三）2024 年部门预算编制情况”未填写", "2. 报告章节“二、部门主要履职绩效分析 （二）主要履职情况”未填写",
					"【本节尚未填写，须补全后方可审定】", "深圳市罗湖区卫生健康局（以下简称“我局”）按照《深圳市罗湖区财政局关于做好2025年全面实施预算绩效管理工作方案的通知》（罗财函〔2025〕37号）要求",
					"填报人：张莹", "单位负责人：孔舒", "深圳市罗湖区卫生健康局（公章）")
			.doesNotContain("（未填写）");

		assertThat(String.join("",
				pages(downloads.download("/api/evaluations/" + id + "/sheet.pdf", "draft-luohu-sheet.pdf"))))
			.as("every leaf is scored: the sheet is not a draft")
			.doesNotContain(compact(SHEET_MARK));
	}

	@Test
	void aHalfFilledEvaluationListsEverySectionLeafAndSignatoryStillMissing() throws IOException {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		ObjectNode texts = (ObjectNode) document.get("texts");
		texts.remove("functions");
		texts.remove("plans");
		ObjectNode indicators = (ObjectNode) document.get("indicators");
		List<String> removed = new ArrayList<>(indicators.propertyNames()).subList(1, 3);
		removed.forEach(indicators::remove);
		((ObjectNode) document.get("signatories")).remove("headOfUnit");
		long id = downloads.importDocument(SeedCases.json(document));

		List<String> pages = pages(downloads.download("/api/evaluations/" + id + "/report.pdf", "draft-half.pdf"));
		assertThat(pages).allSatisfy(page -> assertThat(page).contains(compact(MARK)));
		List<String> missing = List.of("报告章节“一、部门基本情况 （一）部门主要职能”未填写", "报告章节“一、部门基本情况 （三）2024 年部门预算编制情况”未填写",
				"报告章节“二、部门主要履职绩效分析 （二）主要履职情况”未填写", "报告章节“三、总体评价和整改措施 （三）后续工作计划、相关建议等”未填写", "指标 " + removed.get(0),
				"指标 " + removed.get(1), "未填写单位负责人");
		String pdf = String.join("", pages);
		missing.forEach(item -> assertThat(pdf).contains(compact(item)));
		Word word = word(downloads.download("/api/evaluations/" + id + "/report.docx", "draft-half.docx"));
		assertThat(word.headers()).contains(MARK);
		missing.forEach(item -> assertThat(word.text()).contains(item));

		List<String> sheetPages = pages(
				downloads.download("/api/evaluations/" + id + "/sheet.pdf", "draft-half-sheet.pdf"));
		assertThat(sheetPages).allSatisfy(page -> assertThat(page).contains(compact(SHEET_MARK)));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "draft-half-sheet.xlsx")))) {
			assertThat(workbook.getSheetAt(0).getHeader().getRight()).isEqualTo(SHEET_MARK);
		}
	}

	@Test
	void submittingWarnsAboutEachEmptySectionAndTheLastLevelCannotApproveThem() {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		String editor = body(mvc.get().uri("/evaluations/{id}", id).with(as("zhangying")).exchange().getResponse());
		assertThat(editor).contains("自评报告尚有以下内容未填写", "「（三）部门预算编制情况」未填写", "「（二）主要履职情况」未填写", "name=\"confirmGaps\"",
				"我已知悉上述内容未填写，仍然提交");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/submit", id)
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version(id)))).flash()
			.containsEntry("error", "未提交：自评报告尚有内容未填写，请查看“提交”旁的清单，勾选确认后再提交。");
		assertThat(status(id)).isEqualTo("DRAFT");

		MockHttpServletResponse submitted = post("zhangying", "/api/evaluations/" + id + "/submit",
				"{\"version\": " + version(id) + "}");
		assertThat(submitted.getStatus()).isEqualTo(200);
		assertThat(SeedCases.read(body(submitted)).get("warnings").valueStream().map(node -> node.asString()).toList())
			.containsExactly("「（三）部门预算编制情况」未填写", "「（二）主要履职情况」未填写");
		assertThat(status(id)).isEqualTo("SUBMITTED");

		MockHttpServletResponse refused = post("admin", "/api/evaluations/" + id + "/approve",
				"{\"version\": " + version(id) + "}");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(body(refused)).contains("自评报告以下章节尚未填写：「（三）部门预算编制情况」、「（二）主要履职情况」。已审定的报告不得留空，请退回填报人补充后再审核通过。");
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void anApprovedReportHasNoPlaceholderNorMarkAndEndsWithItsClosing() throws IOException {
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		((ObjectNode) document.get("texts")).put("problems", "政府采购执行率偏低，将加强采购计划管理。");
		long id = downloads.importDocument(SeedCases.json(document));
		MockHttpServletResponse submitted = post("zhangying", "/api/evaluations/" + id + "/submit",
				"{\"version\": " + version(id) + "}");
		assertThat(SeedCases.read(body(submitted)).get("warnings").isEmpty()).isTrue();
		assertThat(
				post("admin", "/api/evaluations/" + id + "/approve", "{\"version\": " + version(id) + "}").getStatus())
			.isEqualTo(200);
		assertThat(status(id)).isEqualTo("APPROVED");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String date = today.getYear() + " 年 " + today.getMonthValue() + " 月 " + today.getDayOfMonth() + " 日";

		String pdf = String.join("",
				pages(downloads.download("/api/evaluations/" + id + "/report.pdf", "approved-luohu.pdf")));
		assertThat(pdf).doesNotContain("草稿", "未完成事项", "（未填写）", "（待补充）", "【本节尚未填写")
			.contains(compact("填报人：张莹单位负责人：孔舒联系电话：0755-88161338深圳市罗湖区卫生健康局（公章）" + date));
		Word word = word(downloads.download("/api/evaluations/" + id + "/report.docx", "approved-luohu.docx"));
		assertThat(word.headers()).doesNotContain("草稿");
		assertThat(word.text()).doesNotContain("草稿", "未完成事项", "（未填写）", "（待补充）", "【本节尚未填写")
			.contains("填报人：张莹\n单位负责人：孔舒\n联系电话：0755-88161338\n\n\n深圳市罗湖区卫生健康局（公章）\n" + date);
	}

	private record Word(String text, String headers) {
	}

	private static Word word(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return new Word(
					document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")),
					document.getHeaderList().stream().map(XWPFHeader::getText).collect(Collectors.joining("\n")));
		}
	}

	private static List<String> pages(byte[] pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(compact(stripper.getText(document)));
			}
		}
		return pages;
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\u3000]+", "");
	}

	private MockHttpServletResponse post(String who, String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic(who, who.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private long version(long id) {
		return Long.parseLong(downloads.get("/api/evaluations/" + id).getHeader("Evaluation-Version"));
	}

	private String status(long id) {
		return SeedCases.read(body(downloads.get("/api/evaluations")))
			.valueStream()
			.filter(node -> node.get("id").asLong() == id)
			.findFirst()
			.orElseThrow()
			.get("status")
			.asString();
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
	}

}
