package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.NationalFormCase;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.github.perfeval.report.ReportExportTests.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 存在问题及改进措施 drafted from the data: each leaf that lost points states the figure behind
 * the loss, the filler's and the reviewer's reasons and the rule's 总分 and 实际得分, and a
 * 改进措施 from the framework; never an evaluator's {@code comment}, never （待补充）. The
 * department's own text prints instead, its numbered lines as subheadings; the editor
 * fetches the draft from {@code /api/evaluations/{id}/problems-draft}.
 */
@PostgresIntegrationTest
class ProblemsDraftTests {

	static final String PROCUREMENT = "存在问题：政府采购执行率为 24.48%（采购计划 13,966.91 万元，实际采购 3,418.63 万元）。"
			+ "评分项中，“政府采购政策功能的执行和落实情况”（1 分）得 0.25 分。根据评分标准，该指标总分 2 分，实际得分 0.49 分。";

	static final String INDICATORS = "存在问题：评分项中，“绩效指标具有清晰、可衡量的指标值”（1 分）得 0 分，“绩效指标包含可量化的指标”（1 分）得 0 分。"
			+ "根据评分标准，该指标总分 7 分，实际得分 5 分。";

	static final String SATISFACTION = "存在问题：经审核，未开展满意度调查，参考信访反馈的普遍性问题评定。根据评分标准，该指标总分 6 分，实际得分 2 分。";

	static final String OUTPATIENTS = "存在问题：门诊工作量年度指标值为 ≥190万人次，实际完成值为 189万人次，未达到年度指标值。偏差原因：疫情防控期间门诊量下降。"
			+ "根据评分标准，该指标总分 15 分，实际得分 14.92 分。";

	static final String CONSUMABLES = "存在问题：百元医疗收入中消耗的卫生耗材年度指标值为 ≤23%，实际完成值为 23.6，未达到年度指标值。偏差原因：新冠检测耗材增加。"
			+ "根据评分标准，该指标总分 10 分，实际得分 9.75 分。";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	ReportDownloads downloads;

	@BeforeEach
	void signIn() {
		users.reset();
		downloads = new ReportDownloads(mvc);
	}

