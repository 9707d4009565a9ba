package io.github.perfeval.evaluation.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EditorInput;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.InputLimits;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;
import io.github.perfeval.scoring.Violation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel template for filling in offline: download it with the current values, upload
 * it filled in. An upload is checked as a whole (the file's values converted by input
 * type, then scored with the engine's checks); any problem is shown against its Excel row
 * and nothing is saved, otherwise the values replace the draft's leaf inputs and 表 1-1.
 */
@Controller
class RawDataWorkbookController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String RESULT = "evaluation/upload-result";

	private final EvaluationService evaluations;

	private final RawDataWorkbook workbook;

	private final RawDataReader reader;

	private final SheetMessages messages;

	private final InputLimits limits;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	RawDataWorkbookController(EvaluationService evaluations, RawDataWorkbook workbook, RawDataReader reader,
			SheetMessages messages, InputLimits limits, PlatformTransactionManager transactions) {
		this.evaluations = evaluations;
		this.workbook = workbook;
		this.reader = reader;
		this.messages = messages;
		this.limits = limits;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
	}

	@GetMapping("/evaluations/{id}/template.xlsx")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return reads.execute(status -> downloaded(id));
	}

	/** The template, in one read-only transaction; nothing is scored. */
	private ResponseEntity<byte[]> downloaded(long id) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationSummary summary = evaluations.summary(id, viewer);
		List<RawDataRow> layout = RawDataRow.of(evaluations.tree(id, viewer));
		byte[] file = workbook.write(summary, evaluations.export(id, viewer), layout);
		String name = messages.text("workbook.fileName", summary.departmentName(), summary.year());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(file);
	}

	@PostMapping("/evaluations/{id}/template.xlsx")
	ModelAndView upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "version", defaultValue = "") String typedVersion, RedirectAttributes redirect)
			throws IOException {
		long version = EditorForm.version(typedVersion);
		// The file is read before the transaction, only when it is within its bound.
		byte[] bytes = file == null || file.isEmpty() || file.getSize() > limits.workbook().toBytes() ? null
				: file.getBytes();
		try {
			return writes.execute(status -> uploaded(id, version, file, bytes, redirect));
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			// Nothing was written (the transaction rolled back).
			return reads.execute(status -> rejected(result(summary(id), version, file), HttpStatus.CONFLICT,
					"workbook.upload.stale"));
		}
		catch (NotEditableException ex) {
			return reads.execute(status -> rejected(result(summary(id), version, file), HttpStatus.FORBIDDEN,
					"workbook.upload.notEditable"));
		}
	}

	private EvaluationSummary summary(long id) {
		return evaluations.summary(id, UserAccounts.currentViewer());
	}

	private static ModelAndView result(EvaluationSummary summary, long version, MultipartFile file) {
		ModelAndView result = new ModelAndView(RESULT);
		result.addObject("summary", summary);
		result.addObject("version", version);
		result.addObject("fileName", file == null ? "" : file.getOriginalFilename());
		return result;
	}

	/**
	 * The upload checked and saved in one transaction: the file's values scored once with
	 * the draft to find their problems, and once more as stored by the save.
	 */
	private ModelAndView uploaded(long id, long version, MultipartFile file, byte[] bytes,
			RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationSummary summary = summary(id);
		ModelAndView result = result(summary, version, file);
		if (!evaluations.canEdit(id, viewer)) {
			return rejected(result, HttpStatus.FORBIDDEN, "workbook.upload.notEditable");
		}
		if (summary.version() != version) {
			return rejected(result, HttpStatus.CONFLICT, "workbook.upload.stale");
		}
		if (file == null || file.isEmpty()) {
			return rejected(result, HttpStatus.UNPROCESSABLE_ENTITY, "workbook.upload.empty");
		}
		if (file.getSize() > limits.workbook().toBytes()) {
			return rejected(result, HttpStatus.CONTENT_TOO_LARGE, "workbook.upload.tooLarge",
					limits.workbook().toKilobytes() / 1024);
		}
		if (!InflatedSize.within(bytes, limits.workbookInflated().toBytes())) {
			return rejected(result, HttpStatus.CONTENT_TOO_LARGE, "workbook.upload.inflated",
					limits.workbookInflated().toKilobytes() / 1024);
		}
		List<RawDataRow> layout = RawDataRow.of(evaluations.tree(id, viewer));
		RawDataUpload upload;
		try {
			upload = reader.read(new ByteArrayInputStream(bytes), id, layout);
		}
		catch (RawDataReader.UnreadableTemplate ex) {
			return rejected(result, HttpStatus.UNPROCESSABLE_ENTITY, ex.messageKey());
		}
		if (upload.downloadedVersion() != null && upload.downloadedVersion() != summary.version()) {
			return rejected(result, HttpStatus.CONFLICT, "workbook.upload.changedSinceDownload");
		}
		EvaluationDocument stored = evaluations.export(id, viewer);
		EditorInput input = new EditorInput(version, upload.mergeInto(stored.indicators(), layout), stored.texts(),
				upload.units() == null ? stored.units() : upload.units(),
				upload.units() == null ? stored.totals() : upload.totals(), stored.signatories());
		List<RawDataUpload.Problem> problems = new ArrayList<>(upload.problems());
		problems.addAll(problems(evaluations.preview(id, viewer, input), upload, layout));
		if (!problems.isEmpty()) {
			problems.sort(
					Comparator.comparingInt(RawDataUpload.Problem::sheet).thenComparingInt(RawDataUpload.Problem::row));
			Set<String> lines = new LinkedHashSet<>();
			problems.forEach(problem -> lines.add(problem.message()));
			result.addObject("problems", List.copyOf(lines));
			result.addObject("retry", true);
			result.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
			return result;
		}
		// A stale or refused save fails the transaction (upload answers it).
		evaluations.saveDraft(id, viewer, input);
		redirect.addFlashAttribute("notice",
				upload.units() == null ? messages.text("workbook.upload.savedNoUnits", upload.filled(layout))
						: messages.text("workbook.upload.saved", upload.filled(layout), upload.units().size()));
		return new ModelAndView("redirect:/evaluations/" + id);
	}

	/** The scoring problems of the leaves in the file, each on the row of its input. */
	private List<RawDataUpload.Problem> problems(Scored preview, RawDataUpload upload, List<RawDataRow> layout) {
		Set<String> inFile = new LinkedHashSet<>();
		layout.forEach(row -> inFile.add(row.leaf().code()));
		List<RawDataUpload.Problem> problems = new ArrayList<>();
		for (Violation violation : preview.violations()) {
			if (violation.indicator() == null || !inFile.contains(violation.indicator())) {
				continue;
			}
			Indicator leaf = preview.tree().leaf(violation.indicator()).orElse(null);
			if (leaf == null) {
				continue;
			}
			InputType type = leaf.inputs()
				.stream()
				.filter(spec -> spec.name().equals(violation.field()))
				.map(InputSpec::type)
				.findFirst()
				.orElse(null);
			Integer row = violation.field() == null ? null : upload.rowOf(leaf, violation.field(), type,
					"itemRange".equals(violation.code()) ? violation.args().get(0) : null);
			if (row == null) {
				row = upload.firstRowOf(leaf);
			}
			if (row == null) {
				// The file has no row of this leaf: the problem was there before and is
				// not the file's.
				continue;
			}
			String message = violation.field() == null
					? messages.text("workbook.row.leafOnly", row, leaf.code(), leaf.name(), messages.detail(violation))
					: messages.text("workbook.row.leaf", row, leaf.code(), leaf.name(),
							messages.fieldLabel(leaf, violation.field()), messages.detail(violation));
			problems.add(new RawDataUpload.Problem(0, row, message));
		}
		return problems;
	}

	private ModelAndView rejected(ModelAndView result, HttpStatus status, String messageKey, Object... args) {
		result.addObject("message", messages.text(messageKey, args));
		// After a refusal of the whole upload for staleness or rights, only the editor
		// can help.
		result.addObject("retry", status == HttpStatus.UNPROCESSABLE_ENTITY || status == HttpStatus.CONTENT_TOO_LARGE);
		result.setStatus(status);
		return result;
	}

}
