package io.github.perfeval.framework.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.framework.FrameworkSummary;
import io.github.perfeval.framework.FrameworkWorkbooks;
import io.github.perfeval.framework.InvalidWorkbookException;
import io.github.perfeval.framework.WorkbookError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 指标体系 as Excel through the API: a version downloaded as a workbook (anyone signed in, as
 * the JSON export), a workbook uploaded as a new framework or the next version of one
 * (administrators, {@code SecurityConfiguration}); 400 with every problem, each naming
 * the sheet, row and column.
 */
@RestController
@RequestMapping("/api/frameworks")
@Tag(name = "指标体系")
class FrameworkWorkbookController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final FrameworkWorkbooks workbooks;

	private final FrameworkCatalog catalog;

	private final MessageSource messages;

	FrameworkWorkbookController(FrameworkWorkbooks workbooks, FrameworkCatalog catalog, MessageSource messages) {
		this.workbooks = workbooks;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/{code}/workbook")
	@Operation(summary = "导出指标体系最新版本的 Excel", description = "每个末级指标一行；改后可再导入")
	ResponseEntity<?> latest(@PathVariable String code) {
		return download(code, null);
	}

	@GetMapping("/{code}/versions/{version}/workbook")
	@Operation(summary = "导出指标体系某一版本的 Excel")
	ResponseEntity<?> version(@PathVariable String code, @PathVariable int version) {
		return download(code, version);
	}

	@PostMapping(path = "/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "从 Excel 导入指标体系（file）", description = "新代码即新指标体系，已有代码即其下一版本；有误时 400，逐条列出工作表、行和列")
	@ApiResponse(responseCode = "201", description = "已保存；Location 指向新版本")
	ResponseEntity<FrameworkSummary> importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file) {
		FrameworkRef stored = store(workbooks, file);
		FrameworkSummary summary = catalog.summaries()
			.stream()
			.filter(framework -> framework.code().equals(stored.code()))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/frameworks/" + stored.code() + "/versions/" + stored.version()))
			.body(summary);
	}

	/** The upload stored, or refused; shared with the page. */
	static FrameworkRef store(FrameworkWorkbooks workbooks, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return workbooks.importWorkbook(0, InputStream.nullInputStream());
		}
		// The size first: nothing is read of a file that is too large.
		if (file.getSize() > workbooks.maxSize().toBytes()) {
			return workbooks.importWorkbook(file.getSize(), InputStream.nullInputStream());
		}
		try (InputStream in = file.getInputStream()) {
			return workbooks.importWorkbook(file.getSize(), in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<WorkbookError>>> invalid(InvalidWorkbookException ex) {
		return ResponseEntity.badRequest().body(Map.of("errors", ex.errors()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<FrameworkApiErrors.ApiError>>> concurrent(DataIntegrityViolationException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("errors", List.of(new FrameworkApiErrors.ApiError(null, "version",
					messages.getMessage("framework.concurrent", null, LocaleContextHolder.getLocale())))));
	}

	private ResponseEntity<?> download(String code, Integer version) {
		return workbooks.export(code, version)
			.<ResponseEntity<?>>map(workbook -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(XLSX))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(workbook.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(workbook.content()))
			.orElseGet(() -> notFound(code, version));
	}

	private ResponseEntity<?> notFound(String code, Integer version) {
		FrameworkApiErrors.ApiError error = version == null || catalog.latest(code).isEmpty()
				? new FrameworkApiErrors.ApiError(null, "code",
						messages.getMessage("framework.notFound", new Object[] { code },
								LocaleContextHolder.getLocale()))
				: new FrameworkApiErrors.ApiError(null, "version", messages.getMessage("framework.versionNotFound",
						new Object[] { code, String.valueOf(version) }, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("errors", List.of(error)));
	}

}
