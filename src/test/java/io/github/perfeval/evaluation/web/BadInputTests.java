package io.github.perfeval.evaluation.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile and careless input (huge exponents, long texts, NUL, too many rows, an
 * inflating workbook, a wrong unit): each gets a Chinese message naming the field, what
 * was typed stays on the page, what was saved before is unchanged, and the home page and
 * the exports still answer.
 */
@PostgresIntegrationTest
class BadInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	io.github.perfeval.evaluation.SnapshotRefresh snapshotRefresh;

	long id;

	String editor;

	@BeforeEach
	void luohuImportedByItsFiller() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		MockHttpServletResponse response = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.LUOHU))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		editor = response.getHeader("Location").replace("/api", "");
		id = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
	}

	// ---- A: numbers out of bounds

	@Test
	void aHugeExponentInTheApiIsRefusedAtOnceNamingTheField() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("indicators").get("2.1.1")).put("plannedAmount", new BigDecimal("1e10000000"));
		((ObjectNode) document.get("units").get(0)).put("finalAccounts", new BigDecimal("1e999999999"));

		MockHttpServletResponse response = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> api("/api/score", SeedCases.json(document)));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(body(response)).contains("指标 2.1.1「政府采购执行情况」的“采购计划金额”：数值过大：整数部分不能超过 12 位",
				"“决算数（第 1 行）”：数值过大：整数部分不能超过 12 位");
	}

	@Test
	void aHugeNumberStoredBeforeTheBoundsIsShownInvalidAndNoPageFails() {
		jdbc.update("update leaf_entry set inputs = ? where code = '2.1.1'",
				"{\"plannedAmount\": 1E+999999999, \"actualAmount\": 3418.63}");
		jdbc.update("update budget_unit set final_accounts = 1e100 where position = 0");
		// Stored before the snapshots too: scored as the start-up after them scores it.
		jdbc.update("delete from score_snapshot");
		snapshotRefresh.refreshStale();

		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			assertThat(page(mvc.get().uri("/").with(as("zhangying")))).contains("深圳市罗湖区卫生健康局", "1 项指标待填报");
			assertThat(page(mvc.get().uri("/").with(as("admin")))).contains("深圳市罗湖区卫生健康局");
			assertThat(page(mvc.get().uri(editor).with(as("zhangying")))).contains("value=\"1E+999999999\"",
					"数值过大：整数部分不能超过 12 位");
			for (String file : new String[] { "sheet.pdf", "sheet.xlsx", "report.pdf", "report.docx" }) {
				MockHttpServletResponse export = mvc.get()
					.uri("/api/evaluations/{id}/" + file, id)
					.with(httpBasic("zhangying", TestUsers.PASSWORD))
					.exchange()
					.getResponse();
				assertThat(export.getStatus()).as(file).isEqualTo(200);
				assertThat(export.getContentAsByteArray()).as(file).hasSizeGreaterThan(1000);
			}
			assertThat(page(mvc.get().uri(editor + "/sheet").with(as("zhangying")))).contains("评分表");
		});
	}

	@Test
	void aNumberTypedWithTooManyDigitsOrAnExponentIsMarkedAndTheRestIsSaved() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:plannedAmount", "99999999999999");
		form.set("in:2.1.1:actualAmount", "1e999999999");
		form.set("in:2.3.2:assetsInUse", "1234");

		assertThat(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form)).flash()
			.containsEntry("warning", "草稿已保存，但有 2 处填写有误：错误的值按原样保存并已标出，请按下面的列表逐项修改。");
		String page = page(mvc.get().uri(editor).with(as("zhangying")));

		assertThat(page).contains("value=\"99999999999999\"", "数值过大：整数部分不能超过 12 位", "value=\"1e999999999\"", "应为数字");
		assertThat(leafInput("2.3.2", "assetsInUse")).isEqualTo("1234");
		assertThat(page(mvc.get().uri("/").with(as("zhangying")))).contains("深圳市罗湖区卫生健康局");
	}

	// ---- B: sizes

	@Test
	void aRequestBodyOverTheLimitIsRefusedBeforeItIsRead() {
		String huge = "{\"texts\": {\"plans\": \"" + "长".repeat(1_100_000) + "\"}}";

		MockHttpServletResponse response = api("/api/score", huge);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(body(response)).contains("内容超过 2 MB 的上限，未处理");
	}

	@Test
	void tooManyUnitsAreRefusedWithTheLimitBeforeAnyScoring() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		ArrayNode units = (ArrayNode) document.get("units");
		for (int i = 0; i < 5000; i++) {
			units.addObject().put("name", "单位" + i).put("finalAccounts", 1);
		}

		MockHttpServletResponse response = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> api("/api/evaluations", SeedCases.json(document)));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(body(response)).contains("“表 1-1 单位”：最多 200 项（行）");
	}

	@Test
	void aWorkbookThatInflatesFarBeyondItsSizeIsRefusedBeforePoiReadsIt() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 40; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		assertThat(zip.size()).isLessThan(1024 * 1024);

		MvcTestResult result = mvc.post()
			.uri("/evaluations/{id}/template.xlsx", id)
			.multipart()
			.file(new MockMultipartFile("file", "bomb.xlsx", RawDataWorkbookController.XLSX.toString(),
					zip.toByteArray()))
			.param("version", String.valueOf(version()))
			.with(as("zhangying"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(413);
		assertThat(page(result)).contains("这份文件解压后超过 20 MB");
	}

	@Test
	void theImportPageRefusesAFileOverTheLimitAndADocumentWithANul() {
		MvcTestResult large = importFile(new byte[2 * 1024 * 1024 + 1]);
		assertThat(large).hasStatus3xxRedirection();
		assertThat(large).flash().containsEntry("error", "内容超过 2 MB 的上限，未处理");

		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("year", 2023);
		((ObjectNode) document.get("texts")).put("plans", "后续\u0000计划");
		((ObjectNode) document.get("signatories")).put("phone", "0".repeat(51));
		MvcTestResult refused = importFile(SeedCases.json(document).getBytes(StandardCharsets.UTF_8));
		assertThat(refused).flash()
			.extractingByKey("importErrors")
			.asString()
			.contains("“后续工作计划、相关建议等”：含有不可见的控制字符", "“联系电话”：不能超过 50 个字");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(1);
	}

	@Test
	void moreUnitsThanAllowedTypedInTheEditorAreRefusedAndTheStoredTableKept() {
		MultiValueMap<String, String> form = form();
		for (int i = 0; i < 300; i++) {
			form.set("unit:" + i + ":name", "单位" + i);
			form.set("unit:" + i + ":finalAccounts", "1");
		}

		String page = page(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form));

		assertThat(page).contains("最多 200 项（行）", "value=\"单位200\"").doesNotContain("value=\"单位201\"");
		assertThat(jdbc.queryForObject("select count(*) from budget_unit", Long.class)).isEqualTo(5);
	}

	private MvcTestResult importFile(byte[] content) {
		return mvc.post()
			.uri("/evaluations/import")
			.multipart()
			.file(new MockMultipartFile("file", "doc.json", MediaType.APPLICATION_JSON_VALUE, content))
			.with(as("zhangying"))
			.with(csrf())
			.exchange();
	}

	// ---- C: texts and their limits, typed input kept

	@Test
	void textsOverTheirLimitOrWithNulAreMarkedKeptOnThePageAndNotStored() {
		MultiValueMap<String, String> form = form();
		String longName = "某".repeat(201);
		form.set("unit:0:name", longName);
		form.set("sig:filledBy", "张".repeat(101));
		form.set("sig:phone", "1".repeat(51));
		form.set("text:plans", "继续推进\u0000");
		form.set("text:experience", "经".repeat(20_001));
		form.set("in:2.1.1:actualAmount", "4000");
		String storedName = jdbc.queryForObject("select name from budget_unit where position = 0", String.class);
		String storedPlans = jdbc.queryForObject("select body from report_text where section = 'plans'", String.class);

		String page = page(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form));

		assertThat(page).contains("下面标出的内容未能保存", "value=\"" + longName + "\"", "不能超过 200 个字", "不能超过 100 个字",
				"不能超过 50 个字", "含有不可见的控制字符", "不能超过 20000 个字");
		assertThat(page).contains("<a href=\"#sig-filledBy\">填报人：不能超过 100 个字</a>",
				"<a href=\"#unit-0-name\">表 1-1 第 1 行单位名称：不能超过 200 个字</a>",
				"<a href=\"#text-plans\">（三）后续工作计划、相关建议等：含有不可见的控制字符（如 NUL），请删除后再保存</a>");
		assertThat(jdbc.queryForObject("select name from budget_unit where position = 0", String.class))
			.isEqualTo(storedName);
		assertThat(jdbc.queryForObject("select body from report_text where section = 'plans'", String.class))
			.isEqualTo(storedPlans);
		assertThat(jdbc.queryForObject("select filled_by from evaluation", String.class)).isNotEqualTo("张".repeat(101));
		assertThat(leafInput("2.1.1", "actualAmount")).as("the valid rest is saved").isEqualTo("4000");
	}

	@Test
	void aVersionThatIsNotANumberIsAConflictNotAFailure() {
		MultiValueMap<String, String> form = form();
		form.set("version", "abc");
		form.set("in:2.1.1:actualAmount", "4000");

		String page = page(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form));

		assertThat(page).contains("他人已修改并保存了这份自评", "value=\"4000\"");
		assertThat(leafInput("2.1.1", "actualAmount")).isEqualTo("3418.63");
		MvcTestResult submit = mvc.post()
			.uri(editor + "/submit")
			.with(as("zhangying"))
			.with(csrf())
			.param("version", "abc")
			.exchange();
		assertThat(submit).hasStatus3xxRedirection();
		assertThat(submit).flash().containsKey("error");
	}

	@Test
	void aDecimalOrOutOfRangeYearOrAnUnknownDepartmentIsRefusedOnTheHomePage() {
		long department = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();

		String decimal = page(mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "2006.7"));
		assertThat(decimal).contains("年度应为 2000 至 2100 之间的整数", "value=\"2006.7\"");

		assertThat(page(mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "1999"))).contains("年度应为 2000 至 2100 之间的整数", "value=\"1999\"");

		assertThat(page(mvc.post()
			.uri("/evaluations")
			.with(as("admin"))
			.with(csrf())
			.param("departmentId", "987654")
			.param("year", "2023"))).contains("没有这个部门");

		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("year", new BigDecimal("2006.7"));
		MockHttpServletResponse api = api("/api/score", SeedCases.json(document));
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(body(api)).contains("“年度”（year）的值无法识别或格式不对");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(1);
	}

	@Test
	void aYearAfterTheCurrentOneNeedsAnExplicitConfirmation() {
		long department = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();
		String next = String.valueOf(Year.now().getValue() + 1);

		String asked = page(mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", next));
		assertThat(asked).contains(next + " 年度晚于今年", "确认新建晚于今年的年度", "value=\"" + next + "\"");
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(1);

		assertThat(mvc.post()
			.uri("/evaluations")
			.with(as("zhangying"))
			.with(csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", next)
			.param("confirmFutureYear", "true")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(2);

		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.remove("overrides");
		document.put("year", Year.now().getValue() + 2);
		MockHttpServletResponse refused = api("/api/evaluations", SeedCases.json(document));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(body(refused)).contains("晚于今年", "confirmFutureYear=true");
		assertThat(api("/api/evaluations?confirmFutureYear=true", SeedCases.json(document)).getStatus()).isEqualTo(201);
	}

	@Test
	void anOverrideReasonLongerThanAnExcelCellStillExports() throws IOException {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("overrides").get("3.4.2")).put("reason", "理".repeat(40_000));
		MockHttpServletResponse refused = api("/api/score", SeedCases.json(document));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(body(refused)).contains("3.4.2", "不能超过 5000 个字");

		jdbc.update("update score_override set reason = ? where code = '3.4.2'", "理".repeat(40_000));
		MockHttpServletResponse xlsx = mvc.get()
			.uri("/api/evaluations/{id}/sheet.xlsx", id)
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.exchange()
			.getResponse();
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			int longest = 0;
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						longest = Math.max(longest, cell.getStringCellValue().length());
					}
				}
			}
			assertThat(longest).isEqualTo(32_767);
		}
	}

	// ---- 7: units typed after a number

	@Test
	void anotherMoneyUnitIsConvertedAndSaidAndAForeignUnitIsRefused() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:plannedAmount", "5000元");
		form.set("in:2.1.1:actualAmount", "0.3万元");

		MvcTestResult saved = mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form).exchange();

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("notice", "已保存。");
		assertThat(String.valueOf(saved.getMvcResult().getFlashMap().get("conversions")))
			.contains("已换算：5000元 → 0.5 万元");
		assertThat(leafInput("2.1.1", "plannedAmount")).isEqualTo("0.5");
		assertThat(leafInput("2.1.1", "actualAmount")).isEqualTo("0.3");

		form.set("version", String.valueOf(version()));
		form.set("in:2.1.1:plannedAmount", "95%");
		String fragment = page(mvc.post().uri(editor + "/preview").with(as("zhangying")).with(csrf()).params(form));
		assertThat(fragment).contains("单位“%”与本项的单位“万元”不符");
		form.set("in:2.1.1:plannedAmount", "5000元");
		assertThat(page(mvc.post().uri(editor + "/preview").with(as("zhangying")).with(csrf()).params(form)))
			.contains("id=\"note-i-2-1-1-plannedAmount\" hx-swap-oob=\"true\">已换算：5000元 → 0.5 万元<");
	}

	@Test
	void onAChecklistOnlyTheWrongItemIsMarked() {
		MultiValueMap<String, String> form = form();
		form.set("in:1.2.2:items:2", "99");

		page(mvc.post().uri(editor).with(as("zhangying")).with(csrf()).params(form));
		String page = page(mvc.get().uri(editor).with(as("zhangying")));

		assertThat(page).containsOnlyOnce("item-invalid").contains("第 3 项得分应在 0 至");
	}

	// ---- 10: unknown addresses

	@Test
	void anUnknownAddressIsARealNotFoundPage() {
		MvcTestResult result = mvc.get().uri("/no-such-page").with(as("zhangying")).exchange();

		assertThat(result).hasStatus(404);
		assertThat(page(result)).contains("页面不存在").doesNotContain("没有这份自评");
		assertThat(page(mvc.get().uri("/evaluations/987654").with(as("zhangying")))).contains("没有这份自评");
	}

	@Test
	void submittingAsksForConfirmationSayingWhatFollows() {
		assertThat(page(mvc.get().uri(editor).with(as("zhangying"))))
			.contains("data-confirm=\"提交后这份自评将交审核人审核，在退回之前您不能再修改。确定提交吗？\"");
	}

	private MultiValueMap<String, String> form() {
		MultiValueMap<String, String> form = EditorFormParams.of(SeedCases.read(body(mvc.get()
			.uri("/api" + editor)
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.exchange()
			.getResponse())));
		form.set("version", String.valueOf(version()));
		return form;
	}

	private MockHttpServletResponse api(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	private String leafInput(String code, String field) {
		String inputs = jdbc.queryForObject("select inputs from leaf_entry where evaluation_id = ? and code = ?",
				String.class, id, code);
		JsonNode value = SeedCases.read(inputs).get(field);
		return value == null ? null : value.asString();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private String page(MockMvcTester.MockMvcRequestBuilder request) {
		return page(request.exchange());
	}

	private static String page(MvcTestResult result) {
		return body(result.getResponse());
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
