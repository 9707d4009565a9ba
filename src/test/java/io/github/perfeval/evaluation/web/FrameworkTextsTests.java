package io.github.perfeval.evaluation.web;

import io.github.perfeval.support.ShippedFrameworks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the framework says of its judgment levels and inputs, on the pages: the editor's
 * level names, units and help texts, 在编人数 entered once (at 2.4.1) in the editor and the
 * Excel template, and a framework with another level table scoring and showing its own
 * levels.
 */
@PostgresIntegrationTest
class FrameworkTextsTests {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", TestUsers.ADMIN_PASSWORD);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fillers() {
		users.reset();
		removeImportedFrameworks();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
	}

	@AfterEach
	void noFrameworkLeftForOtherTests() {
		users.reset();
		removeImportedFrameworks();
	}

	private void removeImportedFrameworks() {
		ShippedFrameworks.removeOthers(jdbc);
	}

	@Test
	void theEditorShowsLevelNamesUnitsHelpAndTheSharedFieldOnce() {
		String editor = created(SeedCases.text(SeedCases.LUOHU));

		String page = page(editor, "zhangying");

		assertThat(page).containsOnlyOnce("name=\"in:2.4.1:staffOnPayroll\"")
			.doesNotContain("name=\"in:2.4.2:staffOnPayroll\"")
			.contains("同指标 2.4.1「财政供养人员控制率」，在该指标填写一次（现为 1194 人）");
		assertThat(page).contains("<span class=\"suffix\">人</span>", "<span class=\"suffix\">件</span>",
				"<span class=\"suffix\">项</span>", "<span class=\"suffix\">万元</span>");
		assertThat(page).contains("本年度使用劳务派遣人员数量（含直接聘用的编外人员）", "重点工作是指中央和省相关部门、市委、市政府、市人大交办或下达的工作任务。",
				"季度支出进度=季度末月份累计支出进度（即3、6、9、12月月末支出进度）");
		// 罗湖's 效果性 个性指标 of 5 points, on the framework's levels.
		assertThat(page).contains(
				"<option value=\"SIGNIFICANT\" selected=\"selected\">显著（权重分的 80%（含）至 100%（含），即 4–5 分）</option>",
				"<option value=\"CLEAR\">明显（权重分的 60%（含）至 80%，即 3–4 分）</option>",
				"<option value=\"GENERAL\">一般（权重分的 0%（含）至 60%，即 0–3 分）</option>");
	}

	@Test
	void theEditorSavesTheSharedInputOnceAndBothLeavesReadIt() {
		String editor = created(SeedCases.text(SeedCases.LUOHU));
		MultiValueMap<String, String> form = EditorFormParams
			.of(SeedCases.read(body(mvc.get().uri("/api" + editor).with(ADMIN).exchange().getResponse())));
		form.set("version", String.valueOf(jdbc.queryForObject("select version from evaluation", Long.class)));
		form.set("in:2.4.1:staffOnPayroll", "1300");
		form.set("in:2.4.2:nonPayrollStaff", "65");
		// A stale value a page could still send for the sharing leaf is not read.
		form.set("in:2.4.2:staffOnPayroll", "1");

		assertThat(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form)).hasStatus3xxRedirection();

		JsonNode document = SeedCases.read(body(mvc.get().uri("/api" + editor).with(ADMIN).exchange().getResponse()));
		assertThat(document.get("indicators").get("2.4.1").get("staffOnPayroll").asInt()).isEqualTo(1300);
		assertThat(document.get("indicators").get("2.4.2").has("staffOnPayroll")).isFalse();
		JsonNode sheet = SeedCases
			.read(body(mvc.get().uri("/api" + editor + "/sheet").with(ADMIN).exchange().getResponse()));
		// 65 ÷ (1300 + 65) = 4.76 % < 5 %: 1 (with 1194 it would be 5.16 %: 0.5).
		assertThat(leaf(sheet, "2.4.2").get("computed").decimalValue()).isEqualByComparingTo("1");
	}

	@Test
	void aValueGivenOnlyAtTheSharingLeafIsShownAndSavedAtTheHoldingLeaf() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("indicators").get("2.4.1")).remove("staffOnPayroll");
		String editor = created(SeedCases.json(document));

		assertThat(page(editor, "zhangying")).contains("name=\"in:2.4.1:staffOnPayroll\" value=\"1194\"");
		MultiValueMap<String, String> form = EditorFormParams
			.of(SeedCases.read(body(mvc.get().uri("/api" + editor).with(ADMIN).exchange().getResponse())));
		form.set("version", String.valueOf(jdbc.queryForObject("select version from evaluation", Long.class)));
		form.set("in:2.4.1:staffOnPayroll", "1194");
		assertThat(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form)).hasStatus3xxRedirection();

		JsonNode saved = SeedCases.read(body(mvc.get().uri("/api" + editor).with(ADMIN).exchange().getResponse()));
		assertThat(saved.get("indicators").get("2.4.1").get("staffOnPayroll").asInt()).isEqualTo(1194);
		// The copy the import brought agrees: it stays, and is no change.
		assertThat(saved.get("indicators").get("2.4.2").get("staffOnPayroll").asInt()).isEqualTo(1194);
	}

	@Test
	void theRecordShowsAChangedLevelByItsName() {
		String editor = created(SeedCases.text(SeedCases.LUOHU));
		MultiValueMap<String, String> form = EditorFormParams
			.of(SeedCases.read(body(mvc.get().uri("/api" + editor).with(ADMIN).exchange().getResponse())));
		form.set("version", String.valueOf(jdbc.queryForObject("select version from evaluation", Long.class)));
		form.set("in:3.3.2:band", "CLEAR");
		form.set("in:3.3.2:score", "3.5");

		assertThat(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form)).hasStatus3xxRedirection();

		assertThat(page(editor + "/history", "zhangying"))
			.contains("<td class=\"value\">显著</td>", "<td class=\"value\">明显</td>")
			.doesNotContain(">CLEAR<");
	}

	@Test
	void aDocumentWithTwoDifferentValuesOfTheSharedInputIsRefusedNamingBothLeaves() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("indicators").get("2.4.2")).put("staffOnPayroll", 1000);

		MockHttpServletResponse response = post("/api/evaluations", SeedCases.json(document));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(messages(SeedCases.read(body(response)).get("errors")))
			.contains("指标 2.4.2「编外人员控制率」的“在编人数（含工勤人员）”：与指标 2.4.1「财政供养人员控制率」的同一填报项取值不同（2.4.1 为 1194，此处为 1000）；"
					+ "该数据只在 2.4.1 填写一次，请删除此处的值或改为相同");

		// Given once, at 2.4.1, it scores both.
		((ObjectNode) document.get("indicators").get("2.4.2")).remove("staffOnPayroll");
		MockHttpServletResponse scored = post("/api/score", SeedCases.json(document));
		assertThat(scored.getStatus()).as(body(scored)).isEqualTo(200);
		JsonNode sheet = SeedCases.read(body(scored));
		assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("88.18");
		assertThat(leaf(sheet, "2.4.2").get("computed").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void theExcelTemplateAsksForTheSharedInputOnceWithUnitsAndHelp() throws IOException {
		String editor = created(SeedCases.text(SeedCases.LUOHU));
		MockHttpServletResponse response = mvc.get()
			.uri(editor + "/template.xlsx")
			.with(as("zhangying"))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet leaves = workbook.getSheet("指标原始数据");
			assertThat(row(leaves, "2.4.2:staffOnPayroll")).isNull();
			assertThat(hint(leaves, "2.4.1:staffOnPayroll")).isEqualTo("非负整数，单位：人\n此数同时用于指标 2.4.2 编外人员控制率，只在此填写一次");
			assertThat(hint(leaves, "2.4.2:nonPayrollStaff")).isEqualTo("非负整数，单位：人\n本年度使用劳务派遣人员数量（含直接聘用的编外人员）");
			assertThat(hint(leaves, "3.4.1:petitionsReceived")).isEqualTo("非负整数，单位：件");
			assertThat(hint(leaves, "3.2.1:q1")).startsWith("百分数（%）")
				.endsWith("\n季度支出进度=季度末月份累计支出进度（即3、6、9、12月月末支出进度）");
			assertThat(hint(leaves, "2.1.1:plannedAmount")).isEqualTo("金额（万元），不小于 0");
		}
	}

	@Test
	void aFrameworkWithAnotherLevelTableScoresAndShowsItsOwnLevels() {
		ObjectNode framework = (ObjectNode) SeedCases
			.read(body(mvc.get().uri("/api/frameworks/SZ-COMMON").with(ADMIN).exchange().getResponse()));
		framework.put("code", "SZ-LEVELS");
		framework.remove("version");
		ArrayNode levels = framework.putArray("judgmentLevels");
		levels.add(level("GOOD", "好", 80, true, 100, true));
		levels.add(level("FAIR", "较好", 50, true, 80, false));
		levels.add(level("POOR", "差", 0, true, 50, false));
		MockHttpServletResponse published = post("/api/frameworks", SeedCases.json(framework));
		assertThat(published.getStatus()).as(body(published)).isEqualTo(201);
		JsonNode exported = SeedCases
			.read(body(mvc.get().uri("/api/frameworks/SZ-LEVELS").with(ADMIN).exchange().getResponse()));
		assertThat(exported.get("judgmentLevels")).isEqualTo(levels);

		ObjectNode document = SeedCases.tree(SeedCases.HKU);
		document.put("framework", "SZ-LEVELS");
		MockHttpServletResponse refused = post("/api/score", SeedCases.json(document));
		assertThat(messages(SeedCases.read(body(refused)).get("errors")))
			.contains("指标 3.3.1「社会效益、经济效益、生态效益等」的“成效档次”：应为以下档次之一：好、较好、差");

		// 13 of 25 is 52 %: 较好 here (50 %–80 %), 一般 on SZ-COMMON.
		((ObjectNode) document.get("indicators").get("3.3.1")).put("band", "FAIR").put("score", 13);
		MockHttpServletResponse scored = post("/api/score", SeedCases.json(document));
		assertThat(scored.getStatus()).as(body(scored)).isEqualTo(200);
		assertThat(leaf(SeedCases.read(body(scored)), "3.3.1").get("computed").decimalValue())
			.isEqualByComparingTo("13");
		((ObjectNode) document.get("indicators").get("3.3.1")).put("score", 12);
		assertThat(messages(SeedCases.read(body(post("/api/score", SeedCases.json(document)))).get("errors")))
			.contains("指标 3.3.1「社会效益、经济效益、生态效益等」的“得分”：选择“较好”时得分应在 12.50 至 20.00 分之间");

		((ObjectNode) document.get("indicators").get("3.3.1")).put("score", 13);
		String editor = created(SeedCases.json(document));
		assertThat(page(editor, "hku-filler"))
			.contains("<option value=\"FAIR\" selected=\"selected\">较好（权重分的 50%（含）至 80%，即 12.5–20 分）</option>",
					"<option value=\"GOOD\">好（权重分的 80%（含）至 100%（含），即 20–25 分）</option>")
			.doesNotContain("显著");
	}

	private static ObjectNode level(String code, String name, int min, boolean minInclusive, int max,
			boolean maxInclusive) {
		ObjectNode level = SeedCases.tree(SeedCases.HKU).objectNode();
		level.put("code", code);
		level.put("name", name);
		level.put("min", min);
		level.put("minInclusive", minInclusive);
		level.put("max", max);
		level.put("maxInclusive", maxInclusive);
		return level;
	}

	private String created(String document) {
		MockHttpServletResponse response = post("/api/evaluations", document);
		assertThat(response.getStatus()).as(body(response)).isEqualTo(201);
		return response.getHeader("Location").replace("/api", "");
	}

	private String page(String editor, String username) {
		return body(mvc.get().uri(editor).with(as(username)).exchange().getResponse());
	}

	private MockHttpServletResponse post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private static JsonNode leaf(JsonNode sheet, String code) {
		for (JsonNode leaf : sheet.get("leaves")) {
			if (leaf.get("code").asString().equals(code)) {
				return leaf;
			}
		}
		throw new AssertionError("no leaf " + code + " in " + sheet);
	}

	private static List<String> messages(JsonNode errors) {
		List<String> messages = new ArrayList<>();
		errors.forEach(error -> messages.add(error.get("message").asString()));
		return messages;
	}

	private static Row row(Sheet sheet, String key) {
		for (Row row : sheet) {
			if (row.getRowNum() > RawDataWorkbook.HEADER_ROW && row.getCell(RawDataWorkbook.KEY) != null
					&& row.getCell(RawDataWorkbook.KEY).getStringCellValue().equals(key)) {
				return row;
			}
		}
		return null;
	}

	private static String hint(Sheet sheet, String key) {
		return row(sheet, key).getCell(RawDataWorkbook.HINT).getStringCellValue();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
