package io.github.perfeval.rectification;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationNotFoundException;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.report.ReportService;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.perfeval.evidence.EvidenceNotFoundException;
import io.github.perfeval.evidence.EvidenceRefusedException;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evidence.EvidenceTestFiles;
import io.github.perfeval.evidence.Upload;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 整改事项 on PostgreSQL: generated from an approved evaluation's 存在问题, edited and moved by
 * its filler, confirmed by a reviewer only, unseen by another department, listed with
 * their status in the next year's evaluation and report, every act on the record.
 */
@PostgresIntegrationTest
class RectificationTests {

	/** Two problems and two measures, in two sections: paired by number. */
	static final String PROBLEMS = """
			（一）存在问题
			1. 政府采购执行率偏低，采购计划编制不够精准。
			2. 部分项目支出进度滞后。
			（二）改进措施
			1. 加强采购计划管理，按季度跟踪执行。
			2. 建立支出进度月报制度。
			""";

	static final Viewer ADMIN = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	@Autowired
	TestUsers users;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ReviewService reviews;

	@Autowired
	RectificationService rectifications;

	@Autowired
	RectificationOverview overview;

	@Autowired
	ReportService reports;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvidenceService evidence;

	Viewer filler;

	Viewer reviewer;

	Viewer otherFiller;

	Viewer otherReviewer;

	long luohuId;

	long id2024;

