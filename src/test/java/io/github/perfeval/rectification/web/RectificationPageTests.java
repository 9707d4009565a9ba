package io.github.perfeval.rectification.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.rectification.RectificationLine;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.perfeval.evidence.EvidenceTestFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The 整改事项 page through the security chain: what each one sees and may do, the form's
 * errors in Chinese beside their field with what was typed kept, a stale save, the record
 * on the history page and the editor's section of the year after.
 */
@PostgresIntegrationTest
class RectificationPageTests {

	static final String PROBLEMS = "存在问题：\n1. 政府采购执行率偏低。\n2. 部分项目支出进度滞后。\n改进措施：\n1. 加强采购计划管理。\n2. 建立支出进度月报制度。";

	static final Viewer ADMIN = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ReviewService reviews;

	@Autowired
	RectificationService rectifications;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	DepartmentRef luohu;

	@BeforeEach
	void approvedWithItems() {
		users.reset();
		luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("zhangying", luohu);
		users.reviewerOf("luohu-reviewer", luohu);
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
		id = imported(2024);
		Viewer filler = new Viewer("zhangying", "zhangying", Role.FILLER, Set.of(luohu.id()));
		evaluations.submit(id, filler, version());
		reviews.approve(id, ADMIN, version(), "同意");
	}

	long imported(int year) {
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		document.put("year", year);
		((ObjectNode) document.get("texts")).put("problems", PROBLEMS);
		return evaluations
			.importDocument(json.readValue(SeedCases.json(document), EvaluationDocument.class), ADMIN, true)
			.evaluation()
			.id();
	}

	long version() {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	RectificationLine first() {
		return rectifications.board(id, ADMIN).items().get(0);
	}

	MvcTestResult save(String username, RectificationLine item, Map<String, String> fields) {
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("version", String.valueOf(item.version()),
				"problem", item.problem(), "measure", item.measure(), "status", "IN_PROGRESS"));
		form.putAll(fields);
		var request = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}", id, item.id())
			.with(as(username))
			.with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> errors(MvcTestResult result) {
		return (Map<String, String>) result.getMvcResult().getModelAndView().getModel().get("errors");
	}

	void generate() {
		MvcTestResult generated = mvc.post()
			.uri("/evaluations/{id}/rectification/generate", id)
			.with(as("zhangying"))
			.with(csrf())
			.exchange();
		assertThat(generated).hasStatus3xxRedirection();
		assertThat((Map<String, Object>) generated.getMvcResult().getFlashMap()).containsEntry("notice",
				"已生成 2 条整改事项。");
	}

