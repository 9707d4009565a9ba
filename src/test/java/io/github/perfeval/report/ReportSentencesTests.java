package io.github.perfeval.report;

import io.github.perfeval.support.ShippedFrameworks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The report's sentences about figures come from the framework: the shipped SZ-COMMON
 * sentences print the seeds' figures, a framework with other sentences prints those, and
 * a sentence whose figures are missing is left out.
 */
@PostgresIntegrationTest
class ReportSentencesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	ReportDownloads downloads;

	@BeforeEach
	void emptyDatabase() {
		users.reset();
		ShippedFrameworks.removeOthers(jdbc);
		downloads = new ReportDownloads(mvc);
	}

	@AfterEach
	void noFrameworkLeft() {
		users.reset();
		ShippedFrameworks.removeOthers(jdbc);
	}

	@Test
	void theShippedSentencesStateTheLuohuFiguresInTheirSections() throws IOException {
		List<String> paragraphs = paragraphs(downloads.importDocument(SeedCases.text(SeedCases.LUOHU)));

		assertThat(paragraphs).containsSubsequence("（四）2024 年部门预算执行情况",
				"2024 年，我局采购指标资金 13,966.91 万元，实际支出 3,418.63 万元，采购执行率 24.48%。",
				"我局核定编制数 1,626 人，年末实有在编人数 1,194 人，编外人员 4,313 人。", "（三）部门履职绩效情况",
				"2024 年，我局日常公用经费全年预算数 224,115.17 万元，实际支出 177,962.44 万元，执行率 79.41%；“三公”经费全年预算数 82.49 万元，实际支出 69.05 万元，执行率 83.71%。",
				"我局全年预算执行率为 87.62%，第一至第三季度的部门预算执行率分别为 44.72%、58.18%、88.53%。",
				"我局计划完成项目 177 个，按计划时间完成 144 个，完成率 81.36%。", "我局受理群众信访 335 件，办理回复 335 件，按时办理回复 335 件。",
				"（二）部门整体支出绩效存在问题及改进措施", "2. 政府采购执行情况",
				"存在问题：政府采购执行率为 24.48%（采购计划 13,966.91 万元，实际采购 3,418.63 万元）。评分项中，“政府采购政策功能的执行和落实情况”（1 分）得 0.25 分。根据评分标准，该指标总分 2 分，实际得分 0.49 分。",
				"3. 编外人员控制率");
		assertThat(String.join("\n", paragraphs)).as("罗湖 gives no satisfaction figure").doesNotContain("公众或服务对象满意度为");
	}

	@Test
	void theShippedSentencesStateTheHkuFigures() throws IOException {
		List<String> paragraphs = paragraphs(downloads.importDocument(SeedCases.text(SeedCases.HKU)));

		assertThat(paragraphs).containsSubsequence("2021 年，香港大学深圳医院采购指标资金 7,970.00 万元，实际支出 7,171.00 万元，采购执行率 89.97%。",
				"公众或服务对象满意度为 95.10%。", "1. 政府采购执行情况");
		assertThat(String.join("\n", paragraphs)).doesNotContain("核定编制数");
	}

	@Test
	void aFrameworkWithOtherSentencesPrintsThoseAndLeavesOutTheOnesItHasNot() throws IOException {
		ObjectNode framework = (ObjectNode) SeedCases
			.read(downloads.get("/api/frameworks/SZ-COMMON").getContentAsString());
		framework.put("code", "SZ-SENTENCES");
		framework.remove("version");
		ArrayNode procurement = leaf(framework, "2.1.1").putArray("report");
		procurement.addObject().put("section", "execution").put("text", "{year} 年政府采购完成 {actualAmount/plannedAmount}。");
		leaf(framework, "3.4.1").remove("report");
		leaf(framework, "3.2.3").putArray("report")
			.addObject()
			.put("section", "analysis")
			.put("text", "项目完成及时性分值 {weight} 分，完成率 {projectsOnTime/plannedProjects}，另有 {2.2.1:items}。");
		leaf(framework, "3.2.1").putArray("report")
			.addObject()
			.put("section", "analysis")
			.put("text", "四季度累计 {q4}，不计 {q1+q2/q3}。")
			.putArray("nonZero")
			.add("q1");
		assertThat(post("/api/frameworks", framework.toString()).getStatus()).isEqualTo(201);
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("framework", "SZ-SENTENCES");

		String text = String.join("\n", paragraphs(downloads.importDocument(document.toString())));

		assertThat(text).contains("2024 年政府采购完成 24.48%。", "四季度累计 87.62%，不计 116.23%。")
			.doesNotContain("采购指标资金", "受理群众信访", "项目完成及时性分值");
	}

	private List<String> paragraphs(long id) throws IOException {
		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "sentences-" + id + ".docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

	private MockHttpServletResponse post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private static ObjectNode leaf(JsonNode nodes, String code) {
		for (JsonNode node : nodes.has("indicators") ? nodes.get("indicators") : nodes) {
			if (node.get("code").asString().equals(code)) {
				return (ObjectNode) node;
			}
			if (node.has("children")) {
				ObjectNode found = leaf(node.get("children"), code);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
