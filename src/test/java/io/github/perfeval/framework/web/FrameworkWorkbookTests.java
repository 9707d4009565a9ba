package io.github.perfeval.framework.web;

import io.github.perfeval.support.ShippedFrameworks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * 指标体系 as Excel on a real PostgreSQL: the export read back with POI (sheets, headers, a
 * leaf's row, merged cells), the round trip (export, import as a new code, the seed
 * scored to the same sheet), workbooks that repeat their 一级 and 二级 cells, and every
 * refusal with its Chinese message naming sheet, row and column, nothing stored.
 */
@PostgresIntegrationTest
class FrameworkWorkbookTests {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", TestUsers.ADMIN_PASSWORD);

	private static final RequestPostProcessor FILLER = httpBasic("fwx-filler", TestUsers.PASSWORD);

	private static final String[] HEADERS = { "一级指标代码", "一级指标", "二级指标代码", "二级指标", "三级指标代码", "三级指标", "分值", "指标说明",
			"评分标准", "录入项", "评分规则", "其他设置" };

	private static final int LEAF_CODE = 4;

	private static final int LEAF_NAME = 5;

	private static final int WEIGHT = 6;

	private static final int RULE = 10;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void onlyTheShippedFramework() {
		users.reset();
		removeImportedFrameworks();
		users.filler("fwx-filler", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
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
	void theExportHasOneRowPerLeafWithItsLevelsTextsAndRuleAndTheFrameworksSettings() throws IOException {
		MockHttpServletResponse response = get("/api/frameworks/SZ-COMMON/workbook", FILLER);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(FrameworkWorkbookController.XLSX);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''" + java.net.URLEncoder
				.encode("深圳市部门整体支出绩效评价共性指标体系框架-SZ-COMMON-第1版-指标体系.xlsx", StandardCharsets.UTF_8)
				.replace("+", "%20"));
		byte[] bytes = response.getContentAsByteArray();
		Path samples = Path.of("target", "report-samples");
		Files.createDirectories(samples);
		Files.write(samples.resolve("SZ-COMMON-指标体系.xlsx"), bytes);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Files.writeString(samples.resolve("SZ-COMMON-指标体系.txt"), dump(workbook));
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("指标体系", "基本信息", "评分等级", "填写说明");

			XSSFSheet indicators = workbook.getSheet("指标体系");
			assertThat(cells(indicators.getRow(0))).containsExactly(HEADERS);
			XSSFCell header = indicators.getRow(0).getCell(0);
			assertThat(header.getCellStyle().getFont().getBold()).isTrue();
			assertThat(header.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
			assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
			assertThat(indicators.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(indicators.getColumnWidth(8)).isGreaterThan(indicators.getColumnWidth(0));
			assertThat(indicators.getLastRowNum()).isEqualTo(21);

			List<String> first = cells(indicators.getRow(1));
			assertThat(first.subList(0, 7)).containsExactly("1", "部门决策", "1.1", "预算编制", "1.1.1", "预算编制合理性", "5");
			assertThat(first.get(7)).startsWith("部门（单位）预算的合理性");
			assertThat(first.get(8)).startsWith("1.部门预算编制、分配符合本部门职责");
			assertThat(SeedCases.read(first.get(9)).get("items").asString()).isEqualTo("评分项得分");
			JsonNode rule = SeedCases.read(first.get(10));
			assertThat(rule.get(0).get("kind").asString()).isEqualTo("checklist");
			assertThat(rule.get(0).get("items")).hasSize(5);
			assertThat(indicators.getRow(1).getCell(WEIGHT).getNumericCellValue()).isEqualTo(5.0);
			assertThat(indicators.getRow(1).getCell(8).getCellStyle().getWrapText()).isTrue();
			// 部门决策 over its four leaves, 预算编制 over its two.
			assertThat(indicators.getMergedRegions()).contains(new CellRangeAddress(1, 4, 0, 0),
					new CellRangeAddress(1, 4, 1, 1), new CellRangeAddress(1, 2, 2, 2),
					new CellRangeAddress(1, 2, 3, 3));
			assertThat(cells(indicators.getRow(21)).subList(4, 7)).containsExactly("3.4.2", "公众或服务对象满意度", "6");

			XSSFSheet settings = workbook.getSheet("基本信息");
			assertThat(cells(settings.getRow(0))).containsExactly("项目", "字段", "内容");
			assertThat(cells(settings.getRow(1))).containsExactly("指标体系代码", "code", "SZ-COMMON");
			assertThat(cells(settings.getRow(2))).containsExactly("版本号", "version", "1");
			assertThat(cells(settings.getRow(3))).containsExactly("指标体系名称", "name", "深圳市部门整体支出绩效评价共性指标体系框架");
			assertThat(cells(settings.getRow(4))).containsExactly("适用地区", "region", "深圳市");
			assertThat(cells(workbook.getSheet("评分等级").getRow(0))).containsExactly("等级", "最低得分");
			assertThat(cells(workbook.getSheet("评分等级").getRow(2))).containsExactly("良", "80");
			assertThat(cells(workbook.getSheet("填写说明").getRow(5)).get(0)).contains("checklist、flag");
		}
		assertThat(get("/api/frameworks/SZ-COMMON/versions/1/workbook", FILLER).getStatus()).isEqualTo(200);
		MockHttpServletResponse missing = get("/api/frameworks/SZ-COMMON/versions/7/workbook", FILLER);
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(body(missing)).contains("指标体系“SZ-COMMON”没有第 7 版");
		assertThat(body(get("/api/frameworks/NO-SUCH/workbook", FILLER))).contains("没有指标体系“NO-SUCH”");
	}

	@Test
	void anExportImportedAsANewCodeScoresTheSeedToTheSameSheet() {
		byte[] workbook = edit(exported(), book -> {
			setting(book, "code", "SZ-XLSX");
			setting(book, "name", "深圳市共性指标体系（Excel 副本）");
		});

		MockHttpServletResponse created = upload(workbook, ADMIN).getResponse();

		assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
		assertThat(created.getHeader("Location")).isEqualTo("/api/frameworks/SZ-XLSX/versions/1");
		assertThat(read(created).get("name").asString()).isEqualTo("深圳市共性指标体系（Excel 副本）");
		assertSameSheet("SZ-XLSX");
		assertSameDocument("SZ-XLSX");
	}

	@Test
	void aWorkbookThatRepeatsItsLevelsOnEveryRowInsteadOfMergingIsReadTheSame() {
		byte[] workbook = edit(exported(), book -> {
			setting(book, "code", "SZ-REPEATED");
			Sheet sheet = book.getSheet("指标体系");
			List<CellRangeAddress> merged = new ArrayList<>(sheet.getMergedRegions());
			for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
				sheet.removeMergedRegion(i);
			}
			for (CellRangeAddress region : merged) {
				String value = text(sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn()));
				for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
					sheet.getRow(r).getCell(region.getFirstColumn()).setCellValue(value);
				}
			}
			// The version is the next one of the new code, or left out.
			setting(book, "version", "");
		});