	@Test
	void theFillerGeneratesAndSeesTheFormsTheReviewerReadsAnotherDepartmentNothing() throws Exception {
		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("zhangying")).exchange()))
			.contains("生成整改事项", "尚未生成整改事项");
		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("luohu-reviewer")).exchange()))
			.doesNotContain("生成整改事项</button>")
			.contains("自评审定后，由本部门填报人生成整改事项");
		generate();

		MvcTestResult page = mvc.get().uri("/evaluations/{id}/rectification", id).with(as("zhangying")).exchange();
		assertThat(page).model().containsKey("board");
		assertThat(body(page)).contains("整改事项 1", "政府采购执行率偏低。", "加强采购计划管理。", "name=\"office\"", "共 2 项，未完成 2 项");
		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("luohu-reviewer")).exchange()))
			.contains("政府采购执行率偏低。")
			.doesNotContain("name=\"office\"", "确认完成</button>");
		assertThat(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("hku-filler")).exchange())
			.hasStatus(404);
		assertThat(save("luohu-reviewer", first(), Map.of("office", "审核人改"))).hasStatus(403);
		assertThat(save("hku-filler", first(), Map.of("office", "越权"))).hasStatus(404);
		assertThat(first().office()).isNull();
	}

	@Test
	void aWrongDeadlineIsNamedInChineseAndWhatWasTypedStays() throws Exception {
		generate();
		MvcTestResult result = save("zhangying", first(), Map.of("office", "财务科", "deadline", "2025-13-40"));
		assertThat(result).hasStatus(422);
		assertThat(errors(result)).containsEntry("deadline", "整改期限应为日期，格式如 2025-06-30");
		assertThat(body(result)).contains("value=\"2025-13-40\"", "value=\"财务科\"", "未保存：请按提示修改后重试");

		result = save("zhangying", first(), Map.of("deadline", "2031-01-01"));
		assertThat(errors(result)).containsEntry("deadline", "整改期限应在 2025-01-01 至 2029-12-31 之间");
		assertThat(first().deadline()).isNull();
	}

	@Test
	void tooLongTextIsRefusedNamingTheFieldAndKeptAsTyped() throws Exception {
		generate();
		String office = "办".repeat(101);
		MvcTestResult result = save("zhangying", first(),
				Map.of("office", office, "progressNote", "已起草办法", "problem", "改写后的问题"));
		assertThat(result).hasStatus(422);
		assertThat(errors(result)).containsOnlyKeys("office").containsEntry("office", "责任科室不超过 100 个字");
		assertThat(body(result)).contains(office, "改写后的问题", "已起草办法");
		assertThat(first().problem()).isEqualTo("政府采购执行率偏低。");

		result = save("zhangying", first(), Map.of("problem", " "));
		assertThat(errors(result)).containsEntry("problem", "存在问题不能为空");
	}

	@Test
	void doneWithoutEvidenceAndAStaleSaveSaySo() throws Exception {
		generate();
		RectificationLine item = first();
		MvcTestResult result = save("zhangying", item, Map.of("status", "DONE", "office", "财务科"));
		assertThat(result).hasStatus(409);
		assertThat(errors(result)).containsEntry("evidenceNote", "标为已完成须上传至少一个佐证材料文件或填写整改佐证");

		assertThat(save("zhangying", item, Map.of("office", "财务科"))).hasStatus3xxRedirection();
		result = save("zhangying", item, Map.of("office", "办公室"));
		assertThat(result).hasStatus(409);
		assertThat(body(result)).contains("他人已修改了这条整改事项", "value=\"办公室\"");
		assertThat(first().office()).isEqualTo("财务科");
	}

	@Test
	void onlyAReviewerConfirmsASendBackNeedsAReasonAndTheRecordSaysItInChinese() throws Exception {
		generate();
		RectificationLine item = first();
		assertThat(save("zhangying", item, Map.of("status", "DONE", "office", "财务科", "evidenceNote", "《采购管理办法》")))
			.hasStatus3xxRedirection();
		item = first();
		assertThat(mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/confirm", id, item.id())
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(item.version()))).hasStatus(403);
		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("luohu-reviewer")).exchange()))
			.contains("确认完成</button>", "退回整改</button>");
		MvcTestResult back = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/return", id, item.id())
			.with(as("luohu-reviewer"))
			.with(csrf())
			.param("version", String.valueOf(item.version()))
			.param("reason", " ")
			.exchange();
		assertThat(back).hasStatus(422);
		assertThat(errors(back)).containsEntry("reason", "退回整改须填写退回理由");
		MvcTestResult confirmed = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/confirm", id, item.id())
			.with(as("luohu-reviewer"))
			.with(csrf())
			.param("version", String.valueOf(item.version()))
			.exchange();
		assertThat(confirmed).hasStatus3xxRedirection();
		assertThat((Map<String, Object>) confirmed.getMvcResult().getFlashMap()).containsEntry("notice",
				"整改事项 1 已确认完成。");
		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("zhangying")).exchange()))
			.contains("已由 luohu-reviewer 于", "已确认完成");

		assertThat(body(mvc.get().uri("/evaluations/{id}/history", id).with(as("zhangying")).exchange()))
			.contains("生成整改事项", "共 2 项", "修改整改事项", "整改事项 1：责任科室", "财务科", "整改状态变更", "未开始", "已完成", "确认整改完成", "已确认完成");
	}

	@Test
	void theEditorOfTheYearAfterListsLastYearsItems() throws Exception {
		generate();
		long next = imported(2025);
		assertThat(body(mvc.get().uri("/evaluations/{id}", next).with(as("zhangying")).exchange()))
			.contains("hx-get=\"/evaluations/" + next + "/rectification/previous\"");
		MvcTestResult section = mvc.get()
			.uri("/evaluations/{id}/rectification/previous", next)
			.with(as("zhangying"))
			.exchange();
		assertThat(body(section)).contains("2024 年整改事项落实情况", "上年整改事项共 2 项，未完成 2 项。", "政府采购执行率偏低。", "未开始",
				"/evaluations/" + id + "/rectification");
		assertThat(mvc.get().uri("/evaluations/{id}/rectification/previous", next).with(as("hku-filler")).exchange())
			.hasStatus(404);
	}

	/** The filler's save of an item with a file, as the page's form sends it. */
	MvcTestResult saveWithFile(String username, RectificationLine item, String fileName, byte[] content,
			Map<String, String> fields) {
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("version", String.valueOf(item.version()),
				"problem", item.problem(), "measure", item.measure(), "status", "IN_PROGRESS"));
		form.putAll(fields);
		var request = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}", id, item.id())
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(as(username))
			.with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

	long fileId() {
		return jdbc.queryForObject("select id from evidence where item_kind = 'RECTIFICATION' order by id desc limit 1",
				Long.class);
	}

	@Test
	void theFillerUploadsAFileWithTheSaveAndEveryoneWhoSeesTheEvaluationDownloadsIt() throws Exception {
		generate();
		byte[] pdf = EvidenceTestFiles.pdf();
		MvcTestResult saved = saveWithFile("zhangying", first(), "整改通知.pdf", pdf,
				Map.of("status", "DONE", "office", "财务科"));
		assertThat(saved).as("已完成 with a file and no note").hasStatus3xxRedirection();
		assertThat((Map<String, Object>) saved.getMvcResult().getFlashMap()).containsEntry("notice",
				"整改事项 1 已保存，已上传：整改通知.pdf");
		assertThat(first().status().name()).isEqualTo("DONE");
		assertThat(first().evidenceFiles()).isEqualTo(1);
		long fileId = fileId();
		String href = "/evaluations/" + id + "/rectification/" + first().id() + "/evidence/" + fileId;

		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("zhangying")).exchange()))
			.contains("佐证材料文件", "整改通知.pdf", "href=\"" + href + "\"", "zhangying", ">PDF</td>",
					"form=\"remove-file-" + fileId);
		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("luohu-reviewer")).exchange()))
			.contains("整改通知.pdf", "href=\"" + href + "\"", "确认完成</button>")
			.doesNotContain("name=\"file\"", "remove-file-");

		MvcTestResult download = mvc.get().uri(href).with(as("luohu-reviewer")).exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("UTF-8''%E6%95%B4%E6%94%B9%E9%80%9A%E7%9F%A5.pdf");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox");
		assertThat(mvc.get().uri(href).with(as("hku-filler")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/evaluations/{id}/evidence/{e}", id, fileId).with(as("zhangying")).exchange())
			.as("not a file of the evaluation's own")
			.hasStatus(404);
		assertThat(body(mvc.get().uri("/evaluations/{id}/evidence", id).with(as("zhangying")).exchange()))
			.doesNotContain("整改通知.pdf");

		assertThat(body(mvc.get().uri("/evaluations/{id}/history", id).with(as("zhangying")).exchange()))
			.contains("上传整改佐证材料", "整改事项 1：佐证材料文件", "整改通知.pdf（");
	}

	@Test
	void aFileOfTheWrongKindIsRefusedNamingTheItemAndFieldAndWhatWasTypedStays() throws Exception {
		generate();
		MvcTestResult refused = saveWithFile("zhangying", first(), "整改报告.pdf",
				"这不是 PDF".getBytes(StandardCharsets.UTF_8), Map.of("office", "财务科", "progressNote", "已起草办法"));
		assertThat(refused).hasStatus(400);
		String message = "整改事项 1 · 佐证材料文件：文件“整改报告.pdf”的内容不是 PDF、图片、Word、Excel、PowerPoint 或 OFD 文件，未上传。";
		assertThat(errors(refused)).containsEntry("file", message);
		assertThat(body(refused)).contains(message, "value=\"财务科\"", "已起草办法");
		assertThat(first().office()).as("nothing of the save is kept").isNull();
		assertThat(first().evidenceFiles()).isZero();

		MvcTestResult disguised = saveWithFile("zhangying", first(), "照片.jpg", EvidenceTestFiles.pdf(), Map.of());
		assertThat(errors(disguised)).containsEntry("file",
				"整改事项 1 · 佐证材料文件：文件“照片.jpg”的内容是 PDF 文件，与扩展名 .jpg 不符，未上传；请核对文件后重新上传。");
		assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'RECTIFY_EVIDENCE%'",
				Integer.class))
			.isZero();
	}

	@Test
	void neitherTheReviewerNorAnotherDepartmentUploadsOrRemoves() throws Exception {
		generate();
		assertThat(saveWithFile("luohu-reviewer", first(), "整改通知.pdf", EvidenceTestFiles.pdf(), Map.of()))
			.hasStatus(403);
		assertThat(saveWithFile("hku-filler", first(), "整改通知.pdf", EvidenceTestFiles.pdf(), Map.of())).hasStatus(404);
		assertThat(jdbc.queryForObject("select count(*) from evidence", Integer.class)).isZero();

		saveWithFile("zhangying", first(), "整改通知.pdf", EvidenceTestFiles.pdf(), Map.of());
		long fileId = fileId();
		MvcTestResult byReviewer = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/evidence/{e}/delete", id, first().id(), fileId)
			.with(as("luohu-reviewer"))
			.with(csrf())
			.exchange();
		assertThat(byReviewer).hasStatus(403);
		assertThat(body(byReviewer)).contains("整改事项 1 · 佐证材料文件：只有本部门的填报人（或管理员）上传和删除佐证材料");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/evidence/{e}/delete", id, first().id(), fileId)
			.with(as("hku-filler"))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(first().evidenceFiles()).isEqualTo(1);

		MvcTestResult removed = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/evidence/{e}/delete", id, first().id(), fileId)
			.with(as("zhangying"))
			.with(csrf())
			.exchange();
		assertThat((Map<String, Object>) removed.getMvcResult().getFlashMap()).containsEntry("notice",
				"整改事项 1：已删除 整改通知.pdf");
		assertThat(first().evidenceFiles()).isZero();
		assertThat(body(mvc.get().uri("/evaluations/{id}/history", id).with(as("zhangying")).exchange()))
			.contains("删除整改佐证材料", "整改通知.pdf（");
	}

	@Test
	void theLastFileOfADoneItemStaysAndTheConfirmationFreezesTheFiles() throws Exception {
		generate();
		byte[] pdf = EvidenceTestFiles.pdf();
		saveWithFile("zhangying", first(), "整改通知.pdf", pdf, Map.of("status", "DONE"));
		long fileId = fileId();
		MvcTestResult last = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/evidence/{e}/delete", id, first().id(), fileId)
			.with(as("zhangying"))
			.with(csrf())
			.exchange();
		assertThat(last).hasStatus(409);
		assertThat(body(last)).contains("整改事项 1 · 佐证材料文件：已标为已完成且未填写整改佐证，不能删除最后一个佐证材料文件；请先上传替换文件或填写整改佐证。");

		RectificationLine done = first();
		assertThat(mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/confirm", id, done.id())
			.with(as("luohu-reviewer"))
			.with(csrf())
			.param("version", String.valueOf(done.version()))).hasStatus3xxRedirection();

		assertThat(body(mvc.get().uri("/evaluations/{id}/rectification", id).with(as("zhangying")).exchange()))
			.contains("整改通知.pdf", "佐证材料文件已冻结，只能查看和下载")
			.doesNotContain("remove-file-", "id=\"file-" + done.id());
		MvcTestResult frozen = mvc.post()
			.uri("/evaluations/{id}/rectification/{item}/evidence/{e}/delete", id, done.id(), fileId)
			.with(as("zhangying"))
			.with(csrf())
			.exchange();
		assertThat(frozen).hasStatus(409);
		assertThat(body(frozen)).contains("整改事项 1 · 佐证材料文件：整改事项已经审核人确认完成，佐证材料文件已冻结，不能再上传或删除。");
		RectificationLine confirmed = first();
		MvcTestResult upload = saveWithFile("zhangying", confirmed, "补充.pdf", pdf, Map.of("status", "DONE"));
		assertThat(upload).hasStatus(409);
		assertThat(body(upload)).contains("整改事项 1 已确认完成，不能再修改。");
		assertThat(jdbc.queryForList("select file_name from evidence", String.class)).containsExactly("整改通知.pdf");
		assertThat(mvc.get()
			.uri("/evaluations/{id}/rectification/{item}/evidence/{e}", id, done.id(), fileId)
			.with(as("zhangying"))
			.exchange()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void theEditorOfTheYearAfterCountsTheFilesOfLastYearsItems() throws Exception {
		generate();
		saveWithFile("zhangying", first(), "整改通知.pdf", EvidenceTestFiles.pdf(), Map.of());
		long next = imported(2025);
		assertThat(
				body(mvc.get().uri("/evaluations/{id}/rectification/previous", next).with(as("zhangying")).exchange()))
			.contains("<th class=\"num\">佐证材料</th>", "1 个文件", "0 个文件");
	}

}
