package io.github.perfeval.report;

import java.util.Map;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;

import org.springframework.stereotype.Service;

/**
 * The 评分表 and the 自评报告 of an evaluation the viewer may see, on screen and as files. Each
 * call fails with {@code EvaluationNotFoundException} for an unknown or invisible
 * evaluation. Each reads in one transaction, so the evaluation, its department and its
 * framework are loaded once however many reads a view makes.
 */
@Service
@org.springframework.transaction.annotation.Transactional(readOnly = true)
public class ReportService {

	private final EvaluationService evaluations;

	private final SheetMessages messages;

	private final PdfRenderer pdf;

	private final EvidenceService evidence;

	private final FrameworkCatalog frameworks;

	private final RectificationService rectifications;

	ReportService(EvaluationService evaluations, SheetMessages messages, PdfRenderer pdf, EvidenceService evidence,
			FrameworkCatalog frameworks, RectificationService rectifications) {
		this.rectifications = rectifications;
		this.evidence = evidence;
		this.frameworks = frameworks;
		this.evaluations = evaluations;
		this.messages = messages;
		this.pdf = pdf;
	}

	public SheetView sheet(long id, Viewer viewer) {
		return sheet(id, evaluations.export(id, viewer), viewer);
	}

	public ExportedFile sheetPdf(long id, Viewer viewer) {
		SheetView sheet = sheet(id, viewer);
		return new ExportedFile(fileName(sheet.department(), sheet.year(), "report.file.sheet", "pdf"),
				ExportedFile.PDF, pdf.render("report/pdf/sheet", Map.of("sheet", sheet)));
	}

	public ExportedFile sheetWorkbook(long id, Viewer viewer) {
		SheetView sheet = sheet(id, viewer);
		return new ExportedFile(fileName(sheet.department(), sheet.year(), "report.file.sheet", "xlsx"),
				ExportedFile.XLSX, SheetWorkbook.write(sheet, messages));
	}

	public ExportedFile reportPdf(long id, Viewer viewer) {
		ReportView report = report(id, viewer);
		return new ExportedFile(fileName(report.department(), report.sheet().year(), "report.file.report", "pdf"),
				ExportedFile.PDF, pdf.render("report/pdf/report", Map.of("report", report, "sheet", report.sheet())));
	}

	public ExportedFile reportDocx(long id, Viewer viewer) {
		ReportView report = report(id, viewer);
		return new ExportedFile(fileName(report.department(), report.sheet().year(), "report.file.report", "docx"),
				ExportedFile.DOCX, ReportWordDocument.write(report, messages));
	}

	/**
	 * The draft of 存在问题及改进措施 from the evaluation's scores, as the editor fills it into
	 * the department's text: one entry per leaf that lost points.
	 */
	public String problemsDraft(long id, Viewer viewer) {
		EvaluationDocument document = evaluations.export(id, viewer);
		Scored scored = scored(id, viewer);
		IndicatorTree tree = scored.tree();
		return ReportViews.problemsDraftText(document, sheet(id, document, scored), messages, tree,
				frameworks.reportSentences(tree.code(), tree.version()));
	}

	/**
	 * The report on the tree the evaluation was scored on: no second read of the tree.
	 */
	private ReportView report(long id, Viewer viewer) {
		EvaluationDocument document = evaluations.export(id, viewer);
		Scored scored = scored(id, viewer);
		IndicatorTree tree = scored.tree();
		return ReportViews.of(document, sheet(id, document, scored), evidence.catalog(id), messages, tree,
				frameworks.reportSentences(tree.code(), tree.version()),
				evaluations.approvedOn(id, viewer).orElse(null), rectifications.previousYear(id, viewer));
	}

	private SheetView sheet(long id, EvaluationDocument document, Viewer viewer) {
		return sheet(id, document, scored(id, viewer));
	}

	private SheetView sheet(long id, EvaluationDocument document, Scored scored) {
		return SheetViews.of(id, document, scored, messages,
				frameworks.sheetNotes(scored.tree().code(), scored.tree().version()));
	}

	private Scored scored(long id, Viewer viewer) {
		Scored scored = evaluations.sheet(id, viewer);
		if (scored.sheet() == null) {
			throw new IllegalStateException("Evaluation " + id + " cannot be scored: " + scored.violations());
		}
		return scored;
	}

	/** 深圳市罗湖区卫生健康局-2024-评分表.pdf */
	private String fileName(String department, int year, String kindKey, String extension) {
		String safe = department.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return safe + "-" + year + "-" + messages.text(kindKey) + "." + extension;
	}

}
