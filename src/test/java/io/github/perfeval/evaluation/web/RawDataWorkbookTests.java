package io.github.perfeval.evaluation.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Excel template of 罗湖 2024 on a real PostgreSQL: downloaded with every raw value,
 * changed with POI as a person would in Excel, uploaded and scored; a file with bad
 * values is refused row by row and changes nothing.
 */
@PostgresIntegrationTest
class RawDataWorkbookTests {

	static final Path SAMPLES = Path.of("target", "workbook-samples");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	@BeforeEach
	void luohuImported() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.LUOHU))
			.exchange()
			.getResponse()
			.getHeader("Location");
		id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theTemplateHoldsEveryRawValueOfTheFormulaLeavesAndTheUnits() throws IOException {
		MockHttpServletResponse response = mvc.get()
			.uri("/evaluations/{id}/template.xlsx", id)
			.with(as("zhangying"))
			.exchange()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(RawDataWorkbookController.XLSX.toString());
		assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''")
			.contains("%E5%A1%AB%E6%8A%A5%E6%A8%A1%E6%9D%BF.xlsx");
		byte[] file = keep(response.getContentAsByteArray(), "luohu-2024-template.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet leaves = workbook.getSheet("指标原始数据");
			assertThat(texts(leaves.getRow(1))).containsExactly("指标代码", "指标名称", "填报项", "输入项代码", "说明/可选值", "填报值");
			assertThat(leaves.isColumnHidden(RawDataWorkbook.KEY)).isTrue();
			assertThat(leaves.getProtect()).isTrue();
			assertThat(leaves.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			// 罗湖's 5 formula-free 效果性 leaves have no rows; each checklist item has its
			// own; 在编人数 has one, at 2.4.1, and none at 2.4.2.
			assertThat(leaves.getLastRowNum() - 1).isEqualTo(52);
			assertThat(row(leaves, "3.3.1:band")).isNull();
			Row planned = row(leaves, "2.1.1:plannedAmount");
			assertThat(texts(planned)).startsWith("2.1.1", "政府采购执行情况", "采购计划金额", "2.1.1:plannedAmount", "金额（万元），不小于 0");
			assertThat(planned.getCell(RawDataWorkbook.VALUE).getNumericCellValue()).isEqualTo(13966.91);
			assertThat(planned.getCell(RawDataWorkbook.VALUE).getCellStyle().getLocked()).isFalse();
			assertThat(planned.getCell(RawDataWorkbook.CODE).getCellStyle().getLocked()).isTrue();
			assertThat(value(leaves, "2.1.1:policyScore")).isEqualTo(0.25);
			assertThat(row(leaves, "2.1.1:policyScore").getCell(RawDataWorkbook.HINT).getStringCellValue())
				.isEqualTo("0–1 分，最多两位小数");
			Row item = row(leaves, "1.2.2:items:2");
			assertThat(item.getCell(RawDataWorkbook.ITEM).getStringCellValue()).isEqualTo("第 3 项：绩效指标具有清晰、可衡量的指标值");
			assertThat(item.getCell(RawDataWorkbook.VALUE).getNumericCellValue()).isZero();
			assertThat(value(leaves, "2.1.3:budgetDisclosure")).isEqualTo("按规定内容、时限、范围等各项要求进行公开");
			assertThat(row(leaves, "2.1.3:budgetDisclosure").getCell(RawDataWorkbook.HINT).getStringCellValue())
				.contains("进行了公开，存在不符合时限、内容、范围等要求（1 分）", "没有进行公开（0 分）");
			assertThat(value(leaves, "2.1.2:violation")).isEqualTo("否");
			assertThat(value(leaves, "3.4.1:channelEstablished")).isEqualTo("是");
			assertThat(value(leaves, "3.2.1:q4")).isEqualTo(87.62);
			assertThat(value(leaves, "2.4.1:authorizedStaff")).isEqualTo(1626.0);
			assertThat(row(leaves, "3.4.2:satisfactionPercent").getCell(RawDataWorkbook.VALUE).getCellType())
				.isEqualTo(CellType.BLANK);
			List<String> lists = leaves.getDataValidations()
				.stream()
				.filter(validation -> validation.getValidationConstraint().getExplicitListValues() != null)
				.map(validation -> String.join(",", validation.getValidationConstraint().getExplicitListValues()))
				.toList();
			assertThat(lists).contains("是,否").anyMatch(list -> list.startsWith("按规定内容、时限、范围等各项要求进行公开,"));

			Sheet units = workbook.getSheet("表1-1 各单位预算执行情况");
			assertThat(texts(units.getRow(1))).containsExactly("单位名称", "年初预算数", "全年预算数", "决算数");
			assertThat(units.getRow(2).getCell(0).getStringCellValue()).isEqualTo("深圳市罗湖区卫生健康局（本级）");
			assertThat(units.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(501.64);
			assertThat(units.getRow(7).getCell(0).getStringCellValue()).isEqualTo("合计（填报数）");
			assertThat(units.getRow(7).getCell(3).getNumericCellValue()).isEqualTo(500333.67);
			assertThat(units.getLastRowNum()).isEqualTo(7);
		}
	}

	@Test
	void aFilledInTemplateIsScoredAndSavedKeepingEverythingElse() throws IOException {
		byte[] filled = edit(download(), workbook -> {
			Sheet leaves = workbook.getSheet("指标原始数据");
			row(leaves, "2.1.1:actualAmount").getCell(RawDataWorkbook.VALUE).setCellValue(13966.91);
			row(leaves, "2.1.3:budgetDisclosure").getCell(RawDataWorkbook.VALUE).setCellValue("进行了公开，存在不符合时限、内容、范围等要求");
			row(leaves, "1.2.2:items:2").getCell(RawDataWorkbook.VALUE).setCellValue("1");
			row(leaves, "3.4.1:channelEstablished").getCell(RawDataWorkbook.VALUE).setCellValue("是");
			// Typing 87.62% in Excel stores 0.8762 formatted as a percentage.
			Cell q4 = row(leaves, "3.2.1:q4").getCell(RawDataWorkbook.VALUE);
			CellStyle percent = workbook.createCellStyle();
			percent.cloneStyleFrom(q4.getCellStyle());
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
			q4.setCellStyle(percent);
			q4.setCellValue(0.8762);
			workbook.getSheet("表1-1 各单位预算执行情况").getRow(6).getCell(3).setCellValue(501.63);
		});
		keep(filled, "luohu-2024-template-filled.xlsx");

		MvcTestResult result = upload(filled, version());

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/evaluations/" + id);
		assertThat(result).flash().containsEntry("notice", "已从 Excel 模板导入 51 个填报项和表 1-1 的 5 个单位，草稿已保存。");
		JsonNode sheet = apiSheet();
		// 2.1.1 0.49 → 1.25, 2.1.3 3 → 2.5, 1.2.2 5 → 6: 88.18 + 0.76 − 0.5 + 1.
		assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("89.44");
		assertThat(sheet.get("warnings").findValuesAsString("code")).doesNotContain("unitsTotalMismatch");
		JsonNode document = JSON.readTree(mvc.get()
			.uri("/api/evaluations/{id}", id)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode indicators = document.get("indicators");
		assertThat(indicators.get("2.1.3").get("budgetDisclosure").asString()).isEqualTo("PARTIAL");
		assertThat(indicators.get("1.2.2").get("items").toString()).isEqualTo("[2,2,1,0,1]");
		assertThat(indicators.get("1.2.2").get("comment").asString()).startsWith("“保障妇女儿童健康”");
		assertThat(indicators.get("2.4.1").get("authorizedStaff").toString()).isEqualTo("1626");
		assertThat(indicators.get("3.2.1").get("q4").decimalValue()).isEqualByComparingTo("87.62");
		assertThat(indicators.get("3.3.2").get("reason").asString()).isEqualTo("五个融合纵深推进罗湖医改");
		assertThat(document.get("overrides").get("3.4.2").get("score").decimalValue()).isEqualByComparingTo("2");
		assertThat(document.get("units").get(4).get("finalAccounts").decimalValue()).isEqualByComparingTo("501.63");
		assertThat(document.get("totals").get("finalAccounts").decimalValue()).isEqualByComparingTo("500333.67");
		assertThat(document.get("texts").size()).isGreaterThan(3);
		assertThat(document.get("signatories")).isNotNull();
	}

	@Test
	void badValuesAreShownRowByRowAndNothingIsSaved() throws IOException {
		byte[] template = download();
		int[] rows = new int[3];
		byte[] bad = edit(template, workbook -> {
			Sheet leaves = workbook.getSheet("指标原始数据");
			Row planned = row(leaves, "2.1.1:plannedAmount");
			planned.getCell(RawDataWorkbook.VALUE).setCellValue(-5);
			Row item = row(leaves, "1.1.1:items:1");
			item.getCell(RawDataWorkbook.VALUE).setCellValue(3);
			Row violation = row(leaves, "2.1.2:violation");
			violation.getCell(RawDataWorkbook.VALUE).setCellValue("也许");
			rows[0] = planned.getRowNum() + 1;
			rows[1] = item.getRowNum() + 1;
			rows[2] = violation.getRowNum() + 1;
			workbook.getSheet("表1-1 各单位预算执行情况").getRow(2).getCell(3).setCellValue("abc");
			workbook.getSheet("表1-1 各单位预算执行情况").getRow(3).getCell(1).setCellValue("=1+1");
		});
		keep(bad, "luohu-2024-template-bad.xlsx");
		long version = version();

		MvcTestResult result = upload(bad, version);

		assertThat(result).hasStatus(422);
		String page = body(result);
		assertThat(page).contains("Excel 填报模板未导入", "有 5 处问题，没有保存任何内容",
				"第 " + rows[1] + " 行 1.1.1 预算编制合理性 · 评分项得分：第 2 项得分应在 0 至 1 分之间",
				"第 " + rows[0] + " 行 2.1.1 政府采购执行情况 · 采购计划金额：不能为负数", "第 " + rows[2] + " 行 2.1.2 财务合规性 · ", "应为“是”或“否”",
				"表1-1 第 3 行 决算数：应为数字", "表1-1 第 4 行 年初预算数：应为数字");
		assertThat(page.indexOf("第 " + rows[1] + " 行")).isLessThan(page.indexOf("第 " + rows[0] + " 行"));
		assertThat(apiSheet().get("total").decimalValue()).isEqualByComparingTo("88.18");
		assertThat(version()).isEqualTo(version);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SAVED'", Integer.class))
			.isZero();
	}

	@Test
	void aFileThatIsNotTheTemplateOrAStaleUploadIsRefusedInChinese() throws IOException {
		long version = version();
		assertThat(body(upload("not a workbook".getBytes(StandardCharsets.UTF_8), version)))
			.contains("这不是 Excel（.xlsx）文件");
		byte[] otherWorkbook;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
			otherWorkbook = out.toByteArray();
		}
		assertThat(body(upload(otherWorkbook, version))).contains("这不是本系统的 Excel 填报模板");
		byte[] ofAnotherEvaluation = edit(download(),
				workbook -> workbook.getProperties()
					.getCustomProperties()
					.getProperty(RawDataWorkbook.EVALUATION_PROPERTY)
					.setLpwstr(String.valueOf(id + 1)));
		assertThat(body(upload(ofAnotherEvaluation, version))).contains("这份 Excel 模板是另一份自评");
		MvcTestResult stale = upload(download(), version - 1);
		assertThat(stale).hasStatus(409);
		assertThat(body(stale)).contains("他人已修改并保存了这份自评");
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aTemplateDownloadedBeforeSomeoneSavedIsRefusedSoNothingIsOverwritten() throws IOException {
		byte[] downloadedEarlier = download();
		jdbc.update("update evaluation set version = version + 1");
		long version = version();

		MvcTestResult late = upload(downloadedEarlier, version);

		assertThat(late).hasStatus(409);
		assertThat(body(late)).contains("下载这份模板之后，这份自评已在网页上被修改并保存", "请重新下载模板");
		assertThat(version()).isEqualTo(version);
		assertThat(upload(download(), version)).hasStatus3xxRedirection();
	}

	@Test
	void userTextThatLooksLikeAFormulaStaysText() throws IOException {
		jdbc.update("update budget_unit set name = '=HYPERLINK(\"http://x\")' where name like '%卫生应急中心'");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download()))) {
			Cell name = workbook.getSheet("表1-1 各单位预算执行情况").getRow(6).getCell(0);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	private byte[] download() {
		MockHttpServletResponse response = mvc.get()
			.uri("/evaluations/{id}/template.xlsx", id)
			.with(as("zhangying"))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	private MvcTestResult upload(byte[] file, long version) {
		return mvc.post()
			.uri("/evaluations/{id}/template.xlsx", id)
			.multipart()
			.file(new MockMultipartFile("file", "罗湖-2024-填报模板.xlsx", RawDataWorkbookController.XLSX.toString(), file))
			.param("version", String.valueOf(version))
			.with(as("zhangying"))
			.with(csrf())
			.exchange();
	}

	private JsonNode apiSheet() throws IOException {
		return JSON.readTree(mvc.get()
			.uri("/api/evaluations/{id}/sheet", id)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	interface Edit {

		void apply(XSSFWorkbook workbook);

	}

	static byte[] edit(byte[] file, Edit edit) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.apply(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static Row row(Sheet sheet, String key) {
		for (Row row : sheet) {
			Cell cell = row.getCell(RawDataWorkbook.KEY);
			if (row.getRowNum() > RawDataWorkbook.HEADER_ROW && cell != null && key.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		return null;
	}

	static Object value(Sheet sheet, String key) {
		Cell cell = row(sheet, key).getCell(RawDataWorkbook.VALUE);
		return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue();
	}

	static List<String> texts(Row row) {
		List<String> texts = new java.util.ArrayList<>();
		row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
		return texts;
	}

	static byte[] keep(byte[] content, String name) throws IOException {
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(name), content);
		return content;
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