	@Test
	void theLuohuDraftStatesTheFiguresTheReasonsAndAMeasureInPdfAndWord() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.LUOHU));

		List<String> word = problemsSection(wordParagraphs(id, "luohu-problems.docx"));
		assertThat(word).containsSubsequence("1. 绩效指标明确性", INDICATORS,
				"改进措施：下一步，将进一步重视绩效目标编报质量，将部门整体绩效目标细化分解为清晰、可衡量的绩效指标，难以量化的定性指标按“是/否”设置指标值，提高指标的量化程度。", "2. 政府采购执行情况",
				PROCUREMENT, "改进措施：下一步，将加强政府采购预算编制与执行管理，按计划及时组织采购，加快采购资金支付进度，落实政府采购政策功能，提高政府采购执行率。", "3. 编外人员控制率",
				"存在问题：编外人员 4,313 人，在编人数 1,194 人，编外人员控制率为 78.32%。根据评分标准，该指标总分 1 分，实际得分 0 分。", "4. 预算执行率",
				"改进措施：下一步，将加强预算执行进度管理，按月梳理资金支出计划，提前谋划上级转移支付等资金的支出，及时与财政部门沟通资金统筹事宜，提高预算执行率。", "5. 项目完成及时性",
				"存在问题：计划完成项目 177 个，按计划时间完成 144 个，完成率 81.36%。根据评分标准，该指标总分 6 分，实际得分 4.88 分。", "6. 推进大健康招商引资",
				"存在问题：该指标成效档次评定为“显著”，评分依据：挖潜社会投资项目 8 个。根据评分标准，该指标总分 5 分，实际得分 4 分。",
				"改进措施：下一步，将针对“推进大健康招商引资”指标的失分原因逐项分析、制定整改措施，加强过程管理，确保相关工作达到评分标准要求。", "8. 公众或服务对象满意度", SATISFACTION);
		assertNoCommentNorPlaceholder(String.join("\n", word), SeedCases.tree(SeedCases.LUOHU));

		String pdf = problemsSection(pdfText(id, "luohu-problems.pdf"));
		assertThat(pdf).contains(compact(PROCUREMENT), compact(INDICATORS), compact(SATISFACTION),
				compact("1. 绩效指标明确性"), compact("8. 公众或服务对象满意度"));
		assertNoCommentNorPlaceholder(pdf, SeedCases.tree(SeedCases.LUOHU));
	}

	@Test
	void theHkuDraftOnTheNationalFormStatesTheMissedTargetsAndTheirDeviationReasons() throws IOException {
		long id = downloads.importDocument(SeedCases.json(NationalFormCase.complete()));

		List<String> word = problemsSection(wordParagraphs(id, "national-problems.docx"));
		assertThat(word).containsSubsequence("1. 年度预算执行率",
				"存在问题：全年预算数 50,000.00 万元，全年执行数 48,915.00 万元，年度预算执行率为 97.83%。根据评分标准，该指标总分 10 分，实际得分 9.78 分。",
				"改进措施：下一步，将加强预算执行进度管理，按月梳理资金支出计划，及时与财政部门沟通资金统筹事宜，提高年度预算执行率。", "2. 门诊工作量", OUTPATIENTS,
				"改进措施：下一步，将深入分析门诊工作量未达到年度指标值的原因，科学合理设定指标值，加强执行过程监控，确保年度绩效目标全面完成。", "3. 百元医疗收入中消耗的卫生耗材", CONSUMABLES);
		assertThat(word).hasSize(1 + 3 * 3);
		assertNoCommentNorPlaceholder(String.join("\n", word), NationalFormCase.complete());

		String pdf = problemsSection(pdfText(id, "national-problems.pdf"));
		assertThat(pdf).contains(compact(OUTPATIENTS), compact(CONSUMABLES));
	}

	@Test
	void theHkuSeedOnSzCommonStatesTheReviewersReasonsAndNoComment() throws IOException {
		long id = downloads.importDocument(SeedCases.text(SeedCases.HKU));

		String word = String.join("\n", problemsSection(wordParagraphs(id, "hku-problems.docx")));
		assertThat(word).contains(
				"存在问题：政府采购执行率为 89.97%（采购计划 7,970.00 万元，实际采购 7,171.00 万元）。根据评分标准，该指标总分 2 分，实际得分 1.9 分。",
				"存在问题：经审核，报告未披露季度执行进度，按公布得分。根据评分标准，该指标总分 6 分，实际得分 5.7 分。");
		assertNoCommentNorPlaceholder(word, SeedCases.tree(SeedCases.HKU));
	}

	@Test
	void theDepartmentsOwnTextPrintsInsteadOfTheDraftWithItsNumberedLinesAsSubheadings() throws IOException {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("texts")).put("problems",
				"1. 政府采购执行情况\n存在问题：采购执行率仅 24.48%，物业管理费等采购冻结 1.05 亿元。\n改进措施：我局将加强采购资金支出进度控制。");
		long id = downloads.importDocument(SeedCases.json(document));

		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "edited-problems.docx");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<XWPFParagraph> paragraphs = word.getParagraphs();
			List<String> section = problemsSection(paragraphs.stream().map(XWPFParagraph::getText).toList());
			assertThat(section).containsExactly("（二）部门整体支出绩效存在问题及改进措施", "1. 政府采购执行情况",
					"存在问题：采购执行率仅 24.48%，物业管理费等采购冻结 1.05 亿元。", "改进措施：我局将加强采购资金支出进度控制。");
			XWPFParagraph subheading = paragraphs.stream()
				.filter(paragraph -> paragraph.getText().equals("1. 政府采购执行情况"))
				.findFirst()
				.orElseThrow();
			// A subheading is a Heading 3 (bold 仿宋 by its style).
			assertThat(subheading.getStyle()).as("printed as a subheading").isEqualTo("Heading3");
		}
		String pdf = problemsSection(pdfText(id, "edited-problems.pdf"));
		assertThat(pdf).contains(compact("存在问题：采购执行率仅 24.48%，物业管理费等采购冻结 1.05 亿元。")).doesNotContain("根据评分标准", "下一步");
	}

	@Test
	void theDraftEndpointReturnsTheDraftAsTheEditorFillsItIn() throws IOException {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("texts")).put("problems", "已有的文字");
		long id = downloads.importDocument(SeedCases.json(document));

		MockHttpServletResponse response = downloads.get("/api/evaluations/" + id + "/problems-draft");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/plain");
		String draft = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = List.of(draft.split("\n"));
		assertThat(lines).startsWith("1. 绩效指标明确性", INDICATORS).contains("2. 政府采购执行情况", PROCUREMENT, SATISFACTION);
		assertThat(lines).hasSize(8 * 3);
		assertThat(draft).as("drawn from the scores, not from the department's text").doesNotContain("已有的文字");
		assertNoCommentNorPlaceholder(draft, document);

		String editor = mvc.get()
			.uri("/evaluations/" + id)
			.with(user(accounts.loadUserByUsername("admin")))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(editor).as("the editor offers the draft beside the department's text")
			.contains("按评分数据生成草稿", "data-draft-url=\"/api/evaluations/" + id + "/problems-draft\"",
					"data-draft-target=\"text-problems\"", "已有的文字");
	}

	private static void assertNoCommentNorPlaceholder(String text, ObjectNode document) {
		List<String> comments = new ArrayList<>();
		JsonNode indicators = document.get("indicators");
		if (indicators != null) {
			indicators.forEach(inputs -> {
				if (inputs.has("comment")) {
					comments.add(inputs.get("comment").asString());
				}
			});
		}
		for (String comment : comments) {
			assertThat(compact(text)).as("an evaluator's note is not the department's problem")
				.doesNotContain(compact(comment));
		}
		assertThat(text).doesNotContain("待补充", "未填写");
	}

	/** The paragraphs of 存在问题及改进措施, its heading first. */
	private static List<String> problemsSection(List<String> paragraphs) {
		int from = paragraphs.indexOf("（二）部门整体支出绩效存在问题及改进措施");
		int to = paragraphs.indexOf("（三）后续工作计划、相关建议等");
		assertThat(from).isNotNegative();
		assertThat(to).isGreaterThan(from);
		return paragraphs.subList(from, to).stream().filter(text -> !text.isBlank()).toList();
	}

	/** The compacted PDF text of 存在问题及改进措施 (from its heading in the body). */
	private static String problemsSection(String pdf) {
		int from = pdf.lastIndexOf(compact("（二）部门整体支出绩效存在问题及改进措施"));
		int to = pdf.lastIndexOf(compact("（三）后续工作计划、相关建议等"));
		assertThat(to).isGreaterThan(from);
		return pdf.substring(from, to);
	}

	private List<String> wordParagraphs(long id, String sample) throws IOException {
		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", sample);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

	private String pdfText(long id, String sample) throws IOException {
		byte[] pdf = downloads.download("/api/evaluations/" + id + "/report.pdf", sample);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return compact(new PDFTextStripper().getText(document));
		}
	}

}