	@BeforeEach
	void luohu2024Approved() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef hku = users.department("HKU-SZH", "香港大学深圳医院");
		luohuId = luohu.id();
		filler = new Viewer("zhangying", "张英", Role.FILLER, Set.of(luohu.id()));
		reviewer = new Viewer("luohu-reviewer", "审核人", Role.REVIEWER, Set.of(luohu.id()));
		otherFiller = new Viewer("hku-filler", "港大填报", Role.FILLER, Set.of(hku.id()));
		otherReviewer = new Viewer("hku-reviewer", "港大审核", Role.REVIEWER, Set.of(hku.id()));
		id2024 = approved(2024, PROBLEMS);
	}

	long imported(int year, String problems) {
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		document.put("year", year);
		if (problems != null) {
			((ObjectNode) document.get("texts")).put("problems", problems);
		}
		return evaluations
			.importDocument(json.readValue(SeedCases.json(document), EvaluationDocument.class), ADMIN, true)
			.evaluation()
			.id();
	}

	long approved(int year, String problems) {
		long id = imported(year, problems);
		evaluations.submit(id, filler, version(id));
		reviews.approve(id, ADMIN, version(id), "同意");
		return id;
	}

	long version(long evaluationId) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId);
	}

	List<String> actions() {
		return jdbc.queryForList(
				"select action from audit_event where evaluation_id = ? and action like 'RECTIFY%'" + " order by id",
				String.class, id2024);
	}

	@Test
	void theFillerGeneratesOneItemPerProblemPairedWithItsMeasureOnce() {
		List<RectificationLine> items = rectifications.generate(id2024, filler);

		assertThat(items)
			.extracting(RectificationLine::position, RectificationLine::problem, RectificationLine::measure)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "政府采购执行率偏低，采购计划编制不够精准。", "加强采购计划管理，按季度跟踪执行。"),
					org.assertj.core.groups.Tuple.tuple(2, "部分项目支出进度滞后。", "建立支出进度月报制度。"));
		assertThat(items).extracting(RectificationLine::status).containsOnly(RectificationStatus.NOT_STARTED);
		assertThat(jdbc.queryForObject("select department_id from rectification_item where id = ?", Long.class,
				items.get(0).id()))
			.isEqualTo(luohuId);
		assertThat(actions()).containsExactly("RECTIFY_GENERATED");
		assertThat(jdbc.queryForObject(
				"select detail from audit_event where evaluation_id = ? and action = 'RECTIFY_GENERATED'", String.class,
				id2024))
			.isEqualTo("2");
		assertThat(rectifications.board(id2024, filler).canGenerate()).isFalse();
		assertThatThrownBy(() -> rectifications.generate(id2024, filler)).isInstanceOfSatisfying(
				RectificationRefusedException.class, ex -> assertThat(ex.code()).isEqualTo("exists"));
	}

	@Test
	void withoutAWrittenTextTheReportsDraftGivesTheItems() {
		long id = approved(2023, null);
		List<RectificationLine> items = rectifications.generate(id, filler);
		assertThat(items).isNotEmpty();
		assertThat(items.get(0).problem()).contains("根据评分标准，该指标总分");
		assertThat(items.get(0).measure()).startsWith("下一步，将");
	}

	@Test
	void onlyAnApprovedEvaluationMakesItemsAndOnlyItsFillerMakesThem() {
		long draft = imported(2025, PROBLEMS);
		assertThatThrownBy(() -> rectifications.generate(draft, filler)).isInstanceOfSatisfying(
				RectificationRefusedException.class, ex -> assertThat(ex.code()).isEqualTo("notApproved"));
		assertThatThrownBy(() -> rectifications.generate(id2024, reviewer)).isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.queryForObject("select count(*) from rectification_item", Integer.class)).isZero();
	}

	@Test
	void theFillerEditsAndMovesAnItemAndOnlyAReviewerConfirmsIt() {
		RectificationLine item = rectifications.generate(id2024, filler).get(0);
		LocalDate deadline = LocalDate.of(2025, 6, 30);
		item = rectifications.save(id2024, item.id(), filler, item.version(), new ItemChange(item.problem(),
				item.measure(), "财务科", deadline, RectificationStatus.IN_PROGRESS, "已起草采购管理办法", null));
		assertThat(item.office()).isEqualTo("财务科");
		assertThat(item.deadline()).isEqualTo(deadline);
		assertThat(item.status()).isEqualTo(RectificationStatus.IN_PROGRESS);

		RectificationLine inProgress = item;
		assertThatThrownBy(() -> rectifications.save(id2024, inProgress.id(), filler, inProgress.version(),
				new ItemChange(inProgress.problem(), inProgress.measure(), "财务科", deadline, RectificationStatus.DONE,
						"已印发", " ")))
			.isInstanceOfSatisfying(RectificationRefusedException.class,
					ex -> assertThat(ex.code()).isEqualTo("doneNeedsEvidence"));
		item = rectifications.save(id2024, item.id(), filler, item.version(), new ItemChange(item.problem(),
				item.measure(), "财务科", deadline, RectificationStatus.DONE, "已印发", "《采购管理办法》（罗卫〔2025〕12号）"));
		assertThat(item.status()).isEqualTo(RectificationStatus.DONE);

		RectificationLine done = item;
		assertThatThrownBy(() -> rectifications.confirm(id2024, done.id(), filler, done.version()))
			.as("the filler cannot confirm their own item")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rectifications.confirm(id2024, done.id(), reviewer, done.version() - 1))
			.as("a stale confirmation")
			.isInstanceOf(StaleRectificationException.class);
		item = rectifications.sendBack(id2024, item.id(), reviewer, item.version(), "请补充印发文件");
		assertThat(item.status()).isEqualTo(RectificationStatus.IN_PROGRESS);
		assertThat(item.returnReason()).isEqualTo("请补充印发文件");
		item = rectifications.save(id2024, item.id(), filler, item.version(), new ItemChange(item.problem(),
				item.measure(), "财务科", deadline, RectificationStatus.DONE, "已印发并执行", "《采购管理办法》（罗卫〔2025〕12号）"));
		item = rectifications.confirm(id2024, item.id(), reviewer, item.version());
		assertThat(item.confirmed()).isTrue();
		assertThat(item.confirmedBy()).isEqualTo("luohu-reviewer");
		assertThat(item.returnReason()).isNull();

		RectificationLine closed = item;
		assertThatThrownBy(() -> rectifications.save(id2024, closed.id(), filler, closed.version(),
				new ItemChange("改", "", null, null, RectificationStatus.IN_PROGRESS, null, "x")))
			.isInstanceOfSatisfying(RectificationRefusedException.class,
					ex -> assertThat(ex.code()).isEqualTo("closed"));

		assertThat(actions()).containsExactly("RECTIFY_GENERATED", "RECTIFY_CHANGED", "RECTIFY_CHANGED",
				"RECTIFY_CHANGED", "RECTIFY_STATUS", "RECTIFY_CHANGED", "RECTIFY_CHANGED", "RECTIFY_STATUS",
				"RECTIFY_SENT_BACK", "RECTIFY_CHANGED", "RECTIFY_STATUS", "RECTIFY_CONFIRMED");
		assertThat(jdbc.queryForList(
				"select field || ':' || coalesce(old_value, '') || '→' || new_value from audit_event"
						+ " where evaluation_id = ? and action in ('RECTIFY_STATUS', 'RECTIFY_CONFIRMED') order by id",
				String.class, id2024))
			.containsExactly("rectification[1].status:NOT_STARTED→IN_PROGRESS",
					"rectification[1].status:IN_PROGRESS→DONE", "rectification[1].status:IN_PROGRESS→DONE",
					"rectification[1].status:DONE→CONFIRMED");
		assertThat(overview.openItemsByDepartment(List.of(luohuId, luohuId + 1000))).isEqualTo(Map.of(luohuId, 1));
	}

	@Test
	void anotherDepartmentNeitherSeesNorChangesTheItems() {
		RectificationLine item = rectifications.generate(id2024, filler).get(0);
		assertThatThrownBy(() -> rectifications.board(id2024, otherFiller))
			.isInstanceOf(EvaluationNotFoundException.class);
		assertThatThrownBy(() -> rectifications.board(id2024, otherReviewer))
			.isInstanceOf(EvaluationNotFoundException.class);
		assertThatThrownBy(() -> rectifications.save(id2024, item.id(), otherFiller, item.version(),
				new ItemChange("越权", "", null, null, RectificationStatus.DONE, null, "x")))
			.isInstanceOf(EvaluationNotFoundException.class);
		assertThatThrownBy(() -> rectifications.confirm(id2024, item.id(), otherReviewer, item.version()))
			.isInstanceOf(EvaluationNotFoundException.class);
		assertThat(rectifications.board(id2024, reviewer).items()).hasSize(2);
		assertThat(rectifications.board(id2024, reviewer).fills()).isFalse();
		assertThat(rectifications.board(id2024, reviewer).reviews()).isTrue();
	}

	@Test
	void nextYearsEvaluationAndReportListLastYearsItemsWithTheirStatus() throws Exception {
		List<RectificationLine> items = rectifications.generate(id2024, filler);
		RectificationLine first = items.get(0);
		first = rectifications.save(
				id2024, first.id(), filler, first.version(), new ItemChange(first.problem(), first.measure(), "财务科",
						LocalDate.of(2025, 6, 30), RectificationStatus.DONE, null, "《采购管理办法》"),
				upload("采购管理办法.pdf", EvidenceTestFiles.pdf()));
		rectifications.confirm(id2024, first.id(), reviewer, first.version());
		long id2025 = imported(2025, null);

		RectificationService.PreviousYear previous = rectifications.previousYear(id2025, filler);
		assertThat(previous.year()).isEqualTo(2024);
		assertThat(previous.evaluationId()).isEqualTo(id2024);
		assertThat(previous.items()).extracting(RectificationLine::position, RectificationLine::confirmed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, true),
					org.assertj.core.groups.Tuple.tuple(2, false));
		assertThat(previous.openCount()).isEqualTo(1);
		assertThat(previous.items()).extracting(RectificationLine::evidenceFiles).containsExactly(1, 0);
		assertThat(rectifications.previousYear(id2024, filler).items()).as("2023 had none").isEmpty();

		String pdf;
		try (PDDocument document = Loader.loadPDF(reports.reportPdf(id2025, filler).content())) {
			pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
		assertThat(pdf).contains("2024年整改事项落实情况", "2024年自评发现的问题共2项，其中经审核确认整改完成1项，已完成待确认0项，整改中0项，未开始1项。", "政府采购执行率偏低",
				"财务科", "2025年6月30日", "已完成（已确认）", "佐证材料", "已完成（已确认）1个", "未开始0个");
		String word;
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(reports.reportDocx(id2025, filler).content()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			word = extractor.getText();
		}
		assertThat(word).contains("2024 年整改事项落实情况", "部分项目支出进度滞后。", "2025年6月30日", "已完成（已确认）", "未开始", "佐证材料",
				"已完成（已确认）\t1 个", "未开始\t0 个");
		try (PDDocument document = Loader.loadPDF(reports.reportPdf(id2024, filler).content())) {
			assertThat(new PDFTextStripper().getText(document)).as("2023 had no items").doesNotContain("整改事项落实情况");
		}
	}

	static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

	static ItemChange unchanged(RectificationLine item, RectificationStatus status, String evidenceNote) {
		return new ItemChange(item.problem(), item.measure(), item.office(), item.deadline(), status,
				item.progressNote(), evidenceNote);
	}

	@Test
	void anItemsFilesAreCheckedStoredAndServedByTheEvidenceModuleAndRecorded() throws Exception {
		RectificationLine item = rectifications.generate(id2024, filler).get(0);
		byte[] pdf = EvidenceTestFiles.pdf();
		byte[] docx = EvidenceTestFiles.docx();

		RectificationLine refusedItem = item;
		assertThatThrownBy(() -> rectifications.save(id2024, refusedItem.id(), filler, refusedItem.version(),
				unchanged(refusedItem, RectificationStatus.DONE, null), upload("整改报告.pdf", "纯文本".getBytes())))
			.isInstanceOfSatisfying(EvidenceRefusedException.class, ex -> {
				assertThat(ex.code()).isEqualTo("type");
				assertThat(rectifications.evidenceReason(ex))
					.isEqualTo("文件“整改报告.pdf”的内容不是 PDF、图片、Word、Excel、PowerPoint 或 OFD 文件，未上传。");
			});
		assertThat(rectifications.board(id2024, filler).items().get(0).status())
			.isEqualTo(RectificationStatus.NOT_STARTED);

		item = rectifications.save(id2024, item.id(), filler, item.version(),
				unchanged(item, RectificationStatus.DONE, null), upload("整改通知.pdf", pdf));
		assertThat(item.status()).as("已完成 with a file and no note").isEqualTo(RectificationStatus.DONE);
		item = rectifications.save(id2024, item.id(), filler, item.version(),
				unchanged(item, RectificationStatus.DONE, null), upload("../../会议纪要.docx", docx));
		assertThat(item.evidenceFiles()).isEqualTo(2);

		var files = rectifications.evidenceFiles(id2024, item.id(), reviewer);
		assertThat(files).extracting(f -> f.fileName(), f -> f.type(), f -> f.uploadedBy())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("整改通知.pdf", "PDF", "zhangying"),
					org.assertj.core.groups.Tuple.tuple("会议纪要.docx", "DOCX", "zhangying"));
		assertThat(rectifications.evidenceFile(id2024, item.id(), files.get(1).id(), reviewer)
			.content()
			.getContentAsByteArray()).isEqualTo(docx);
		assertThat(evidence.catalog(id2024)).as("not the evaluation's own files").isEmpty();
		assertThat(rectifications.board(id2024, reviewer).filesOf(item.id())).hasSize(2);

		long itemId = item.id();
		long pdfId = files.get(0).id();
		assertThatThrownBy(() -> rectifications.evidenceFiles(id2024, itemId, otherFiller))
			.isInstanceOf(EvidenceNotFoundException.class);
		assertThatThrownBy(() -> rectifications.evidenceFile(id2024, itemId, pdfId, otherReviewer))
			.isInstanceOf(EvidenceNotFoundException.class);
		assertThatThrownBy(() -> rectifications.removeEvidence(id2024, itemId, pdfId, otherFiller))
			.isInstanceOf(EvidenceNotFoundException.class);
		assertThatThrownBy(() -> rectifications.removeEvidence(id2024, itemId, pdfId, reviewer))
			.isInstanceOfSatisfying(EvidenceRefusedException.class, ex -> assertThat(ex.code()).isEqualTo("notFiller"));

		rectifications.removeEvidence(id2024, itemId, pdfId, filler);
		long docxId = files.get(1).id();
		assertThatThrownBy(() -> rectifications.removeEvidence(id2024, itemId, docxId, filler))
			.as("the last file of a 已完成 item without the note")
			.isInstanceOfSatisfying(RectificationRefusedException.class,
					ex -> assertThat(ex.code()).isEqualTo("lastEvidenceOfDone"));

		item = rectifications.board(id2024, reviewer).items().get(0);
		item = rectifications.confirm(id2024, item.id(), reviewer, item.version());
		assertThatThrownBy(() -> rectifications.removeEvidence(id2024, itemId, docxId, filler)).isInstanceOfSatisfying(
				EvidenceRefusedException.class, ex -> assertThat(ex.code()).isEqualTo("itemClosed"));
		RectificationLine closed = item;
		assertThatThrownBy(() -> rectifications.save(id2024, itemId, filler, closed.version(),
				unchanged(closed, RectificationStatus.DONE, null), upload("补充.pdf", pdf)))
			.isInstanceOfSatisfying(RectificationRefusedException.class,
					ex -> assertThat(ex.code()).isEqualTo("closed"));
		assertThat(rectifications.evidenceFiles(id2024, itemId, filler)).extracting(f -> f.fileName())
			.containsExactly("会议纪要.docx");

		assertThat(jdbc.queryForList("select action || ' ' || field || ' ' || coalesce(old_value, '') || '→'"
				+ " || coalesce(new_value, '') from audit_event where evaluation_id = ?"
				+ " and action like 'RECTIFY_EVIDENCE%' order by id", String.class, id2024))
			.hasSize(3)
			.satisfies(lines -> {
				assertThat(lines.get(0)).startsWith("RECTIFY_EVIDENCE_ADDED rectification[1].evidence →整改通知.pdf（");
				assertThat(lines.get(1)).startsWith("RECTIFY_EVIDENCE_ADDED rectification[1].evidence →会议纪要.docx（");
				assertThat(lines.get(2)).startsWith("RECTIFY_EVIDENCE_REMOVED rectification[1].evidence 整改通知.pdf（")
					.endsWith("→");
			});
		assertThat(jdbc.queryForObject(
				"select actor from audit_event where evaluation_id = ? and action = 'RECTIFY_EVIDENCE_REMOVED'",
				String.class, id2024))
			.isEqualTo("zhangying");
	}

	@Test
	void anItemHoldsAtMostTheConfiguredNumberOfFiles() {
		RectificationLine item = rectifications.generate(id2024, filler).get(0);
		int most = rectifications.evidenceLimits().maxItemFiles();
		long evaluationId = id2024;
		for (int i = 0; i < most; i++) {
			jdbc.update("insert into evidence (evaluation_id, file_name, content_type, size_bytes, sha256, stored_in,"
					+ " uploaded_by, item_kind, item_id) values (?, ?, 'application/pdf', 1, 'x', 'DATABASE', 'zhangying',"
					+ " 'RECTIFICATION', ?)", evaluationId, i + ".pdf", item.id());
		}
		RectificationLine full = item;
		assertThatThrownBy(() -> rectifications.save(id2024, full.id(), filler, full.version(),
				unchanged(full, RectificationStatus.IN_PROGRESS, null), upload("多余.pdf", EvidenceTestFiles.pdf())))
			.isInstanceOfSatisfying(EvidenceRefusedException.class, ex -> assertThat(rectifications.evidenceReason(ex))
				.isEqualTo("这条整改事项已有 20 个佐证材料文件，已达上限；请先删除不需要的文件。"));
	}

}
