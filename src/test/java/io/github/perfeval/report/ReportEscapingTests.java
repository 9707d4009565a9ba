package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Markup and spreadsheet formulas typed into a reason, a comment, an indicator name or a
 * report text come out as the text typed, in the page and in all four files.
 */
@PostgresIntegrationTest
class ReportEscapingTests {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String FORMULA = "=cmd|' /C calc'!A0";

	static final String AT_FORMULA = "@SUM(1+1)";

	static final String COMMENT = "-2+3 <script>comment()</script>";

	static final String TEXT = "<script>alert('functions')</script> & <b>bold</b>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	ReportDownloads downloads;

	long id;

	@BeforeEach
	void importADocumentFullOfPayloads() {
		users.reset();
		downloads = new ReportDownloads(mvc);
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		ObjectNode overrides = (ObjectNode) document.get("overrides");
		((ObjectNode) overrides.get("3.4.2")).put("reason", SCRIPT);
		overrides.putObject("3.2.1").put("score", 5.8).put("reason", FORMULA);
		((ObjectNode) document.get("indicators").get("1.2.2")).put("comment", COMMENT);
		ArrayNode custom = (ArrayNode) document.get("customIndicators").get("add");
		((ObjectNode) custom.get(3)).put("name", AT_FORMULA);
		((ObjectNode) custom.get(4)).put("name", FORMULA);
		((ObjectNode) document.get("texts")).put("functions", TEXT).put("plans", FORMULA);
		id = downloads.importDocument(SeedCases.json(document));
	}

	@Test
	void thePageEscapesEverything() throws IOException {
		String html = mvc.get()
			.uri("/evaluations/" + id + "/sheet")
			.with(user(accounts.loadUserByUsername("admin")))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html)
			.contains("调整理由：&lt;script&gt;alert(1)&lt;/script&gt;", "=cmd|&#39; /C calc&#39;!A0", AT_FORMULA)
			.doesNotContain(SCRIPT, "<script>comment()");
	}

	@Test
	void pdfsShowThePayloadsAsText() throws IOException {
		byte[] sheet = downloads.download("/api/evaluations/" + id + "/sheet.pdf", "escaping-sheet.pdf");
		byte[] report = downloads.download("/api/evaluations/" + id + "/report.pdf", "escaping-report.pdf");

		try (PDDocument document = Loader.loadPDF(sheet)) {
			String text = ReportExportTests.compact(new PDFTextStripper().getText(document));
			assertThat(text).contains(compact("调整理由：" + SCRIPT), compact("调整理由：" + FORMULA), compact(FORMULA),
					AT_FORMULA);
		}
		try (PDDocument document = Loader.loadPDF(report)) {
			String text = ReportExportTests.compact(new PDFTextStripper().getText(document));
			assertThat(text).contains(compact(TEXT), compact(FORMULA), compact("经审核，" + SCRIPT),
					compact("调整理由：" + SCRIPT));
		}
	}

	@Test
	void theWorkbookHoldsThePayloadsAsQuotedStringsAndNoOtherFormula() throws IOException {
		byte[] xlsx = downloads.download("/api/evaluations/" + id + "/sheet.xlsx", "escaping-sheet.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Cell formulaName = cellWithText(sheet, FORMULA);
			assertThat(formulaName.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formulaName.getCellStyle().getQuotePrefixed()).isTrue();
			Cell atName = cellWithText(sheet, AT_FORMULA);
			assertThat(atName.getCellType()).isEqualTo(CellType.STRING);
			assertThat(atName.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(cellWithText(sheet, "按填报数据计算 5.81 分\n调整理由：" + FORMULA).getCellType()).isEqualTo(CellType.STRING);
			assertThat(cellWithText(sheet, "未按填报数据计算\n调整理由：" + SCRIPT).getCellType()).isEqualTo(CellType.STRING);
			int formulas = 0;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						formulas++;
						assertThat(cell.getCellFormula()).matches("ROUND\\(SUM\\(I6:I\\d+\\),2\\)|IF\\(.*");
					}
				}
			}
			assertThat(formulas).as("综合评分 and 评分等级 only").isEqualTo(2);
		}
	}

	@Test
	void theWordDocumentHoldsThePayloadsAsText() throws IOException {
		byte[] docx = downloads.download("/api/evaluations/" + id + "/report.docx", "escaping-report.docx");

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains(TEXT, FORMULA, AT_FORMULA, "经审核，" + SCRIPT, "调整理由：" + SCRIPT);
		}
	}

	private static Cell cellWithText(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError("No cell holds " + text);
	}

	private static String compact(String text) {
		return ReportExportTests.compact(text);
	}

}
