package io.github.perfeval.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Batch exports on PostgreSQL, end to end: the .xlsx and the .zip read back (POI,
 * PDFBox), a job's life (progress to 100 %, cancel, a lease run out and the job taken
 * over by another instance, expired files deleted), who may see a job, and what goes on
 * record.
 */
@PostgresIntegrationTest
class BatchExportTests {

	static final String LUOHU = "深圳市罗湖区卫生健康局";

	static final String HKU = "香港大学深圳医院";

	static final Path SAMPLES = Path.of("target", "export-samples");

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
	ExportQueue queue;

	@Autowired
	ExportRunner runner;

	@Autowired
	ExportJobs jobs;

	@Autowired
	ScoreSnapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	ExportFixture fixture;

	long luohu;

	long hku;

	Viewer reviewer;

	@BeforeEach
	void twoDepartmentsLuohuApprovedByANamedReviewer() {
		users.reset();
		fixture = new ExportFixture(evaluations, reviews, queue, runner, jdbc, json);
		luohu = fixture.seed(SeedCases.LUOHU);
		hku = fixture.seed(SeedCases.HKU);
		accounts.create("export-reviewer", TestUsers.PASSWORD, "王审核", Role.REVIEWER, Set.of());
		accounts.reviewAllDepartments("export-reviewer", true);
		users.reviewer("other-reviewer");
		reviewer = new Viewer("export-reviewer", "王审核", Role.REVIEWER, Set.of(), 1, true, false);
		evaluations.submit(luohu, ExportFixture.ADMINISTRATOR, fixture.version(luohu));
		reviews.approve(luohu, reviewer, fixture.version(luohu), "同意");
	}

	@Test
	void resultsWorkbookHasARowPerDepartmentWithEachLeafsStoredScoreSubtotalsTotalGradeAndReviewer()
			throws IOException {
		long id = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				reviewer);

