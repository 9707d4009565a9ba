package io.github.perfeval.report.web;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.report.ExportedFile;
import io.github.perfeval.report.ReportService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The four downloads: 评分表 as PDF and Excel, 自评报告 as PDF and Word, each an attachment with
 * its Chinese file name (RFC 5987 {@code filename*}). HTTP Basic or the page session.
 */
@RestController
class ReportExportController {

	private final ReportService reports;

	ReportExportController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/evaluations/{id}/sheet.pdf")
	ResponseEntity<byte[]> sheetPdf(@PathVariable long id) {
		return download(id, reports::sheetPdf);
	}

	@GetMapping("/api/evaluations/{id}/sheet.xlsx")
	ResponseEntity<byte[]> sheetWorkbook(@PathVariable long id) {
		return download(id, reports::sheetWorkbook);
	}

	@GetMapping("/api/evaluations/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
		return download(id, reports::reportPdf);
	}

	@GetMapping("/api/evaluations/{id}/report.docx")
	ResponseEntity<byte[]> reportDocx(@PathVariable long id) {
		return download(id, reports::reportDocx);
	}

	/**
	 * The draft of 存在问题及改进措施 drawn from the scores, as plain text: the editor's 按评分数据生成草稿
	 * fills it into the department's text, which is saved only when the department saves.
	 */
	@GetMapping(value = "/api/evaluations/{id}/problems-draft", produces = "text/plain;charset=UTF-8")
	String problemsDraft(@PathVariable long id) {
		return reports.problemsDraft(id, UserAccounts.currentViewer());
	}

	private static ResponseEntity<byte[]> download(long id, BiFunction<Long, Viewer, ExportedFile> export) {
		ExportedFile file = export.apply(id, UserAccounts.currentViewer());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

}
