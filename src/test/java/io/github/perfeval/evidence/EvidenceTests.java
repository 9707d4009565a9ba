package io.github.perfeval.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 佐证材料 end to end on PostgreSQL: the filler uploads, lists, downloads and deletes while
 * the evaluation is a draft, each change on record; files are checked by content, their
 * names cleaned; nothing is stored for a refused file; a submitted or approved evaluation
 * keeps its files as they are; other departments do not see them; the report lists them
 * in its annex.
 */
@PostgresIntegrationTest
class EvidenceTests {

	static final byte[] PDF = EvidenceTestFiles.pdf();

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
	void luohuDraft() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef other = users.department("FT-WJJ", "深圳市福田区卫生健康局");
		users.filler("zhangying", luohu);
		users.filler("other", other);
		users.reviewer("district");
		users.reviewerOf("futian", other);
		MockHttpServletResponse imported = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.completeText(SeedCases.LUOHU))
			.exchange()
			.getResponse();
		assertThat(imported.getStatus()).isEqualTo(201);
		String location = imported.getHeader("Location");
		id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theFillerUploadsAFileToALeafSeesItBesideTheLeafDownloadsItAndDeletesIt() throws Exception {
		MockHttpServletResponse uploaded = upload("zhangying", "1.1.1", "2024年部门预算批复.pdf", PDF);
		assertThat(uploaded.getStatus()).isEqualTo(302);
		assertThat(uploaded.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/evidence?leaf=1.1.1");

		String page = page("zhangying", "/evaluations/" + id + "/evidence");
		assertThat(page).contains("1.1.1 预算编制合理性", "2024年部门预算批复.pdf", "PDF", "zhangying", "共 1 个文件");
		String editor = page("zhangying", "/evaluations/" + id);
		assertThat(editor).contains("佐证材料（1）", "2024年部门预算批复.pdf");

		long evidenceId = jdbc.queryForObject("select id from evidence where evaluation_id = ?", Long.class, id);
		MockHttpServletResponse download = mvc.get()
			.uri("/evaluations/{id}/evidence/{e}", id, evidenceId)
			.with(as("district"))
			.exchange()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''2024%E5%B9%B4");
		assertThat(download.getHeader("Content-Security-Policy")).contains("sandbox");

		assertThat(audit()).containsExactly(List.of("EVIDENCE_ADDED", "1.1.1", "-", "2024年部门预算批复.pdf（" + size() + "）"));

		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence/{e}/delete", id, evidenceId)
			.with(as("zhangying"))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("notice", "已删除：2024年部门预算批复.pdf");
		assertThat(jdbc.queryForObject("select count(*) from evidence", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from evidence_content", Long.class)).isZero();
		assertThat(audit()).containsExactly(List.of("EVIDENCE_ADDED", "1.1.1", "-", "2024年部门预算批复.pdf（" + size() + "）"),
				List.of("EVIDENCE_REMOVED", "1.1.1", "2024年部门预算批复.pdf（" + size() + "）", "-"));
		assertThat(page("zhangying", "/evaluations/" + id + "/history")).contains("上传佐证材料", "删除佐证材料", "佐证材料");
	}

	@Test
	void officeImagesAndOfdAreTakenForWhatTheirContentIs() throws Exception {
		assertThat(upload("zhangying", "", "会议纪要.docx", EvidenceTestFiles.docx()).getStatus()).isEqualTo(302);
		assertThat(upload("zhangying", "2.1.1", "现场照片.PNG", EvidenceTestFiles.png()).getStatus()).isEqualTo(302);
		assertThat(upload("zhangying", "2.1.1", "电子发票.ofd", EvidenceTestFiles.zip("OFD.xml", "Doc_0/Document.xml"))
			.getStatus()).isEqualTo(302);
		// A name without an extension gets the one its content has.
		assertThat(upload("zhangying", "", "预算批复", PDF).getStatus()).isEqualTo(302);

		assertThat(jdbc.queryForList(
				"select leaf_code || '|' || file_name || '|' || content_type from evidence where leaf_code is not null"
						+ " union all select '-|' || file_name || '|' || content_type from evidence where leaf_code is null",
				String.class))
			.containsExactlyInAnyOrder(
					"-|会议纪要.docx|application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"2.1.1|现场照片.png|image/png", "2.1.1|电子发票.ofd|application/ofd", "-|预算批复.pdf|application/pdf");
		String page = page("zhangying", "/evaluations/" + id + "/evidence");
		assertThat(page).contains("整体自评", "2.1.1 政府采购执行情况", "DOCX", "PNG", "OFD");
	}

	@Test
	void aFileWhoseContentIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
		byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode."
			.getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(upload("zhangying", "1.1.1", "预算批复.pdf", exe), 400,
				"1.1.1 预算编制合理性 · 文件：文件“预算批复.pdf”的内容不是 PDF、图片、Word、Excel、PowerPoint 或 OFD 文件，未上传。");
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertRefused(upload("zhangying", "1.1.1", "批复.pdf", html), 400, "文件“批复.pdf”的内容不是 PDF");
		byte[] random = new byte[4096];
		new java.util.Random(7).nextBytes(random);
		assertRefused(upload("zhangying", "1.1.1", "扫描件.pdf", random), 400, "文件“扫描件.pdf”的内容不是 PDF");
		// A zip is no Word document because it is called one.
		assertRefused(upload("zhangying", "", "纪要.docx", EvidenceTestFiles.zip("readme.txt")), 400,
				"整体自评 · 文件：文件“纪要.docx”的内容不是");
		assertRefused(upload("zhangying", "", "发票.ofd", EvidenceTestFiles.zip("readme.txt")), 400, "文件“发票.ofd”的内容不是");
		assertRefused(upload("zhangying", "1.1.1", "现场照片.jpg", PDF), 400, "文件“现场照片.jpg”的内容是 PDF 文件，与扩展名 .jpg 不符，未上传");
		assertThat(jdbc.queryForObject("select count(*) from evidence", Long.class)).isZero();
		assertThat(audit()).isEmpty();
	}

	@Test
	void emptyTooLargeAndUnknownLeavesAreRefusedBeforeAnythingIsRead() throws Exception {
		assertRefused(upload("zhangying", "1.1.1", "空.pdf", new byte[0]), 400,
				"1.1.1 预算编制合理性 · 文件：文件“空.pdf”是空文件（0 字节），未上传。");
		byte[] large = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		assertRefused(upload("zhangying", "1.1.1", "大文件.pdf", large), 400,
				"文件“大文件.pdf”有 20.0 MB，超过每个文件 20 MB 的上限，未上传。");
		assertRefused(upload("zhangying", "9.9.9", "批复.pdf", PDF), 400, "整体自评 · 所属指标：没有指标“9.9.9”。");
		assertThat(jdbc.queryForObject("select count(*) from evidence", Long.class)).isZero();
	}

	@Test
	void namesKeepOnlyTheirLastPartAndNoControlOrDirectionCharacters() throws Exception {
		upload("zhangying", "", "../../etc/passwd.pdf", PDF);
		upload("zhangying", "", "..\\..\\Windows\\system.ini.pdf", PDF);
		upload("zhangying", "", "\u202Efdp.exe", PDF);
		upload("zhangying", "", "  .hidden\u0007 报告  .pdf", PDF);
		assertThat(jdbc.queryForList("select file_name from evidence order by id", String.class))
			.containsExactly("passwd.pdf", "system.ini.pdf", "fdp.exe.pdf", "hidden 报告.pdf");
	}

	@Test
	void onlyTheFillerChangesFilesAndOnlyWhileTheEvaluationIsADraftOrReturned() throws Exception {
		upload("zhangying", "1.1.1", "批复.pdf", PDF);
		long evidenceId = jdbc.queryForObject("select id from evidence", Long.class);
		// A reviewer reads but does not upload.
		assertRefused(upload("district", "1.1.1", "审核.pdf", PDF), 403, "只有本部门的填报人（或管理员）上传和删除佐证材料；您可以查看和下载。");
		assertThat(page("district", "/evaluations/" + id + "/evidence")).contains("批复.pdf")
			.doesNotContain("上传佐证材料</h2>");

		// Submitted: frozen for the filler too, through the page and the API.
		assertThat(mvc.post()
			.uri("/evaluations/{id}/submit", id)
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version()))).flash().containsEntry("notice", "已提交，等待审核。");
		assertRefused(upload("zhangying", "1.1.1", "补充.pdf", PDF), 409, "此自评现在不能修改");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence/{e}/delete", id, evidenceId)
			.with(as("zhangying"))
			.with(csrf())).hasStatus(409).bodyText().contains("此自评现在不能修改");
		assertThat(mvc.delete()
			.uri("/api/evaluations/{id}/evidence/{e}", id, evidenceId)
			.with(httpBasic("zhangying", TestUsers.PASSWORD))).hasStatus(409);
		assertThat(mvc.post()
			.uri("/api/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", "补充.pdf", "application/pdf", PDF))
			.with(httpBasic("zhangying", TestUsers.PASSWORD))).hasStatus(409);
		assertThat(jdbc.queryForList("select file_name from evidence", String.class)).containsExactly("批复.pdf");
		assertThat(page("zhangying", "/evaluations/" + id + "/evidence")).contains("此自评现在不能增删佐证材料（已提交）");
	}

	@Test
	void anotherDepartmentNeitherSeesNorDownloadsTheFiles() throws Exception {
		upload("zhangying", "1.1.1", "批复.pdf", PDF);
		long evidenceId = jdbc.queryForObject("select id from evidence", Long.class);
		for (String who : List.of("other", "futian")) {
			assertThat(mvc.get().uri("/evaluations/{id}/evidence", id).with(as(who))).hasStatus(404)
				.bodyText()
				.doesNotContain("批复.pdf");
			assertThat(mvc.get().uri("/evaluations/{id}/evidence/{e}", id, evidenceId).with(as(who))).hasStatus(404);
			assertThat(upload(who, "", "x.pdf", PDF).getStatus()).isEqualTo(404);
			assertThat(
					mvc.post().uri("/evaluations/{id}/evidence/{e}/delete", id, evidenceId).with(as(who)).with(csrf()))
				.hasStatus(404);
		}
		assertThat(mvc.get().uri("/api/evaluations/{id}/evidence", id).with(httpBasic("other", TestUsers.PASSWORD)))
			.hasStatus(404)
			.bodyText()
			.doesNotContain("批复.pdf");
		// A file id of another evaluation is not found either.
		assertThat(mvc.get().uri("/evaluations/{id}/evidence/{e}", id + 1000, evidenceId).with(as("admin")))
			.hasStatus(404);
		assertThat(jdbc.queryForObject("select count(*) from evidence", Long.class)).isOne();
	}

	@Test
	void theApiListsUploadsDownloadsAndDeletes() throws Exception {
		MockHttpServletResponse created = mvc.post()
			.uri("/api/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", "采购计划.pdf", "application/octet-stream", PDF))
			.param("leafCode", "2.1.1")
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.exchange()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode json = SeedCases.read(created.getContentAsString(StandardCharsets.UTF_8));
		assertThat(json.get("fileName").asString()).isEqualTo("采购计划.pdf");
		assertThat(json.get("leafCode").asString()).isEqualTo("2.1.1");
		assertThat(json.get("type").asString()).isEqualTo("PDF");
		assertThat(json.get("size").asLong()).isEqualTo(PDF.length);
		assertThat(created.getHeader("Location")).isEqualTo(json.get("href").asString());

		JsonNode list = SeedCases.read(mvc.get()
			.uri("/api/evaluations/{id}/evidence", id)
			.with(httpBasic("district", TestUsers.PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("sha256").asString()).hasSize(64);
		assertThat(mvc.get().uri(json.get("href").asString()).with(httpBasic("district", TestUsers.PASSWORD)))
			.hasStatusOk()
			.body()
			.isEqualTo(PDF);

		MockHttpServletResponse refused = mvc.post()
			.uri("/api/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[0]))
			.param("leafCode", "2.1.1")
			.with(httpBasic("zhangying", TestUsers.PASSWORD))
			.exchange()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		JsonNode error = SeedCases.read(refused.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0);
		assertThat(error.get("indicator").asString()).isEqualTo("2.1.1");
		assertThat(error.get("field").asString()).isEqualTo("file");
		assertThat(error.get("message").asString()).isEqualTo("2.1.1 政府采购执行情况 · 文件：文件“x.pdf”是空文件（0 字节），未上传。");

		assertThat(mvc.delete().uri(json.get("href").asString()).with(httpBasic("zhangying", TestUsers.PASSWORD)))
			.hasStatus(204);
		assertThat(jdbc.queryForObject("select count(*) from evidence", Long.class)).isZero();
	}

	@Test
	void theReportListsTheFilesInItsAnnexInThePdfAndTheWordDocument() throws Exception {
		upload("zhangying", "1.1.1", "2024年部门预算批复.pdf", PDF);
		upload("zhangying", "", "部门整体绩效目标申报表.docx", EvidenceTestFiles.docx());

		byte[] pdf = mvc.get()
			.uri("/api/evaluations/{id}/report.pdf", id)
			.with(as("zhangying"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]+", "");
		}
		assertThat(text).contains("附件2佐证材料清单", "附件1部门整体支出绩效评分表", "1.1.1预算编制合理性", "2024年部门预算批复.pdf", "整体自评",
				"部门整体绩效目标申报表.docx");
		// The list comes after the 评分表, in the table of contents and as an annex.
		assertThat(text.lastIndexOf("附件2佐证材料清单")).isGreaterThan(text.lastIndexOf("附件1部门整体支出绩效评分表"));

		byte[] docx = mvc.get()
			.uri("/api/evaluations/{id}/report.docx", id)
			.with(as("zhangying"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("附件 2　佐证材料清单", "2024年部门预算批复.pdf", "部门整体绩效目标申报表.docx");
		}
	}

	private void assertRefused(MockHttpServletResponse response, int status, String message) throws IOException {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(message);
	}

	private MockHttpServletResponse upload(String who, String leaf, String name, byte[] content) {
		return mvc.post()
			.uri("/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("leaf", leaf)
			.with(as(who))
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private String page(String who, String uri) throws IOException {
		MockHttpServletResponse response = mvc.get().uri(uri).with(as(who)).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<List<String>> audit() {
		return jdbc
			.queryForList("select action, coalesce(leaf_code, '-') as leaf, coalesce(old_value, '-') as old,"
					+ " coalesce(new_value, '-') as new from audit_event where evaluation_id = ? and field = 'evidence'"
					+ " order by id", id)
			.stream()
			.map((Map<String, Object> row) -> List.of((String) row.get("action"), (String) row.get("leaf"),
					(String) row.get("old"), (String) row.get("new")))
			.toList();
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	private static String size() {
		return EvidenceItem.sizeText(PDF.length);
	}

	private RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
	}

}