		MockHttpServletResponse created = upload(workbook, ADMIN).getResponse();

		assertThat(created.getStatus()).as(body(created)).isEqualTo(201);
		assertSameSheet("SZ-REPEATED");
		assertSameDocument("SZ-REPEATED");
	}

	@Test
	void aBadWorkbookIsRefusedWithEveryProblemBySheetRowAndColumnAndNothingIsStored() {
		byte[] workbook = edit(exported(), book -> {
			setting(book, "code", "SZ-BAD");
			setting(book, "name", "");
			Sheet sheet = book.getSheet("指标体系");
			leafRow(sheet, "1.1.2").getCell(WEIGHT).setCellValue("abc");
			Cell rule = leafRow(sheet, "2.1.1").getCell(RULE);
			rule.setCellValue(text(rule).substring(0, 30));
			Cell kind = leafRow(sheet, "2.2.1").getCell(RULE);
			kind.setCellValue(text(kind).replace(
					"\"kind\":\"" + SeedCases.read(text(kind)).get(0).get("kind").asString(), "\"kind\":\"lottery"));
			leafRow(sheet, "2.3.2").getCell(LEAF_NAME).setBlank();
		});

		MockHttpServletResponse response = upload(workbook, ADMIN).getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode errors = read(response).get("errors");
		assertThat(messages(errors)).containsExactlyInAnyOrder("基本信息 第 4 行（指标体系名称）「内容」：必须填写",
				"指标体系 第 3 行「分值」：须为 0 到 100 之间、最多两位小数的数", "指标体系 第 6 行「评分规则」：不是有效的 JSON（文字第 1 行第 31 个字符附近），请检查英文引号、括号和逗号",
				"指标体系 第 9 行「评分规则」：第 1 部分的评分方式“lottery”不存在，应为以下之一："
						+ "checklist、flag、deduction、ratio、bands、choice、excessDeduction、schedule、manual、judgment、veto、coefficient",
				"指标体系 第 12 行「三级指标」：必须填写");
		JsonNode weight = error(errors, "第 3 行「分值」");
		assertThat(weight.get("sheet").asString()).isEqualTo("指标体系");
		assertThat(weight.get("row").asInt()).isEqualTo(3);
		assertThat(weight.get("column").asString()).isEqualTo("分值");
		assertThat(error(errors, "第 12 行").get("indicator").asString()).isEqualTo("2.3.2");
		assertThat(error(errors, "第 12 行").get("field").asString()).isEqualTo("name");
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void groupTextsTravelOnASheetOfTheirOwnAndSettingsNoDocumentHasAreRefusedAtTheirCell() {
		ObjectNode document = (ObjectNode) read(get("/api/frameworks/SZ-COMMON", ADMIN));
		document.put("code", "SZ-GROUPS");
		document.remove("version");
		ObjectNode decision = (ObjectNode) document.get("indicators").get(0);
		decision.put("description", "部门决策的说明");
		((ObjectNode) decision.get("children").get(1)).put("criteria", "目标设置的评分标准");
		assertThat(post("/api/frameworks", SeedCases.json(document), ADMIN).getStatus()).isEqualTo(201);

		MockHttpServletResponse response = get("/api/frameworks/SZ-GROUPS/workbook", ADMIN);
		byte[] workbook = edit(response.getContentAsByteArray(), book -> {
			Sheet groups = book.getSheet("上级指标说明");
			assertThat(cells(groups.getRow(0))).containsExactly("指标代码", "指标名称", "指标说明", "评分标准", "其他设置");
			assertThat(cells(groups.getRow(1)).subList(0, 3)).containsExactly("1", "部门决策", "部门决策的说明");
			assertThat(cells(groups.getRow(2)).subList(0, 4)).containsExactly("1.2", "目标设置", "", "目标设置的评分标准");
			setting(book, "code", "SZ-GROUPS2");
		});
		assertThat(upload(workbook, ADMIN).getResponse().getStatus()).isEqualTo(201);
		ObjectNode copy = (ObjectNode) read(get("/api/frameworks/SZ-GROUPS2", ADMIN));
		copy.put("code", "SZ-GROUPS");
		assertThat(normalized(copy)).isEqualTo(normalized(read(get("/api/frameworks/SZ-GROUPS", ADMIN))));

		byte[] unknown = edit(exported(), book -> {
			setting(book, "code", "SZ-UNKNOWN");
			leafRow(book.getSheet("指标体系"), "1.1.1").createCell(11).setCellValue("{\"lottery\": 1}");
		});
		assertThat(messages(read(upload(unknown, ADMIN).getResponse()).get("errors")))
			.containsExactly("指标体系 第 2 行「其他设置」：无法识别：不是指标体系的设置，或内容的类型不对");
		byte[] notAnObject = edit(exported(), book -> {
			setting(book, "code", "SZ-UNKNOWN");
			leafRow(book.getSheet("指标体系"), "1.1.1").createCell(11).setCellValue("[1]");
			leafRow(book.getSheet("指标体系"), "1.1.2").getCell(LEAF_CODE).setCellValue("1.1.1");
		});
		assertThat(messages(read(upload(notAnObject, ADMIN).getResponse()).get("errors"))).containsExactlyInAnyOrder(
				"指标体系 第 2 行「其他设置」：须为 JSON 对象（以左花括号开头，每项写成 \"名称\": 值）",
				"指标体系 第 3 行「三级指标代码」：指标代码重复（「预算编制规范性」也用了这个代码），每个指标的代码须唯一");
		assertThat(frameworks()).isEqualTo(3);
	}

	@Test
	void weightsThatDoNotAddUpTo100AreRefusedSayingByHowMuch() {
		byte[] workbook = edit(exported(), book -> {
			setting(book, "code", "SZ-99");
			leafRow(book.getSheet("指标体系"), "3.3.1").getCell(WEIGHT).setCellValue(24);
		});

		JsonNode errors = read(upload(workbook, ADMIN).getResponse()).get("errors");

		assertThat(messages(errors)).containsExactly("指标体系「分值」：各项指标分值合计 99.00，应为 100，相差 1.00");
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void aFileThatIsNotAWorkbookOrTooLargeOrMissingIsRefusedInChinese() {
		assertThat(messages(
				read(upload("code,name\n1,部门决策".getBytes(StandardCharsets.UTF_8), ADMIN).getResponse()).get("errors")))
			.containsExactly("不是 Excel 工作簿（.xlsx），请上传从本系统下载的指标体系 Excel 或按其格式填写的文件");
		MockHttpServletResponse tooLarge = upload(new byte[3 * 1024 * 1024], ADMIN).getResponse();
		assertThat(tooLarge.getStatus()).isEqualTo(400);
		assertThat(messages(read(tooLarge).get("errors"))).containsExactly("文件过大（3 MB），最大 2 MB");
		assertThat(messages(read(upload(new byte[0], ADMIN).getResponse()).get("errors")))
			.containsExactly("请选择要导入的 Excel 文件（.xlsx）");
		byte[] other = edit(exported(), book -> book.setSheetName(0, "Sheet1"));
		assertThat(messages(read(upload(other, ADMIN).getResponse()).get("errors")))
			.containsExactly("缺少工作表「指标体系」，请使用从本系统下载的指标体系 Excel 的格式");
		assertThat(upload(exported(), FILLER).getResponse().getStatus()).isEqualTo(403);
		assertThat(frameworks()).isEqualTo(1);
	}

	@Test
	void thePageListsTheFrameworksToDownloadAndImportsOrListsTheProblems() throws Exception {
		String page = mvc.get()
			.uri("/admin/frameworks/workbook")
			.with(adminPage())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("指标体系 Excel", "SZ-COMMON", "/api/frameworks/SZ-COMMON/workbook", "下载最新版 Excel",
				"enctype=\"multipart/form-data\"");

		byte[] bad = edit(exported(), book -> {
			setting(book, "code", "SZ-PAGE");
			leafRow(book.getSheet("指标体系"), "1.1.2").getCell(WEIGHT).setCellValue("abc");
		});
		MvcTestResult refused = mvc.post()
			.uri("/admin/frameworks/workbook")
			.multipart()
			.file(new MockMultipartFile("file", "指标体系.xlsx", FrameworkWorkbookController.XLSX, bad))
			.with(adminPage())
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("未导入，请修改以下问题后重新导入", "指标体系 第 3 行「分值」：须为 0 到 100 之间、最多两位小数的数");
		assertThat(mvc.post()
			.uri("/admin/frameworks/workbook")
			.multipart()
			.file(new MockMultipartFile("file", "x.xlsx", FrameworkWorkbookController.XLSX, new byte[] { 1, 2, 3 }))
			.with(adminPage())
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("不是 Excel 工作簿（.xlsx）");

		byte[] good = edit(exported(), book -> setting(book, "code", "SZ-PAGE"));
		MvcTestResult stored = mvc.post()
			.uri("/admin/frameworks/workbook")
			.multipart()
			.file(new MockMultipartFile("file", "指标体系.xlsx", FrameworkWorkbookController.XLSX, good))
			.with(adminPage())
			.with(csrf())
			.exchange();
		assertThat(stored).hasStatus3xxRedirection().hasRedirectedUrl("/admin/frameworks/workbook");
		assertThat(stored.getMvcResult().getFlashMap().get("notice")).isEqualTo("framework.workbook.imported");
		assertThat(frameworks()).isEqualTo(2);
	}

	private RequestPostProcessor adminPage() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(accounts.loadUserByUsername("admin"));
	}

	private void assertSameSheet(String code) {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		JsonNode onCommon = read(post("/api/score", SeedCases.json(document), ADMIN));
		document.put("framework", code);
		MockHttpServletResponse scored = post("/api/score", SeedCases.json(document), ADMIN);
		assertThat(scored.getStatus()).as(body(scored)).isEqualTo(200);
		JsonNode onCopy = read(scored);
		assertThat(onCopy.get("total").decimalValue()).isEqualByComparingTo("88.18");
		assertThat(onCopy.get("total")).isEqualTo(onCommon.get("total"));
		assertThat(onCopy.get("grade")).isEqualTo(onCommon.get("grade"));
		assertThat(onCopy.get("leaves")).isEqualTo(onCommon.get("leaves"));
		assertThat(onCopy.get("groups")).isEqualTo(onCommon.get("groups"));
	}

	/** The JSON export of the imported copy is SZ-COMMON's but for code and name. */
	private void assertSameDocument(String code) {
		ObjectNode common = (ObjectNode) read(get("/api/frameworks/SZ-COMMON", ADMIN));
		ObjectNode copy = (ObjectNode) read(get("/api/frameworks/" + code, ADMIN));
		for (ObjectNode document : List.of(common, copy)) {
			document.remove("code");
			document.remove("name");
		}
		assertThat(normalized(copy)).isEqualTo(normalized(common));
	}

	private byte[] exported() {
		MockHttpServletResponse response = get("/api/frameworks/SZ-COMMON/workbook", ADMIN);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	private static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			change.accept(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sets the 内容 of the 基本信息 row of a field. */
	private static void setting(XSSFWorkbook workbook, String field, String value) {
		Sheet sheet = workbook.getSheet("基本信息");
		for (Row row : sheet) {
			if (field.equals(text(row.getCell(1)))) {
				Cell cell = row.getCell(2) == null ? row.createCell(2) : row.getCell(2);
				if (value.isEmpty()) {
					cell.setBlank();
				}
				else {
					cell.setCellValue(value);
				}
				return;
			}
		}
		throw new IllegalArgumentException(field);
	}

	private static Row leafRow(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (code.equals(text(row.getCell(LEAF_CODE)))) {
				return row;
			}
		}
		throw new IllegalArgumentException(code);
	}

	private static String text(Cell cell) {
		return cell == null ? "" : new DataFormatter().formatCellValue(cell);
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			cells.add(text(row.getCell(c)));
		}
		return cells;
	}

	/** Every sheet, row by row, cells separated by " | ": to look at the export. */
	private static String dump(XSSFWorkbook workbook) {
		StringBuilder dump = new StringBuilder();
		for (Sheet sheet : workbook) {
			dump.append("== ")
				.append(sheet.getSheetName())
				.append(" (merged: ")
				.append(sheet.getMergedRegions())
				.append(")\n");
			for (Row row : sheet) {
				dump.append(row.getRowNum() + 1).append(": ").append(String.join(" | ", cells(row))).append('\n');
			}
		}
		return dump.toString();
	}

	private MvcTestResult upload(byte[] file, RequestPostProcessor user) {
		return mvc.post()
			.uri("/api/frameworks/workbook")
			.multipart()
			.file(new MockMultipartFile("file", "指标体系.xlsx", FrameworkWorkbookController.XLSX, file))
			.with(user)
			.exchange();
	}

	private int frameworks() {
		return jdbc.queryForObject("select count(*) from indicator_framework where code <> 'NATIONAL-FORM'",
				Integer.class);
	}

	private static List<String> messages(JsonNode errors) {
		List<String> messages = new ArrayList<>();
		errors.forEach(error -> messages.add(error.get("message").asString()));
		return messages;
	}

	private static JsonNode error(JsonNode errors, String part) {
		for (JsonNode error : errors) {
			if (error.get("message").asString().contains(part)) {
				return error;
			}
		}
		throw new AssertionError("No error with " + part + " in " + errors);
	}

	/**
	 * A JSON tree as maps and lists, every number a BigDecimal without trailing zeros.
	 */
	private static Object normalized(JsonNode node) {
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			node.properties().forEach(entry -> map.put(entry.getKey(), normalized(entry.getValue())));
			return map;
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach(element -> list.add(normalized(element)));
			return list;
		}
		if (node.isNumber()) {
			return new BigDecimal(node.decimalValue().stripTrailingZeros().toPlainString());
		}
		return node.isNull() ? null : node.asString();
	}

	private MockHttpServletResponse post(String uri, String json, RequestPostProcessor user) {
		return mvc.post()
			.uri(uri)
			.with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String uri, RequestPostProcessor user) {
		return mvc.get().uri(uri).with(user).exchange().getResponse();
	}

	private static JsonNode read(MockHttpServletResponse response) {
		return SeedCases.read(body(response));
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