		ExportJob done = fixture.runToEnd(id, "instance-a");

		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		assertThat(done.done()).isEqualTo(2);
		assertThat(done.total()).isEqualTo(2);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.fileName()).isEqualTo("2024-绩效自评结果汇总.xlsx");
		byte[] xlsx = sample(fixture.file(id), "results.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheet("SZ-COMMON");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getLastRowNum()).as("two header rows and a row per department").isEqualTo(3);
			Map<String, Integer> columns = headers(sheet);
			assertThat(columns).containsKeys("部门代码", "部门名称", "单位类型", "状态", "审核人", "综合评分", "评分等级");
			Row luohuRow = rowOf(sheet, LUOHU);
			Row hkuRow = rowOf(sheet, HKU);
			assertThat(text(luohuRow, columns.get("部门代码"))).isEqualTo("LH-WJJ");
			assertThat(text(luohuRow, columns.get("状态"))).isEqualTo("已审定");
			assertThat(text(luohuRow, columns.get("审核人"))).isEqualTo("王审核");
			assertThat(text(hkuRow, columns.get("状态"))).isEqualTo("草稿");
			assertThat(text(hkuRow, columns.get("审核人"))).isEmpty();
			assertThat(luohuRow.getCell(columns.get("综合评分")).getNumericCellValue()).isEqualTo(88.18);
			assertThat(text(luohuRow, columns.get("评分等级"))).isEqualTo("良");
			assertThat(hkuRow.getCell(columns.get("综合评分")).getNumericCellValue()).isEqualTo(96.60);
			assertThat(text(hkuRow, columns.get("评分等级"))).isEqualTo("优");
			assertThat(luohuRow.getCell(columns.get("综合评分")).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			for (long evaluation : List.of(luohu, hku)) {
				Row row = evaluation == luohu ? luohuRow : hkuRow;
				ScoreSnapshot snapshot = snapshots.of(evaluation).orElseThrow();
				for (ScoreSnapshot.Line line : snapshot.lines()) {
					String header = line.code() + " " + line.name();
					assertThat(columns).as(header).containsKey(header);
					assertThat(columnLevel(sheet, columns.get(header))).as(header).isEqualTo(line.level());
					Cell cell = row.getCell(columns.get(header));
					assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
					assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2))
						.as(header + " of " + evaluation)
						.isEqualTo(line.score());
				}
			}
			// The level above each column: 三级 leaves, then 二级 and 一级 subtotals.
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("三级指标得分");
			assertThat(levels(sheet)).contains("二级指标小计", "一级指标小计");
		}
	}

	@Test
	void leavesSharingACodeUnderDifferentNamesHaveAColumnEachSideBySide() throws IOException {
		// A third department: 罗湖's 个性指标 with 3.3.5 named otherwise. 罗湖's 3.3.1 is a
		// 个性指标 too, 港大深圳医院's 3.3.1 the framework's.
		ObjectNode other = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		((ObjectNode) other.get("department")).put("code", "LH-FY").put("name", "深圳市罗湖区妇幼保健院");
		for (JsonNode added : other.get("customIndicators").get("add")) {
			if (added.get("code").asString().equals("3.3.5")) {
				((ObjectNode) added).put("name", "提升患者就医体验");
			}
		}
		long people = fixture.seed(other);
		long id = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				reviewer);

		fixture.runToEnd(id, "instance-a");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fixture.file(id)))) {
			Sheet sheet = workbook.getSheet("SZ-COMMON");
			Map<String, Integer> columns = headers(sheet);
			List<String> headers = List.copyOf(columns.keySet());
			// One department each: by name, in pinyin order, 深 (shēn) before 提 (tí), side
			// by side.
			int own = columns.get("3.3.5 深化干部人才队伍建设");
			assertThat(columns.get("3.3.5 提升患者就医体验")).isEqualTo(own + 1);
			String standard = "3.3.1 " + snapshots.of(hku)
				.orElseThrow()
				.lines()
				.stream()
				.filter(line -> line.code().equals("3.3.1"))
				.findFirst()
				.orElseThrow()
				.name();
			assertThat(headers).contains("3.3.1 提升医疗卫生基础设施水平", standard);
			assertThat(headers.stream().filter(header -> header.startsWith("3.3.1 "))).hasSize(2);
			assertThat(headers.indexOf("3.3.1 提升医疗卫生基础设施水平") - headers.indexOf(standard)).isIn(-1, 1);
			assertThat(headers.indexOf("3.3.5 提升患者就医体验")).isLessThan(headers.indexOf("3.3 " + groupName(luohu, "3.3")));
			// Each department's score is in its own column only, the other one left
			// empty.
			Row luohuRow = rowOf(sheet, LUOHU);
			Row peopleRow = rowOf(sheet, "深圳市罗湖区妇幼保健院");
			Row hkuRow = rowOf(sheet, HKU);
			assertThat(luohuRow.getCell(own).getNumericCellValue()).isEqualTo(leaf(luohu, "3.3.5").doubleValue());
			assertThat(luohuRow.getCell(own + 1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(peopleRow.getCell(own + 1).getNumericCellValue()).isEqualTo(leaf(people, "3.3.5").doubleValue());
			assertThat(peopleRow.getCell(own).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(hkuRow.getCell(columns.get(standard)).getNumericCellValue())
				.isEqualTo(leaf(hku, "3.3.1").doubleValue());
			assertThat(hkuRow.getCell(columns.get("3.3.1 提升医疗卫生基础设施水平")).getCellType()).isEqualTo(CellType.BLANK);
			// Rows in pinyin order of the names (not by code, not by code point): 妇 (fù,
			// U+5987)
			// before 卫 (wèi, U+536B), 深 (shēn) before 香 (xiāng).
			assertThat(departmentNames(fixture.file(id))).containsExactly("深圳市罗湖区妇幼保健院", LUOHU, HKU);
		}
	}

	private BigDecimal leaf(long evaluation, String code) {
		return snapshots.of(evaluation)
			.orElseThrow()
			.level(3)
			.stream()
			.filter(line -> line.code().equals(code))
			.findFirst()
			.orElseThrow()
			.score();
	}

	private String groupName(long evaluation, String code) {
		return snapshots.of(evaluation)
			.orElseThrow()
			.level(2)
			.stream()
			.filter(line -> line.code().equals(code))
			.findFirst()
			.orElseThrow()
			.name();
	}

	@Test
	void aReviewerOfOneDepartmentExportsThatDepartmentOnlyAndFiltersApply() throws IOException {
		long luohuDepartment = jdbc.queryForObject("select department_id from evaluation where id = ?", Long.class,
				luohu);
		accounts.create("luohu-only", TestUsers.PASSWORD, "罗湖审核", Role.REVIEWER, Set.of(luohuDepartment));
		Viewer luohuReviewer = new Viewer("luohu-only", "罗湖审核", Role.REVIEWER, Set.of(luohuDepartment));
		long own = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				luohuReviewer);
		long drafts = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, EvaluationStatus.DRAFT,
				null, "SZ-COMMON"), reviewer);

		fixture.runToEnd(own, "instance-a");
		fixture.runToEnd(drafts, "instance-a");

		assertThat(departmentNames(fixture.file(own))).containsExactly(LUOHU);
		assertThat(departmentNames(fixture.file(drafts))).containsExactly(HKU);
	}

	@Test
	void archiveHoldsEachDepartmentsSheetAndReportPdfUnderUtf8Names() throws IOException {
		long id = jobs.start(new ExportRequest(ExportKind.SHEET_AND_REPORT_PDFS, ExportFixture.YEAR, null, null, null),
				reviewer);

		ExportJob done = fixture.runToEnd(id, "instance-a");

		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		assertThat(done.fileName()).isEqualTo("2024-评分表与自评报告.zip");
		byte[] zip = sample(fixture.file(id), "sheets-and-reports.zip");
		// The first local header's general purpose flag: bit 11, names in UTF-8.
		assertThat((zip[6] & 0xff | (zip[7] & 0xff) << 8) & 0x800).isEqualTo(0x800);
		Map<String, byte[]> entries = entries(zip);
		assertThat(entries.keySet()).containsExactlyInAnyOrder(LUOHU + "-2024-评分表.pdf", LUOHU + "-2024-自评报告.pdf",
				HKU + "-2024-评分表.pdf", HKU + "-2024-自评报告.pdf");
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			try (PDDocument pdf = Loader.loadPDF(entry.getValue())) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
				assertThat(text).as(entry.getKey()).contains(entry.getKey().startsWith(LUOHU) ? LUOHU : HKU);
				if (entry.getKey().contains("评分表")) {
					assertThat(text).contains(entry.getKey().startsWith(LUOHU) ? "88.18" : "96.60");
				}
			}
		}
	}

	@Test
	void cancellingAQueuedJobCancelsItAtOnceAndNoWorkerRunsIt() {
		long id = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				reviewer);

		assertThat(jobs.cancel(id, reviewer)).isTrue();

		assertThat(queue.job(id).orElseThrow().status()).isEqualTo(ExportStatus.CANCELLED);
		assertThat(queue.claim("instance-a")).isEmpty();
		assertThat(fixture.chunks(id)).isZero();
		assertThat(jobs.cancel(id, reviewer)).as("a second time: nothing to cancel").isFalse();
	}

	@Test
	void cancellingARunningJobStopsItsWorkerAtTheNextCheckWithoutAFile() {
		long id = jobs.start(new ExportRequest(ExportKind.SHEET_PDFS, ExportFixture.YEAR, null, null, null), reviewer);
		ExportQueue.Claimed claimed = queue.claim("instance-a#1").orElseThrow();
		int[] steps = { 0 };

		// Cancelled while it renders the first department's PDF: the worker stops there.
		runner.run(claimed, "instance-a#1", () -> {
			if (steps[0]++ == 0) {
				jobs.cancel(id, reviewer);
			}
			return true;
		});

		ExportJob job = queue.job(id).orElseThrow();
		assertThat(job.status()).isEqualTo(ExportStatus.CANCELLED);
		assertThat(job.done()).isLessThan(2);
		assertThat(job.fileSize()).isNull();
		assertThat(fixture.chunks(id)).isZero();
	}

	@Test
	void aJobWhoseInstanceDiedMidwayIsClaimedAgainByAnotherAndFinishesOnce() throws IOException {
		long id = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				reviewer);
		// Instance A claimed it, wrote progress, and died: its heartbeat is old.
		ExportQueue.Claimed first = queue.claim("instance-a#1").orElseThrow();
		assertThat(queue.heartbeat(id, "instance-a#1", 1, 2)).isEqualTo(ExportQueue.Beat.HELD);
		// While A's lease holds, nobody else takes the job.
		assertThat(queue.claim("instance-b#1")).isEmpty();
		jdbc.update("update export_job set heartbeat_at = now() - interval '10 minutes' where id = ?", id);

		ExportJob done = fixture.runToEnd(id, "instance-b");

		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		assertThat(done.done()).isEqualTo(2);
		assertThat(jdbc.queryForMap("select claimed_by, attempts from export_job where id = ?", id))
			.containsEntry("claimed_by", "instance-b#1")
			.containsEntry("attempts", 2);
		byte[] file = fixture.file(id);
		assertThat(departmentNames(file)).containsExactlyInAnyOrder(LUOHU, HKU);
		int chunks = fixture.chunks(id);
		// A comes back: it holds the job no more, and can neither write progress nor
		// store
		// its file.
		Path stale = Files.createTempFile("stale-export", ".xlsx");
		Files.write(stale, new byte[] { 1, 2, 3 });
		assertThat(queue.heartbeat(first.id(), "instance-a#1", 2, 2)).isEqualTo(ExportQueue.Beat.LOST);
		assertThat(queue.finish(first.id(), "instance-a#1", "stale.xlsx", "application/zip", stale)).isFalse();
		Files.delete(stale);
		assertThat(fixture.chunks(id)).isEqualTo(chunks);
		assertThat(fixture.file(id)).isEqualTo(file);
		assertThat(queue.job(id).orElseThrow().fileName()).isEqualTo("2024-绩效自评结果汇总.xlsx");
	}

	@Test
	void aStoppedInstanceGivesItsJobBackAndTheNextOneRunsItFromScratch() {
		long id = jobs.start(new ExportRequest(ExportKind.SHEET_PDFS, ExportFixture.YEAR, null, null, null), reviewer);
		ExportQueue.Claimed claimed = queue.claim("instance-a#1").orElseThrow();

		// The instance stops after the first department: the job goes back to the queue.
		boolean[] running = { true };
		runner.run(claimed, "instance-a#1", () -> {
			running[0] = false;
			return false;
		});
		queue.release(id, "instance-a#1");
		assertThat(queue.job(id).orElseThrow().status()).isEqualTo(ExportStatus.QUEUED);
		ExportJob done = fixture.runToEnd(id, "instance-b");

		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		assertThat(done.total()).isEqualTo(2);
		assertThat(fixture.chunks(id)).isPositive();
	}

	@Test
	void filesPastTheirRetentionAreDeletedAndCannotBeDownloaded() {
		long id = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				reviewer);
		fixture.runToEnd(id, "instance-a");
		assertThat(fixture.chunks(id)).isPositive();
		assertThat(queue.deleteExpiredFiles()).as("nothing expired yet").isZero();
		jdbc.update("update export_job set expires_at = now() - interval '1 minute' where id = ?", id);

		assertThat(queue.deleteExpiredFiles()).isEqualTo(1);

		assertThat(fixture.chunks(id)).isZero();
		ExportJob job = queue.job(id).orElseThrow();
		assertThat(job.downloadable()).isFalse();
		assertThatThrownBy(() -> jobs.download(id, reviewer)).isInstanceOf(ExportJobNotFoundException.class);
		assertThat(
				mvc.get().uri("/exports/{id}/download", id).with(user(accounts.loadUserByUsername("export-reviewer"))))
			.hasStatus(404);
		assertThat(mvc.get().uri("/exports").with(user(accounts.loadUserByUsername("export-reviewer")))).bodyText()
			.contains("文件已过保留期限，已删除");
	}

	@Test
	void onlyTheRequesterAndAnAdministratorSeeDownloadOrCancelAJob() throws IOException {
		long id = jobs.start(new ExportRequest(ExportKind.RESULTS_XLSX, ExportFixture.YEAR, null, null, null),
				reviewer);
		fixture.runToEnd(id, "instance-a");
		var owner = user(accounts.loadUserByUsername("export-reviewer"));
		var other = user(accounts.loadUserByUsername("other-reviewer"));
		var admin = user(accounts.loadUserByUsername("admin"));

		assertThat(mvc.get().uri("/exports/{id}/download", id).with(other)).hasStatus(404);
		assertThat(mvc.post().uri("/exports/{id}/cancel", id).with(other).with(csrf())).hasStatus(404);
		assertThat(mvc.get().uri("/exports/jobs").with(other)).bodyText().doesNotContain("job-" + id);
		assertThat(mvc.get().uri("/exports/jobs").with(owner)).bodyText().contains("id=\"job-" + id + "\"", "下载");
		MvcTestResult download = mvc.get().uri("/exports/{id}/download", id).with(admin).exchange();
		assertThat(download).hasStatusOk();
		assertThat(ContentDisposition.parse(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.getFilename()).isEqualTo("2024-绩效自评结果汇总.xlsx");
		assertThat(departmentNames(download.getResponse().getContentAsByteArray())).hasSize(2);
		assertThat(mvc.get().uri("/exports/{id}/download", id).with(owner)).hasStatusOk();
		// A filler has no batch exports at all.
		users.filler("export-filler", users.department("LH-WJJ", LUOHU));
		assertThat(mvc.get().uri("/exports").with(user(accounts.loadUserByUsername("export-filler")))).hasStatus(403);
	}

	@Test
	void startCancelAndDownloadAreOnRecord() {
		var owner = user(accounts.loadUserByUsername("export-reviewer"));
		assertThat(mvc.post()
			.uri("/exports")
			.with(owner)
			.with(csrf())
			.param("kind", "RESULTS_XLSX")
			.param("year", "2024")
			.param("status", "APPROVED")).hasStatus(302).flash().containsKey("notice");
		long id = jdbc.queryForObject("select max(id) from export_job", Long.class);
		assertThat(queue.job(id).orElseThrow().request())
			.isEqualTo(new ExportRequest(ExportKind.RESULTS_XLSX, 2024, EvaluationStatus.APPROVED, null, null));
		fixture.runToEnd(id, "instance-a");
		assertThat(mvc.get().uri("/exports/{id}/download", id).with(owner)).hasStatusOk();
		long other = jobs.start(new ExportRequest(ExportKind.SHEET_PDFS, 2024, null, null, null), reviewer);
		assertThat(mvc.post().uri("/exports/{id}/cancel", other).with(owner).with(csrf())).hasStatus(302);

		List<Map<String, Object>> record = jdbc.queryForList(
				"select actor, action, subject, new_value from admin_event where action like 'EXPORT_%' order by id");
		assertThat(record).extracting(line -> line.get("action"))
			.containsExactly("EXPORT_STARTED", "EXPORT_DOWNLOADED", "EXPORT_STARTED", "EXPORT_CANCELLED");
		assertThat(record).extracting(line -> line.get("actor")).containsOnly("export-reviewer");
		assertThat(record.get(0)).containsEntry("subject", "export-" + id)
			.containsEntry("new_value", "2024 年 · 结果汇总 Excel（每个单位一行） · 已审定");
		assertThat(mvc.get().uri("/admin/history").with(user(accounts.loadUserByUsername("admin")))).bodyText()
			.contains("发起批量导出", "下载批量导出", "取消批量导出");
	}

	@Test
	void theDepartmentsWithoutATypeAreExportedApartAsTheFormNamesThem() throws Exception {
		long hospitals = jdbc.queryForObject("select id from department_type where name = '医院'", Long.class);
		jdbc.update("update department set type_id = ? where id = (select department_id from evaluation where id = ?)",
				hospitals, luohu);
		var owner = user(accounts.loadUserByUsername("export-reviewer"));
		MvcTestResult started = mvc.post()
			.uri("/exports")
			.with(owner)
			.with(csrf())
			.param("kind", "RESULTS_XLSX")
			.param("year", String.valueOf(ExportFixture.YEAR))
			.param("typeId", "none")
			.exchange();
		assertThat(started).hasStatus(302);
		assertThat(started.getResponse().getRedirectedUrl()).endsWith("&typeId=none");
		long id = jdbc.queryForObject("select max(id) from export_job", Long.class);
		fixture.runToEnd(id, "instance-a");

		assertThat(departmentNames(fixture.file(id))).contains(HKU).doesNotContain(LUOHU);
		String page = mvc.get()
			.uri(started.getResponse().getRedirectedUrl())
			.with(owner)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<option value=\"none\" selected=\"selected\">未设置</option>",
				"结果汇总 Excel（每个单位一行） · 未设置");

		assertThat(mvc.post()
			.uri("/exports")
			.with(owner)
			.with(csrf())
			.param("kind", "RESULTS_XLSX")
			.param("year", String.valueOf(ExportFixture.YEAR))
			.param("typeId", "医院")).bodyText().contains("单位类型无效：请从列表中选择。");
	}

	@Test
	void afterStartingAJobTheFormKeepsItsChoices() throws Exception {
		var owner = user(accounts.loadUserByUsername("export-reviewer"));
		long hospitals = jdbc.queryForObject("select id from department_type where name = '医院'", Long.class);
		MvcTestResult started = mvc.post()
			.uri("/exports")
			.with(owner)
			.with(csrf())
			.param("kind", "SHEET_AND_REPORT_PDFS")
			.param("year", "2023")
			.param("status", "APPROVED")
			.param("typeId", String.valueOf(hospitals))
			.param("framework", "SZ-COMMON")
			.exchange();
		assertThat(started).hasStatus(302).flash().containsKey("notice");
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/exports?kind=SHEET_AND_REPORT_PDFS&year=2023&status=APPROVED&typeId="
				+ hospitals + "&framework=SZ-COMMON");

		String page = mvc.get()
			.uri(location)
			.with(owner)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page)
			.contains("value=\"2023\"", "<option value=\"APPROVED\" selected=\"selected\">已审定</option>",
					"<option value=\"" + hospitals + "\" selected=\"selected\">医院</option>",
					"<option value=\"SZ-COMMON\" selected=\"selected\">")
			.containsPattern("value=\"SHEET_AND_REPORT_PDFS\"[^>]*checked=\"checked\"")
			.doesNotContain("年度应为");
		// The page without choices: last year, the Excel, no filter.
		String fresh = mvc.get()
			.uri("/exports")
			.with(owner)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fresh).contains("value=\"" + (java.time.Year.now().getValue() - 1) + "\"")
			.containsPattern("value=\"RESULTS_XLSX\"[^>]*checked=\"checked\"")
			.doesNotContain("selected=\"selected\"");
		// A choice in the URL that is not one is named on its field.
		assertThat(mvc.get().uri("/exports?year=abc&kind=RESULTS_XLSX").with(owner)).hasStatusOk()
			.bodyText()
			.contains("年度应为 2000 至 2100 之间的整数");
	}

	@Test
	void aYearThatIsNotOneStaysOnThePageWithItsMessageAndStartsNothing() {
		assertThat(mvc.post()
			.uri("/exports")
			.with(user(accounts.loadUserByUsername("export-reviewer")))
			.with(csrf())
			.param("kind", "RESULTS_XLSX")
			.param("year", "二〇二四")).hasStatusOk().bodyText().contains("年度应为 2000 至 2100 之间的整数", "value=\"二〇二四\"");
		assertThat(mvc.post()
			.uri("/exports")
			.with(user(accounts.loadUserByUsername("export-reviewer")))
			.with(csrf())
			.param("kind", "SOMETHING")
			.param("year", "1999")).hasStatusOk().bodyText().contains("请选择导出内容");
		assertThat(jdbc.queryForObject("select count(*) from export_job", Integer.class)).isZero();
	}

	// Reading the files back.

	private static byte[] sample(byte[] content, String name) throws IOException {
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(name), content);
		return content;
	}

	static List<String> departmentNames(byte[] xlsx) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = new java.util.ArrayList<>();
			for (Sheet sheet : workbook) {
				for (int i = 2; i <= sheet.getLastRowNum(); i++) {
					names.add(sheet.getRow(i).getCell(1).getStringCellValue());
				}
			}
			return names;
		}
	}

	private static Map<String, Integer> headers(Sheet sheet) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		// The fixed columns and the totals are headed across both rows (merged), the
		// scores by level above and code and name below.
		for (Cell cell : sheet.getRow(1)) {
			String below = cell.getStringCellValue();
			columns.put(below.isEmpty() ? sheet.getRow(0).getCell(cell.getColumnIndex()).getStringCellValue() : below,
					cell.getColumnIndex());
		}
		return columns;
	}

	private static List<String> levels(Sheet sheet) {
		List<String> levels = new java.util.ArrayList<>();
		sheet.getRow(0).forEach(cell -> levels.add(cell.getStringCellValue()));
		return levels;
	}

	private static int columnLevel(Sheet sheet, int column) {
		return switch (sheet.getRow(0).getCell(column).getStringCellValue()) {
			case "一级指标小计" -> 1;
			case "二级指标小计" -> 2;
			default -> 3;
		};
	}

	private static Row rowOf(Sheet sheet, String department) {
		for (int i = 2; i <= sheet.getLastRowNum(); i++) {
			if (sheet.getRow(i).getCell(1).getStringCellValue().equals(department)) {
				return sheet.getRow(i);
			}
		}
		throw new AssertionError("No row of " + department);
	}

	private static String text(Row row, int column) {
		return row.getCell(column).getStringCellValue();
	}

	private static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
